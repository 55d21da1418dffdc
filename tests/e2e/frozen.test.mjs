// A frozen agent watches nothing. The real agent is stopped (SIGSTOP) for a
// minute, as a debugger or a suspended session would, then continued: the
// device's timeline in the window shows that minute as "No data", between
// the stretches watched before and after it.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { saveScreenshot, startApp } from './harness.mjs';

/** Longer than the monitor's sleep gap (45 s), as a real freeze would be. */
const FROZEN_MS = 60_000;
/** Watched first for more than a turn of the monitor's loop (every 15 s), so time before the freeze is kept as watched. */
const WATCHED_MS = 20_000;
/** No data begins where the loop last turned, within a turn of the freeze; this allows for a loaded machine. */
const LAST_TURN_MS = 30_000;

/** The process's state letter in /proc (R, S, T for stopped…). */
function procState(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
}

async function until(probe, what, timeout = 20000) {
  const deadline = Date.now() + timeout;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('A frozen agent', () => {
  let app;
  let d;
  let pid;

  before(async () => {
    app = await startApp();
    d = app.driver;
    await d.waitFor(() => d.execute('return document.body.dataset.ready === "true"'), { what: 'the UI' });
  });

  after(async () => {
    // Never leave it stopped: SIGTERM would wait on a frozen process.
    if (pid) {
      try {
        process.kill(pid, 'SIGCONT');
      } catch {
        // already gone
      }
    }
    await app?.stop();
  });

  /** The stretches the open device view draws, as [{kind, start, end, title}], times in epoch ms. */
  const drawn = () =>
    d.execute(
      'return [...document.querySelectorAll("[data-testid=device-history] [data-testid=status-strip] rect[data-kind]")]' +
        '.map((r) => ({ kind: r.dataset.kind, start: Number(r.dataset.start), end: Number(r.dataset.end),' +
        ' title: r.querySelector("title")?.textContent ?? "" }))',
    );

  it('shows the minute it was stopped as no data once it runs again', async () => {
    const card = await d.waitFor(async () => (await d.findAll('[data-testid="device-card"]'))[0], {
      what: 'the demo cards',
    });
    const device = await d.attribute(card, 'data-device-id');
    await d.click(await d.findIn(card, '[data-testid="open-history"]'));
    await d.waitFor(async () => (await drawn()).length > 0, { what: 'the device view' });

    await new Promise((r) => setTimeout(r, WATCHED_MS));
    pid = app.agentPid();
    assert.ok(pid, 'the agent wrote its discovery file');
    assert.notEqual(procState(pid), 'T');
    process.kill(pid, 'SIGSTOP');
    await until(() => procState(pid) === 'T', 'the agent to stop');
    // Its loop last turned before this: nothing after it was watched.
    const stoppedAt = Date.now();
    await new Promise((r) => setTimeout(r, FROZEN_MS));
    // Before it runs again: whatever it reads of the clock comes after.
    const continuedAt = Date.now();
    process.kill(pid, 'SIGCONT');
    await until(() => procState(pid) !== 'T', 'the agent to run again');

    // The range from a few minutes before the freeze to now, as the range
    // form takes it (to the minute; an end in the future is cut to now),
    // asked again until it holds the wake.
    const showRange = async (from, to) => {
      await d.execute(
        `const local = (t) => new Date(t - new Date(t).getTimezoneOffset() * 60000).toISOString().slice(0, 16);
         for (const [id, t] of [['range-from', arguments[0]], ['range-to', arguments[1]]]) {
           const input = document.querySelector('[data-testid=' + id + ']');
           input.value = local(t);
           input.dispatchEvent(new Event('input', { bubbles: true }));
         }`,
        [from, to],
      );
      await d.click(await d.find('[data-testid="range-show"]'));
    };
    let seen = [];
    let asked = 0;
    await d
      .waitFor(
        async () => {
          if (Date.now() - asked > 3000) {
            await showRange(stoppedAt - 3 * 60_000, Date.now() + 2 * 60_000);
            asked = Date.now();
          }
          seen = await drawn();
          return seen.some(
            (s, i) =>
              s.kind === 'NoData' &&
              s.start <= stoppedAt &&
              s.start >= stoppedAt - LAST_TURN_MS &&
              s.end >= continuedAt &&
              i > 0 &&
              seen[i - 1].kind !== 'NoData' &&
              i + 1 < seen.length &&
              seen[i + 1].kind !== 'NoData',
          );
        },
        { what: 'the frozen minute drawn as no data between watched stretches', timeout: 60000, interval: 250 },
      )
      .catch((e) => {
        const at = (t) => new Date(t).toISOString();
        const stretches = seen.map((s) => `${s.kind} ${at(s.start)}–${at(s.end)}`).join('; ');
        throw new Error(`${e.message}; ${device} stopped ${at(stoppedAt)}, continued ${at(continuedAt)}; drawn: ${stretches}`);
      });

    // The stretch's own words (its tooltip) say the app was not running.
    const frozen = seen.find((s) => s.kind === 'NoData' && s.start <= stoppedAt && s.end >= continuedAt);
    assert.match(frozen.title, /^\s*No data \(app not running\)/);
    await saveScreenshot(d, 'frozen-minute.png');
  });
});
