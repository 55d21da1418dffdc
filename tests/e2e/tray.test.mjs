// The window is a process of its own. Closing it, as a window manager's close
// button does, ends that process and its web view; the agent stays in the tray
// and keeps watching, opens a new window from the tray menu (at the size the
// last one had), and Quit ends all, a window still starting too.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { appBinary, dataDir, homeEnv, processesOf, saveScreenshot, startApp } from './harness.mjs';
import { startDesktop } from './desktop.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const python = process.env.E2E_PYTHON ?? '/usr/bin/python3';

const agentBinary = join(dirname(resolve(appBinary)), 'waping-desk-agent');
const windowProcesses = (home) => processesOf(home).filter((p) => p.exe === resolve(appBinary));
// WebKit's helpers for the web view (not WebKitWebDriver, which is the test's).
const webkitProcesses = (home) => processesOf(home).filter((p) => /WebKit(Web|Network)Process/.test(p.exe));
const appProcesses = (home) =>
  processesOf(home).filter((p) => p.exe === resolve(appBinary) || p.exe === agentBinary || /WebKit(Web|Network)Process/.test(p.exe));

/** Whether `pid` holds a connection to the agent's socket at `socket` (the agent's end of it names the path; its peer is one of `pid`'s sockets). */
function connectedTo(pid, socket) {
  const sockets = new Set();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) sockets.add(m[1]);
    } catch {
      // closed meanwhile
    }
  }
  // `u_str ESTAB 0 0 <path> <inode> * <peer inode>`
  return execFileSync('ss', ['-x', '-n', '-H'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .some((f) => f[1] === 'ESTAB' && f[4] === socket && sockets.has(f[7]));
}

/** The size of `pid`'s visible X window, as WIDTHxHEIGHT (xdotool). */
function windowSize(pid) {
  try {
    const ids = execFileSync('xdotool', ['search', '--onlyvisible', '--pid', String(pid)], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const out = execFileSync('xdotool', ['getwindowgeometry', ids[ids.length - 1]], { encoding: 'utf8' });
    return /Geometry: (\d+x\d+)/.exec(out)?.[1] ?? null;
  } catch {
    return null; // no window yet
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls `probe`; `what` names it in the timeout's message (a function: read then, with what was last seen). */
async function until(probe, what, timeout = 15000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Resizes the window as its user would, and waits until X shows the new size.
 * Set Window Rect only asks: on X11 the resize is asynchronous and, rarely,
 * not carried out, so it is asked again every 3 s until it shows.
 */
async function resizeWindow(driver, pid, width, height) {
  const wanted = `${width}x${height}`;
  let answer;
  let seen;
  let asked = 0;
  await until(
    async () => {
      seen = windowSize(pid);
      if (seen === wanted) return true;
      if (Date.now() - asked > 3000) {
        answer = await driver.setWindowRect({ width, height });
        asked = Date.now();
      }
      return false;
    },
    () => `the window to take the size ${wanted} (the driver said ${answer?.width}x${answer?.height}; X shows ${seen})`,
  );
}

describe('The window closes to the tray', () => {
  let desktop;
  let app;
  let agent;

  before(async () => {
    desktop = await startDesktop();
    app = await startApp();
    await app.driver.waitFor(async () => (await app.driver.findAll('[data-testid="device-card"]')).length === 4, {
      what: 'the demo cards',
    });
  });

  after(async () => {
    await app?.stop();
    desktop?.stop();
  });

  it('starts the agent again when it dies under an open window', async () => {
    const first = app.agentPid();
    assert.ok(first && alive(first), 'the window started the agent');
    process.kill(first, 'SIGKILL');
    agent = await until(() => {
      const pid = app.agentPid();
      return pid && pid !== first && alive(pid) ? pid : null;
    }, 'a new agent');
    // The page's commands reach the new agent.
    const devices = await app.driver.waitFor(
      async () => {
        const n = await app.driver.executeAsync(
          `const done = arguments[arguments.length - 1];
           window.__TAURI_INTERNALS__.invoke('get_overview').then(
             (o) => done(o.devices.length), (e) => done('error ' + JSON.stringify(e)));`,
        );
        return typeof n === 'number' ? n : null;
      },
      { what: 'get_overview answered by the new agent' },
    );
    assert.equal(devices, 4);
  });

  it('ends the window process and its web view on close; the agent stays, in the tray', async () => {
    assert.equal(app.agentPid(), agent);
    const [window] = windowProcesses(app.home);
    assert.ok(window, 'one window process');
    assert.ok(webkitProcesses(app.home).length >= 1, 'its web view runs in WebKit processes');
    assert.equal(readlinkSync(`/proc/${agent}/exe`), agentBinary);
    assert.ok(!readFileSync(`/proc/${agent}/maps`, 'utf8').includes('libwebkit2gtk'), 'the agent maps no WebKit');
    // A size of the user's own, for the next window to take up.
    await resizeWindow(app.driver, window.pid, 900, 640);
    await saveScreenshot(app.driver, 'tray-1-open.png');

    execFileSync(python, [join(here, 'close-window.py'), String(window.pid)]);
    await until(() => !alive(window.pid) && windowProcesses(app.home).length === 0, 'the window process to end');
    await until(() => webkitProcesses(app.home).length === 0, 'WebKit processes to end');
    assert.ok(alive(agent), 'the agent outlives the window');

    const tray = await until(async () => {
      const t = await desktop.tray();
      return t.iconState ? t : null;
    }, 'the tray icon');
    assert.equal(tray.status, 'Active');
    assert.ok(tray.menu.some((l) => l.includes('— Disconnected')), `the devices in the menu: ${tray.menu}`);
    // Still watching: the demo's phones, three of them linked once.
    assert.ok(existsSync(join(dataDir(app.home), 'demo-history.sqlite3')));
  });

  it('opens a new window from the tray menu, and Quit ends the agent and the window', async () => {
    assert.deepEqual(await desktop.clickTray('Open'), { clicked: 'Open' });
    const [window] = await until(() => {
      const found = windowProcesses(app.home);
      return found.length === 1 ? found : null;
    }, 'a new window process');
    await until(() => webkitProcesses(app.home).length >= 1, 'its web view');
    const { socket } = JSON.parse(readFileSync(join(dataDir(app.home), 'agent.json'), 'utf8'));
    await until(() => connectedTo(window.pid, socket), 'the new window to connect to the agent');
    await until(() => windowSize(window.pid) === '900x640', 'the new window to keep the size the last one had');

    assert.deepEqual(await desktop.clickTray('Quit'), { clicked: 'Quit' });
    await until(() => !alive(agent), 'the agent to quit');
    await until(() => !alive(window.pid), 'the window to close with it');
    await until(() => appProcesses(app.home).length === 0, 'every process of the app to end');
    assert.ok(!existsSync(join(dataDir(app.home), 'agent.json')), 'the agent removed its discovery file');
  });

  it('ends a window still starting when Quit comes first, so nothing starts the agent again', async () => {
    // The agent again, as the login item starts it, and Open, then Quit at once.
    execFileSync(appBinary, ['--background'], { env: homeEnv(app.home), stdio: 'ignore' });
    agent = await until(() => app.agentPid(), 'the agent');
    assert.deepEqual(await desktop.clickTray('Open'), { clicked: 'Open' });
    const [window] = await until(() => {
      const found = windowProcesses(app.home);
      return found.length === 1 ? found : null;
    }, 'a new window process');
    assert.deepEqual(await desktop.clickTray('Quit'), { clicked: 'Quit' });
    await until(() => !alive(agent) && !alive(window.pid), 'the agent and the starting window to end');
    // The window was the one left that could start the agent. It has ended
    // (and been reaped), so an agent it started would be running now.
    assert.deepEqual(appProcesses(app.home), [], 'nothing of the app runs again');
    assert.ok(!existsSync(join(dataDir(app.home), 'agent.json')));
  });
});
