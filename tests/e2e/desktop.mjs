// The desktop around the app on the private session bus: a tray host
// (StatusNotifierWatcher) and a notification server, both in desktop-bus.py.
// The session bus of the e2e run activates nothing, so they are started here,
// before the app, as a desktop session would have them.

import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
// Debian's Python, which has python3-gi (a python3 earlier on PATH may not).
const python = process.env.E2E_PYTHON ?? '/usr/bin/python3';

export async function startDesktop({ timeout = 10000 } = {}) {
  const child = spawn(python, [join(here, 'desktop-bus.py'), join(root, 'icons', 'tray')], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
    if (process.env.E2E_VERBOSE) process.stderr.write(d);
  });
  const notifications = [];
  const items = [];
  const pending = new Map();
  let nextId = 1;
  let onReady;
  const ready = new Promise((ok, fail) => {
    onReady = ok;
    child.once('exit', (code) => fail(new Error(`desktop-bus.py exited (${code}): ${stderr}`)));
    setTimeout(() => fail(new Error(`desktop-bus.py did not start: ${stderr}`)), timeout);
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    const msg = JSON.parse(line);
    switch (msg.type) {
      case 'ready':
        onReady();
        break;
      case 'notify':
        notifications.push(msg);
        if (process.env.E2E_VERBOSE) process.stderr.write(`desktop-bus: notify ${new Date().toISOString()} ${msg.summary} ${msg.body}\n`);
        break;
      case 'item':
        items.push(msg);
        break;
      case 'reply':
        pending.get(msg.id)?.(msg.value);
        pending.delete(msg.id);
        break;
      default:
        if (process.env.E2E_VERBOSE) process.stderr.write(`desktop-bus: ${line}\n`);
    }
  });
  await ready;

  function request(cmd, args = {}) {
    const id = nextId++;
    return new Promise((ok, fail) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        fail(new Error(`desktop-bus.py: no answer to ${cmd}`));
      }, timeout);
      pending.set(id, (value) => {
        clearTimeout(timer);
        ok(value);
      });
      child.stdin.write(`${JSON.stringify({ ...args, id, cmd })}\n`);
    });
  }

  return {
    /** Every Notify call so far, oldest first. */
    notifications,
    /** StatusNotifierItems registered so far. */
    items,
    /** The tray item as a desktop sees it: icon (matched to a state), menu labels, status. */
    tray: () => request('tray'),
    /** Clicks the tray menu item with this label, as a tray host does. */
    clickTray: (label) => request('click', { label }),
    stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
    },
  };
}
