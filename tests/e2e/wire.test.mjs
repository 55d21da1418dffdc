// The real app against WAPing answers shaped otherwise than the assumed
// contract: a bare snake_case list with epoch-second times, and an
// Enterprise workspace of 50 devices read across cursor pages. A page that
// cannot be read is said in the window, never taken for all connected, and
// Settings → Diagnose tells what was read under which name.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { afterEach, describe, it } from 'node:test';
import { enterApiKey, saveScreenshot, startApp, startSimulator } from './harness.mjs';

describe('WAPing answers in other shapes', () => {
  let sim;
  let app;

  afterEach(async () => {
    await app?.stop();
    sim?.stop();
    app = sim = undefined;
  });


  async function watch(options) {
    sim = await startSimulator(options);
    app = await startApp({ settings: { baseUrl: sim.baseUrl, pollIntervalSecs: 1 } });
    const d = app.driver;
    await d.waitFor(() => d.execute('return document.body.dataset.ready === "true"'), { what: 'the UI' });
    await enterApiKey(d, sim.apiKey);
    return d;
  }

  /** The cards once there are `n` of them, and none is from the demo. */
  async function cards(d, n) {
    return d.waitFor(async () => {
      if ((await d.findAll('[data-testid="demo-banner"]')).length > 0) return null;
      const found = await d.findAll('[data-testid="device-card"]');
      return found.length === n ? found : null;
    }, { what: `${n} cards`, timeout: 30000 });
  }

  it('reads a bare snake_case list with epoch-second times', async () => {
    const d = await watch({ plan: 'growth', devices: 3, wireProfile: 'bare-snake' });
    const found = await cards(d, 3);
    for (const card of found) {
      assert.equal(await d.attribute(card, 'data-state'), 'Connected');
    }
    // Times in epoch seconds were read: every card says when it was last seen.
    const seen = await d.findAll('[data-testid="last-seen"]');
    assert.equal(seen.length, 3);
    for (const s of seen) assert.doesNotMatch(await d.text(s), /never/i);
    assert.equal((await d.findAll('[data-testid="read-banner"]')).length, 0);
    await saveScreenshot(d, 'wire-bare-snake.png');
  });

  it('shows all 50 devices of an Enterprise workspace read across pages, and says when a page fails', async () => {
    const d = await watch({ plan: 'enterprise', devices: 50, wireProfile: 'paged-cursor', pageSize: 20 });
    const found = await cards(d, 50);
    const ids = new Set(await Promise.all(found.map((c) => d.attribute(c, 'data-device-id'))));
    assert.equal(ids.size, 50, 'fifty different devices');
    assert.equal((await d.findAll('[data-testid="read-banner"]')).length, 0);
    await saveScreenshot(d, 'wire-paged-50.png');

    // Page 2 fails from now on: the window says only 20 were read, keeps
    // the other cards in their last known state, and the tray is not green.
    await sim.call('POST', '/_sim/faults', { kind: 'server_error', status: 500, page: 2 });
    const banner = await d.waitFor(() => d.find('[data-testid="read-banner"]'), {
      what: 'the partial-list banner',
      timeout: 30000,
    });
    assert.match(await d.text(banner), /WAPing Desk could only read 20 devices: page 2/);
    assert.equal((await d.findAll('[data-testid="device-card"]')).length, 50, 'no card is dropped');
    await saveScreenshot(d, 'wire-partial.png');

    await sim.call('DELETE', '/_sim/faults');
    await d.waitFor(async () => (await d.findAll('[data-testid="read-banner"]')).length === 0, {
      what: 'the banner to go once every page is read again',
      timeout: 30000,
    });

    // Diagnose: what each endpoint sent, under which names, ready to copy.
    await d.click(await d.find('[data-testid="open-settings"]'));
    await d.click(await d.waitFor(() => d.find('[data-testid="diagnose"]'), { what: 'the Diagnose button' }));
    const report = await d.waitFor(async () => {
      const pre = await d.findAll('[data-testid="diagnosis"]');
      return pre.length === 1 ? d.text(pre[0]) : null;
    }, { what: 'the diagnosis', timeout: 60000 });
    assert.match(report, /next_cursor|cursor/, 'the pagination seen');
    assert.match(report, /\/v1\/devices\?cursor=…/, 'the second page, its cursor redacted');
    assert.match(report, /\/v1\/workspace/);
    assert.doesNotMatch(report, new RegExp(sim.apiKey), 'no key in the report');
    await saveScreenshot(d, 'wire-diagnosis.png');
    await d.click(await d.find('[data-testid="copy-diagnosis"]'));
    const copied = await d.waitFor(() => {
      try {
        const text = execFileSync('xclip', ['-selection', 'clipboard', '-o'], { timeout: 5000 }).toString();
        return text.includes('/v1/workspace') ? text : null;
      } catch {
        return null;
      }
    }, { what: 'the report on the clipboard' });
    assert.equal(copied.trim(), report.trim());
  });
});
