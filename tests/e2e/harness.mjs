// Starts what an end-to-end run needs: a standalone simulator, tauri-driver
// (with Debian's WebKitWebDriver) and the real app in a throwaway home.
// Run under `xvfb-run -a dbus-run-session --`.

import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebDriver } from './webdriver.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
export const appBinary = join(targetDir, 'debug', 'waping-desk');
export const simBinary = join(targetDir, 'debug', 'waping-desk-sim');
export const artifacts = join(root, 'tests', 'artifacts');

export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

export async function waitForHttp(url, timeout = 20000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing answered at ${url}`);
}

// Children get their own process group so that everything they start
// (WebKitWebDriver, the app, WebKit's helpers) can be ended together.
export function start(command, args, env = process.env) {
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr.on('data', (d) => process.env.E2E_VERBOSE && process.stderr.write(d));
  return child;
}

export function stop(child) {
  if (!child || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** tauri-driver (with Debian's WebKitWebDriver) on a free port, for apps started with `env`. */
export async function startDriver(env) {
  const port = await freePort();
  const nativePort = await freePort();
  const child = start(
    'tauri-driver',
    ['--port', String(port), '--native-port', String(nativePort), '--native-driver', '/usr/bin/WebKitWebDriver'],
    env,
  );
  await waitForHttp(`http://127.0.0.1:${port}/status`);
  return { child, url: `http://127.0.0.1:${port}` };
}

/**
 * A simulator on a free loopback port; resolves with its base URL and key.
 * `wireProfile` and `pageSize` make it answer in another of the shapes the
 * app reads (`waping-desk-sim --help` lists them).
 */
export async function startSimulator({ plan = 'growth', devices = 2, apiKey = 'e2e_sim_key', wireProfile, pageSize } = {}) {
  const port = await freePort();
  const shape = [
    ...(wireProfile ? ['--wire-profile', wireProfile] : []),
    ...(pageSize ? ['--page-size', String(pageSize)] : []),
  ];
  const child = start(
    simBinary,
    ['--port', String(port), '--plan', plan, '--devices', String(devices), '--scenario', 'steady', '--churn-secs', '0', '--api-key', apiKey, ...shape],
    process.env,
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(`${baseUrl}/v1/workspace`);
  /** A request to the simulator with its key (its `/_sim/` controls too); its JSON answer, and throws unless it succeeded. */
  async function call(method, path, body) {
    const r = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text}`);
    return text ? JSON.parse(text) : null;
  }
  return { baseUrl, apiKey, call, stop: () => stop(child) };
}

export const seedBinary = join(targetDir, 'debug', 'examples', 'seed_history');

/** The app's data folder (settings.json, history) in a throwaway home. */
export function dataDir(home) {
  return join(home, 'data', 'app.waping.desk');
}

/** The environment of the app's processes in the throwaway `home`. */
export function homeEnv(home) {
  return {
    ...process.env,
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_CACHE_HOME: join(home, 'cache'),
    // The tray icon's image files go here: private to this run.
    XDG_RUNTIME_DIR: join(home, 'runtime'),
    // The demo's phones hold still, so the states a test reads are the ones it set.
    WAPING_DESK_DEMO_CHURN_SECS: '0',
  };
}

/**
 * The real app under tauri-driver, in a fresh data folder. `settings`, when
 * given, is written to its settings.json first, as a previous run would have;
 * `prepare(home)` runs before the app starts, to put other files in place;
 * `env` adds to its environment.
 */
export async function startApp({ settings, prepare, env: extra = {} } = {}) {
  const home = mkdtempSync(join(tmpdir(), 'waping-desk-e2e-'));
  if (prepare) await prepare(home);
  const env = { ...homeEnv(home), ...extra };
  mkdirSync(env.XDG_RUNTIME_DIR, { mode: 0o700 });
  if (settings) {
    mkdirSync(dataDir(home), { recursive: true });
    writeFileSync(join(dataDir(home), 'settings.json'), JSON.stringify({ settings }));
  }
  const { child: driverProcess, url } = await startDriver(env);
  const driver = await new WebDriver(url).start(appBinary);
  return {
    driver,
    home,
    /** The agent the window started (it outlives the window, in the tray). */
    agentPid: () => agentPid(home),
    /**
     * Closes the window, ends the driver and the agent, and waits for every
     * process of this home to end: one left running would hold the test
     * file's output pipe open, and the run would never finish. Throws,
     * after killing them, if any outlives its SIGTERM by `grace` ms.
     */
    async stop({ grace = 10000 } = {}) {
      await driver.quit();
      stop(driverProcess);
      stopAgent(home);
      const deadline = Date.now() + grace;
      let left = processesOf(home);
      while (left.length > 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        left = processesOf(home);
      }
      if (left.length > 0) {
        for (const { pid } of left) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // ended meanwhile
          }
        }
        throw new Error(`still running ${grace} ms after SIGTERM: ${left.map((p) => `${p.exe} (${p.pid})`).join(', ')}`);
      }
    },
  };
}

/** Processes started for this test's home (any that run with its environment), as [{pid, exe}]. */
export function processesOf(home) {
  const marker = `XDG_DATA_HOME=${join(home, 'data')}`;
  const found = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const environ = readFileSync(`/proc/${name}/environ`, 'utf8').split('\0');
      if (!environ.includes(marker)) continue;
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) continue; // a zombie has ended
      found.push({ pid: Number(name), exe: readlinkSync(`/proc/${name}/exe`) });
    } catch {
      // ended meanwhile, or not ours to read
    }
  }
  return found;
}

/** The pid of the agent running on this home's data folder, if any. */
export function agentPid(home) {
  try {
    return JSON.parse(readFileSync(join(dataDir(home), 'agent.json'), 'utf8')).pid;
  } catch {
    return null;
  }
}

/** Ends the agent as the session's end would (SIGTERM); it removes its discovery file. */
export function stopAgent(home) {
  const pid = agentPid(home);
  if (!pid) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

export async function saveScreenshot(_driver, name) {
  mkdirSync(artifacts, { recursive: true });
  // Let the last change paint before capturing it.
  await new Promise((r) => setTimeout(r, 300));
  const path = join(artifacts, name);
  // The X screen, as a person would see it. WebKitWebDriver's own snapshot
  // of a non-composited page (the app turns compositing off to save memory)
  // took 0.5-1.7 s when it answered and often never did; the screen takes
  // under 0.2 s.
  execFileSync(process.env.E2E_PYTHON ?? '/usr/bin/python3', [join(root, 'tests', 'e2e', 'screen-capture.py'), path]);
  return path;
}

/**
 * Gives the open window an API key through Settings, kept for this session
 * only (the test bus has no secret service), and goes back to the cards.
 */
export async function enterApiKey(d, apiKey) {
  await d.click(await d.waitFor(() => d.find('[data-testid="open-settings"]'), { what: 'the Settings button' }));
  await d.type(await d.waitFor(() => d.find('[data-testid="api-key"]'), { what: 'settings' }), apiKey);
  await d.click(await d.find('[data-testid="save-settings"]'));
  await d.click(await d.waitFor(() => d.find('[data-testid="keep-session-only"]'), { what: 'the keyring choice' }));
  await d.waitFor(async () => /session only/i.test(await d.text(await d.find('[data-testid="key-storage"]'))), {
    what: 'the key kept for this session',
  });
  await d.click(await d.find('[data-testid="back"]'));
}

/**
 * What an error note shows: its sentence, and whether the agent's own words
 * behind Details are drawn (a closed <details> keeps them in the page but off
 * the screen, which WebDriver's text does not tell apart).
 */
export async function errorNote(d, note) {
  return d.execute(
    `const note = arguments[0];
     const detail = note.querySelector('.detail');
     return {
       sentence: note.querySelector('.sentence').textContent.trim(),
       detail: detail.textContent.trim(),
       detailShown: detail.getClientRects().length > 0,
     };`,
    [{ 'element-6066-11e4-a52e-4f735466cecf': note }],
  );
}
