// History in the real app: a device with three days of seeded history shows
// its 24-hour strip on the card, and its own view shows the timeline (with
// WAPing's outage and the app's downtime apart), figures, a sortable and
// filterable outage table, and the workspace ranking.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { dataDir, saveScreenshot, seedBinary, startApp } from './harness.mjs';

function xdotool(...args) {
  return execFileSync('xdotool', args, { encoding: 'utf8' }).trim();
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const ARROW_RIGHT = '\uE014';

describe('History', () => {
  let app;
  let d;

  before(async () => {
    app = await startApp({
      prepare(home) {
        const dir = dataDir(home);
        mkdirSync(dir, { recursive: true });
        // The demo's first phone, as the demo keeps its own history file.
        execFileSync(seedBinary, [join(dir, 'demo-history.sqlite3'), 'dev_001', 'Shop phone']);
      },
    });
    d = app.driver;
    await d.waitFor(() => d.execute('return document.body.dataset.ready === "true"'), { what: 'the UI' });
  });

  after(async () => {
    await app?.stop();
  });

  const kinds = (scope) =>
    d.execute(
      'return [...(arguments[0] ?? document).querySelectorAll("[data-testid=status-strip] rect[data-kind]")].map((r) => r.dataset.kind)',
      [scope ? { [ELEMENT]: scope } : null],
    );

  const texts = async (css) => Promise.all((await d.findAll(css)).map((e) => d.text(e)));

  it('shows a 24-hour strip and uptime on the card', async () => {
    const card = await d.waitFor(() => d.find('[data-testid="device-card"][data-device-id="dev_001"]'), {
      what: 'the seeded card',
    });
    await d.waitFor(async () => (await kinds(card)).includes('Disconnected'), { what: 'the strip with its outages' });
    const strip = await kinds(card);
    assert.ok(strip.includes('Connected') && strip.includes('Unreachable'), strip.join(','));
    const uptime = await d.text(await d.findIn(card, '[data-testid="uptime-24h"]'));
    // 1.5 h down over about 23 h with a known state.
    assert.match(uptime, /^9\d\.\d%$/);
    await saveScreenshot(d, 'history-cards.png');
  });

  it('opens the device: timeline, figures and outages', async () => {
    const card = await d.find('[data-testid="device-card"][data-device-id="dev_001"]');
    await d.click(await d.findIn(card, '[data-testid="open-history"]'));
    const view = await d.waitFor(() => d.find('[data-testid="device-history"]'), { what: 'the device view' });
    await d.waitFor(async () => (await d.findAll('[data-testid="outage-row"]')).length === 2, { what: 'two outages' });

    const timeline = await kinds(view);
    for (const kind of ['Connected', 'Disconnected', 'Unreachable', 'NoData']) {
      assert.ok(timeline.includes(kind), `${kind} in ${timeline.join(',')}`);
    }
    assert.equal(await d.text(await d.find('[data-testid="disconnects"]')), '2');
    assert.equal(await d.text(await d.find('[data-testid="mean-recovery"]')), '45 min');
    assert.equal(await d.text(await d.find('[data-testid="longest-recovery"]')), '1 h');
    const periods = await d.text(await d.find('[data-testid="period-uptime"]'));
    assert.match(periods, /24 h\s[\d.]+% · 7 days\s[\d.]+% · 30 days\s[\d.]+%/, periods);

    // Newest first by default; the re-scan ended the newest.
    const rows = await d.findAll('[data-testid="outage-row"]');
    assert.deepEqual(
      await Promise.all(rows.map((r) => d.attribute(r, 'data-ended'))),
      ['Rescan', 'ByItself'],
    );
    assert.match(await d.text(rows[0]), /Logged out on the phone\s*Re-scan/);
    assert.match(await d.text(rows[1]), /The phone is offline \(check its battery, internet and background limits\)\s*By itself/);

    // Reading the timeline from the keyboard.
    await d.type(await d.find('[data-testid="timeline"]'), ARROW_RIGHT);
    await d.waitFor(async () => /Connected|No data|Disconnected/.test(await d.text(await d.find('[data-testid="timeline-detail"]'))), {
      what: 'the first stretch read out',
    });
    await saveScreenshot(d, 'history-device.png');
  });

  it('sorts and filters the outage table', async () => {
    await d.click(await d.find('[data-testid="sort-duration"]'));
    assert.deepEqual(await texts('[data-testid="outage-duration"]'), ['1 h', '30 min']);
    await d.click(await d.find('[data-testid="sort-duration"]'));
    assert.deepEqual(await texts('[data-testid="outage-duration"]'), ['30 min', '1 h']);

    await d.type(await d.find('[data-testid="outage-filter"]'), 'offline');
    await d.waitFor(async () => (await d.findAll('[data-testid="outage-row"]')).length === 1, { what: 'the filter' });
    const [row] = await d.findAll('[data-testid="outage-row"]');
    assert.equal(await d.attribute(row, 'data-ended'), 'ByItself');
    // Backspace as a person would (WebDriver's clear fires no input event).
    await d.type(await d.find('[data-testid="outage-filter"]'), '\uE003'.repeat('offline'.length));
    await d.waitFor(async () => (await d.findAll('[data-testid="outage-row"]')).length === 2, { what: 'the filter cleared' });
  });

  it('widens to 7 days, where the app was not running shows as no data', async () => {
    let last = [];
    await d.click(await d.find('[data-testid="range-7d"]'));
    await d.waitFor(async () => (await d.attribute(await d.find('[data-testid="range-7d"]'), 'aria-pressed')) === 'true', {
      what: '7 days chosen',
    });
    await d
      .waitFor(
      async () => {
        const view = await d.find('[data-testid="device-history"]');
        const k = await kinds(view);
        // Before the first run, and the two hours between the runs.
        last = k;
        return k[0] === 'NoData' && k.filter((x) => x === 'NoData').length >= 2;
      },
      { what: 'no-data stretches' },
    )
      .catch((e) => {
        throw new Error(`${e.message}; drawn: ${last.join(',')}`);
      });
    assert.equal(await d.text(await d.find('[data-testid="disconnects"]')), '2');
    assert.equal((await d.findAll('[data-testid="outage-row"]')).length, 2);
    await saveScreenshot(d, 'history-7d.png');
  });

  it('exports the range as CSV through the save dialog', async () => {
    await d.click(await d.find('[data-testid="range-24h"]'));
    await d.waitFor(async () => (await d.findAll('[data-testid="outage-row"]')).length === 2, { what: 'the 24 h range' });
    await d.click(await d.find('[data-testid="export-csv"]'));
    // Mapped on screen, not merely created: focusing it before fails.
    const dialog = await d.waitFor(
      () => xdotool('search', '--onlyvisible', '--name', '^Export history$').split('\n')[0],
      { what: 'the save dialog' },
    );
    const target = join(app.home, 'export.csv');
    // As a person would: type a path into the file name and press Enter.
    await d.waitFor(() => xdotool('windowfocus', '--sync', dialog) === '', { what: 'the save dialog to take focus' });
    xdotool('key', '--window', dialog, 'ctrl+a');
    xdotool('type', '--window', dialog, '--delay', '20', target);
    xdotool('key', '--window', dialog, 'Return');
    const saved = await d.waitFor(() => d.find('[data-testid="export-result"]'), { what: 'the saved message' });
    assert.equal(await d.text(saved), `Saved to: ${target}`);
    const lines = readFileSync(target, 'utf8').trim().split('\n');
    assert.equal(lines[0], 'device_id,device_name,state,start,end,duration_seconds,reason,changes');
    const rows = lines.slice(1).map((l) => l.split(','));
    assert.ok(rows.every((r) => r[0] === 'dev_001' && r[1] === 'Shop phone'));
    const drops = rows.filter((r) => r[2] === 'Disconnected').map((r) => [r[5], r[6]]);
    assert.deepEqual(drops, [
      ['1800.000', 'phone_offline'],
      ['3600.000', 'logged_out'],
    ]);
    assert.ok(rows.some((r) => r[2] === 'Unreachable' && r[5] === '3600.000'));
  });

  it('ranks the workspace by disconnects this week', async () => {
    await d.click(await d.find('[data-testid="history-back"]'));
    await d.click(await d.waitFor(() => d.find('[data-testid="open-ranking"]'), { what: 'the History button' }));
    const first = await d.waitFor(async () => (await d.findAll('[data-testid="ranking-row"]'))[0], {
      what: 'the ranking',
    });
    assert.equal(await d.attribute(first, 'data-device-id'), 'dev_001');
    assert.match(await d.text(await d.findIn(first, '[data-testid="ranking-count"]')), /^2 disconnects$/);
    await saveScreenshot(d, 'history-ranking.png');
  });
});
