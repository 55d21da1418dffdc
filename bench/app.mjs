// Benchmarks of the real app (release build): start-up to the first painted
// device cards, and the memory of all its processes, idle with 50 devices,
// with the window open and closed to the tray, and started in the tray at login.
//
//   make bench-app            (builds the release binaries first)
//   node bench/app.mjs        (under xvfb-run and dbus-run-session; see bench/app.sh)
//
// Environment: BENCH_RUNS (start-up runs, default 10), BENCH_IDLE_SECS (idle time
// before each memory reading, default 300), BENCH_DEVICES (default 50),
// BENCH_TARGET_DIR (default target/release).
//
// First paint: the UI marks `first-cards` in the Performance timeline as the
// animation frame that first draws device cards starts, and
// `first-cards-painted` in the task after that frame (DeviceGrid.svelte). The
// figure is the second mark as wall-clock time minus the app process's start time from
// /proc/PID/stat (clock ticks since boot, placed on the wall clock through
// /proc/uptime): process spawn to first painted cards, ±10 ms.
//
// Memory: PSS from /proc/PID/smaps_rollup, summed over the app's processes:
// the agent (waping-desk-agent, in the tray), and while the window is open the
// window process and every process under it (WebKitWebProcess,
// WebKitNetworkProcess, …). PSS
// splits a shared library's pages among every process on the machine that
// maps it, so another WebKit app running at the same time lowers it: run
// alone. USS (private pages) and RSS are recorded too.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { agentPid, freePort, start, startDriver, stop, stopAgent, waitForHttp } from '../tests/e2e/harness.mjs';
import { WebDriver } from '../tests/e2e/webdriver.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const targetDir = process.env.BENCH_TARGET_DIR ?? join(root, 'target', 'release');
const appBinary = join(targetDir, 'waping-desk');
const simBinary = join(targetDir, 'waping-desk-sim');
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const IDLE_SECS = Number(process.env.BENCH_IDLE_SECS ?? 300);
const DEVICES = Number(process.env.BENCH_DEVICES ?? 50);
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...a) => console.error('[bench]', ...a);

// --- /proc --------------------------------------------------------------------

function stat(pid) {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = raw.lastIndexOf(')');
    const fields = raw.slice(close + 2).split(' ');
    return { pid, comm: raw.slice(raw.indexOf('(') + 1, close), ppid: Number(fields[1]), start: Number(fields[19]) };
  } catch {
    return null;
  }
}

function allProcesses() {
  return readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .map((n) => stat(Number(n)))
    .filter(Boolean);
}

function descendants(pid) {
  const all = allProcesses();
  const out = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift();
    for (const child of all.filter((x) => x.ppid === p)) {
      out.push(child);
      queue.push(child.pid);
    }
  }
  return out;
}

function appProcess(driverPid) {
  return descendants(driverPid).find((p) => p.comm === 'waping-desk') ?? null;
}

function pssKiB(pid) {
  try {
    const m = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+) kB/m);
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

// Private pages only (USS): what ending the process would free, whatever
// else on the machine shares its libraries.
function ussKiB(pid) {
  try {
    const t = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const get = (k) => Number(t.match(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0);
    return get('Private_Clean') + get('Private_Dirty');
  } catch {
    return 0;
  }
}

function rssKiB(pid) {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

// The processes `pids` and everything under them, once each: PSS, USS and RSS
// per process (MiB).
function memory(...pids) {
  const seen = new Map();
  for (const pid of pids.filter(Boolean)) {
    for (const p of [stat(pid), ...descendants(pid)].filter(Boolean)) seen.set(p.pid, p);
  }
  const procs = [...seen.values()];
  const rows = procs.map((p) => ({
    pid: p.pid,
    name: p.comm,
    pss: pssKiB(p.pid) / 1024,
    uss: ussKiB(p.pid) / 1024,
    rss: rssKiB(p.pid) / 1024,
  }));
  const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
  return { rows, pss: sum('pss'), uss: sum('uss'), rss: sum('rss') };
}

const CLK_TCK = 100; // getconf CLK_TCK on Linux

// Wall-clock ms at which `pid` started.
function startedAt(pid) {
  const uptimeSecs = Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
  const bootEpochMs = Date.now() - uptimeSecs * 1000;
  return bootEpochMs + (stat(pid).start / CLK_TCK) * 1000;
}

// --- the app under tauri-driver -------------------------------------------------

function homeEnv(home) {
  const env = {
    ...process.env,
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_CACHE_HOME: join(home, 'cache'),
    XDG_RUNTIME_DIR: join(home, 'runtime'),
  };
  mkdirSync(env.XDG_RUNTIME_DIR, { recursive: true, mode: 0o700 });
  return env;
}

async function waitGone(pid, timeout = 10000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    let s;
    try {
      s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      return; // gone between two looks
    }
    if (/\) Z /.test(s)) return;
    await sleep(50);
  }
  throw new Error(`process ${pid} did not exit`);
}

async function session(driver) {
  const d = await new WebDriver(driver.url).start(appBinary);
  const app = await d.waitFor(async () => appProcess(driver.child.pid), { what: 'the app process' });
  return { d, app };
}

async function firstCardsAt(d) {
  return d.waitFor(
    () =>
      d.execute(
        'const m = performance.getEntriesByName("first-cards-painted")[0]; return m ? performance.timeOrigin + m.startTime : null',
      ),
    { timeout: 30000, interval: 20, what: 'the first painted cards' },
  );
}

// Where the start-up went: each step of the page's load as ms after spawn.
async function startupPhases(d, spawned) {
  const marks = await d.execute(`
    const nav = performance.getEntriesByType('navigation')[0];
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    return {
      origin: performance.timeOrigin,
      requestStart: nav?.requestStart ?? null,
      responseEnd: nav?.responseEnd ?? null,
      domInteractive: nav?.domInteractive ?? null,
      'overview-asked': at('overview-asked'),
      'overview-answered': at('overview-answered'),
      'first-cards': at('first-cards'),
      'first-cards-painted': at('first-cards-painted'),
    };`);
  const out = { pageOrigin: Math.round(marks.origin - spawned) };
  for (const [k, v] of Object.entries(marks)) {
    if (k !== 'origin' && v !== null) out[k] = Math.round(marks.origin + v - spawned);
  }
  return out;
}

/** Ends the agent of `home` (SIGTERM, as a session's end does) and waits for it. */
async function endAgent(home) {
  const pid = agentPid(home);
  stopAgent(home);
  if (pid) await waitGone(pid);
}

// Run 0 starts on an empty data folder (and starts the agent). Then `RUNS`
// starts with the agent already in the tray, as Open from the tray or the
// launcher does while it runs, and `RUNS` cold starts, the agent ended before
// each, as the first start of a session does; all find the last known states
// in history.
async function startupRuns() {
  const home = mkdtempSync(join(tmpdir(), 'waping-desk-bench-'));
  const driver = await startDriver(homeEnv(home));
  const results = [];
  try {
    for (let run = 0; run <= 2 * RUNS; run++) {
      const cold = run === 0 || run > RUNS;
      if (run > RUNS) await endAgent(home);
      const { d, app } = await session(driver);
      const spawned = startedAt(app.pid);
      const painted = await firstCardsAt(d);
      const cards = await d.execute('return document.querySelectorAll("[data-testid=device-card]").length');
      const phases = await startupPhases(d, spawned);
      const web = descendants(app.pid).find((p) => p.comm === 'WebKitWebProces');
      if (web) phases.webProcessStarted = Math.round(startedAt(web.pid) - spawned);
      results.push({ run, cold, ms: painted - spawned, cards, phases });
      log(`start-up run ${run} (${cold ? 'agent started too' : 'agent running'}): ${(painted - spawned).toFixed(0)} ms to ${cards} cards`, phases);
      await d.quit();
      await waitGone(app.pid);
      await sleep(500); // WebKit's helpers end a moment after the app
    }
  } finally {
    stop(driver.child);
    await endAgent(home);
    rmSync(home, { recursive: true, force: true });
  }
  return results;
}

async function startSim() {
  const port = await freePort();
  const key = 'bench_sim_key';
  const child = start(simBinary, [
    '--port', String(port), '--plan', 'enterprise', '--devices', String(DEVICES),
    '--scenario', 'steady', '--churn-secs', '0', '--api-key', key,
  ]);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(`${baseUrl}/v1/workspace`);
  return { child, baseUrl, key };
}

async function idle(what) {
  log(`idle ${IDLE_SECS} s ${what}`);
  await sleep(IDLE_SECS * 1000);
}

async function memoryRuns() {
  const sim = await startSim();
  const home = mkdtempSync(join(tmpdir(), 'waping-desk-bench-'));
  const env = homeEnv(home);
  const dataDir = join(env.XDG_DATA_HOME, 'app.waping.desk');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ settings: { baseUrl: sim.baseUrl } }));
  const driver = await startDriver(env);
  try {
    const { d, app } = await session(driver);
    await d.waitFor(() => d.execute('return document.body.dataset.ready === "true"'), { what: 'the UI' });
    // The key, for this run only (no keyring on this bus), through Settings.
    await d.click(await d.find('[data-testid="open-settings"]'));
    await d.type(await d.waitFor(() => d.find('[data-testid="api-key"]'), { what: 'settings' }), sim.key);
    await d.click(await d.find('[data-testid="save-settings"]'));
    await d.click(await d.waitFor(() => d.find('[data-testid="keep-session-only"]'), { what: 'keyring choice' }));
    await d.waitFor(async () => /session only/i.test(await d.text(await d.find('[data-testid="key-storage"]'))), {
      what: 'the key kept',
    });
    await d.click(await d.find('[data-testid="back"]'));
    await d.waitFor(async () => (await d.findAll('[data-testid="device-card"]')).length === DEVICES, {
      timeout: 30000,
      what: `${DEVICES} cards`,
    });
    const agent = agentPid(home);
    if (!agent) throw new Error('no agent runs');
    await idle('with the window open');
    const open = memory(app.pid, agent);
    log(`window open: ${open.pss.toFixed(1)} MiB PSS`, open.rows);

    // Close the window as its close button would: the window process ends,
    // the agent stays in the tray.
    await new Promise((ok, fail) => {
      const closer = spawn('/usr/bin/python3', [join(root, 'tests', 'e2e', 'close-window.py'), String(app.pid)], {
        stdio: ['ignore', process.stderr, 'inherit'], // stdout carries the report
      });
      closer.on('exit', (code) => (code === 0 ? ok() : fail(new Error('the window could not be closed'))));
    });
    await waitGone(app.pid, 20000);
    if (!existsSync(`/proc/${agent}`)) throw new Error('the agent exited when the window closed');
    await idle('closed to the tray');
    const closed = memory(agent);
    if (closed.rows.some((r) => r.name.startsWith('WebKit'))) throw new Error('WebKit outlived the window');
    log(`closed to the tray: ${closed.pss.toFixed(1)} MiB PSS`, closed.rows);
    await d.quit().catch(() => {});
    return { open, closed };
  } finally {
    stop(driver.child);
    stop(sim.child);
    await endAgent(home);
    rmSync(home, { recursive: true, force: true });
  }
}

// Started at login (`waping-desk --background`, which starts the agent and
// ends): the tray and the monitor, no window ever opened. On the demo
// workspace: without a window there is no way to give a key to a bus with no
// keyring, and the monitor's own share is small.
async function trayRun() {
  const home = mkdtempSync(join(tmpdir(), 'waping-desk-bench-'));
  const launcher = start(appBinary, ['--background'], homeEnv(home));
  try {
    await waitGone(launcher.pid, 20000);
    const agent = agentPid(home);
    if (!agent) throw new Error('--background started no agent');
    await idle('started in the tray, never opened (demo workspace)');
    if (!existsSync(`/proc/${agent}`)) throw new Error('the agent exited in the tray');
    const tray = memory(agent);
    log(`started in the tray: ${tray.pss.toFixed(1)} MiB PSS`, tray.rows);
    return tray;
  } finally {
    await endAgent(home);
    rmSync(home, { recursive: true, force: true });
  }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

// The nearest-rank quantile.
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
}

function fileMiB(path) {
  try {
    return (readFileSync(path).length / 1048576).toFixed(1);
  } catch {
    return null;
  }
}

const mode = process.argv[2] ?? 'all';
const report = { date: new Date().toISOString(), env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('WEBKIT_'))) };
if (mode === 'all' || mode === 'startup') {
  const runs = await startupRuns();
  const running = runs.filter((r) => r.run > 0 && !r.cold).map((r) => r.ms);
  const cold = runs.filter((r) => r.run > 0 && r.cold).map((r) => r.ms);
  report.startup = {
    firstRunMs: runs[0].ms,
    agentRunningMs: running,
    agentRunningMedianMs: median(running),
    agentRunningP90Ms: quantile(running, 0.9),
    agentStartedTooMs: cold,
    agentStartedTooMedianMs: median(cold),
    agentStartedTooP90Ms: quantile(cold, 0.9),
    phases: runs.map((r) => ({ run: r.run, cold: r.cold, ...r.phases })),
  };
}
if (mode === 'all' || mode === 'memory') {
  const { open, closed } = await memoryRuns();
  report.memory = { idleSecs: IDLE_SECS, devices: DEVICES, open, closed };
}
if (mode === 'all' || mode === 'tray') {
  report.memory = { ...report.memory, trayAtLogin: await trayRun() };
}
report.binaryMiB = fileMiB(appBinary);
report.agentBinaryMiB = fileMiB(join(targetDir, 'waping-desk-agent'));
const debs = existsSync(join(targetDir, 'bundle', 'deb'))
  ? readdirSync(join(targetDir, 'bundle', 'deb')).filter((f) => f.endsWith('.deb'))
  : [];
report.debMiB = Object.fromEntries(debs.map((f) => [f, fileMiB(join(targetDir, 'bundle', 'deb', f))]));
console.log(JSON.stringify(report, null, 2));
