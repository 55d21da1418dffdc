// The app in other languages. The pseudo-locale (English accented and made
// longer) opens every view and dialog, the tray menu and a notification, and
// finds no word left untranslated and no text overflowing its box. Brazilian
// Portuguese and Arabic show the overview, a device's history and a drop's
// notification in their own words, times and direction (screenshots in
// tests/artifacts/).

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { saveScreenshot, startApp, startSimulator } from './harness.mjs';
import { startDesktop } from './desktop.mjs';
import { plainWords, scanWords } from './words.mjs';

describe('Languages', () => {
  let desktop;
  let sim;
  let names = [];

  before(async () => {
    desktop = await startDesktop();
    sim = await startSimulator({ plan: 'growth', devices: 2 });
  });

  after(async () => {
    sim?.stop();
    desktop?.stop();
  });

  /** The app in `language`, watching the simulator (the key given in Settings, for this session). */
  async function openLive(language) {
    // Every phone connected again, as the previous test may have dropped one.
    const { data } = await sim.call('GET', '/v1/devices');
    for (const dev of data) await sim.call('POST', `/_sim/devices/${dev.id}/status`, { status: 'connected' });
    names = data.map((dev) => dev.name);
    const app = await startApp({ settings: { baseUrl: sim.baseUrl, pollIntervalSecs: 1, language } });
    const d = app.driver;
    await d.waitFor(() => d.execute('return document.body.dataset.ready === "true"'), { what: 'the UI' });
    return { app, d, devices: data };
  }

  async function giveKey(d) {
    await d.click(await d.waitFor(() => d.find('[data-testid="open-settings"]'), { what: 'the Settings button' }));
    await d.type(await d.waitFor(() => d.find('[data-testid="api-key"]'), { what: 'settings' }), sim.apiKey);
    await d.click(await d.find('[data-testid="save-settings"]'));
    await d.click(await d.waitFor(() => d.find('[data-testid="keep-session-only"]'), { what: 'the keyring choice' }));
    await d.waitFor(
      async () => (await d.attribute(await d.find('[data-testid="key-storage"]'), 'data-storage')) === 'session',
      { what: 'the key kept for this session' },
    );
  }

  async function liveCards(d, count) {
    return d.waitFor(
      async () => {
        const found = await d.findAll('[data-testid="device-card"]');
        return found.length === count ? found : null;
      },
      { what: `${count} live cards` },
    );
  }

  /** Drops the simulator's first phone; resolves with the notification that names it. */
  async function dropFirst(devices, what) {
    const from = desktop.notifications.length;
    await sim.call('POST', `/_sim/devices/${devices[0].id}/status`, { status: 'disconnected', reason: 'logged_out' });
    const deadline = Date.now() + 20000;
    for (;;) {
      const n = desktop.notifications.slice(from).find((x) => x.summary.includes(devices[0].name));
      if (n) return n;
      if (Date.now() > deadline) throw new Error(`no notification for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  function assertAllTranslated(found, view) {
    const words = found.untranslated
      .map((u) => ({ ...u, plain: plainWords(u.text, names) }))
      .filter((u) => u.plain.length > 0);
    assert.deepEqual(
      words.map((u) => `${u.where}: ${u.plain.join(' ')} in ${JSON.stringify(u.text.slice(0, 200))}`),
      [],
      `${view}: text left in plain English`,
    );
    assert.deepEqual(
      found.overflowing.map((o) => `${o.where}: ${JSON.stringify(o.text)} (${o.why})`),
      [],
      `${view}: text overflowing its box`,
    );
  }

  async function scan(d, view, screenshot) {
    await saveScreenshot(d, screenshot);
    // The names of the phones shown (the demo's own too) are data, as the user gave them.
    for (const name of await d.execute('return [...document.querySelectorAll("[data-testid=device-name]")].map((e) => e.textContent.trim())')) {
      if (!names.includes(name)) names.push(name);
    }
    assertAllTranslated(await scanWords(d), view);
  }

  it('leaves no word untranslated and no text overflowing in the pseudo-locale: every view and dialog, the tray, a notification', async () => {
    const { app, d, devices } = await openLive('en-XA');
    try {
      // The demo, before a key is given.
      await d.waitFor(() => d.find('[data-testid="demo-banner"]'), { what: 'the demo banner' });
      await d.waitFor(async () => (await d.findAll('[data-testid="device-card"]')).length > 0, { what: 'demo cards' });
      assert.equal(await d.execute('return document.documentElement.lang'), 'en-XA');
      await scan(d, 'the demo overview', 'pseudo-demo.png');

      // Settings, and its diagnosis.
      await giveKey(d);
      await scan(d, 'settings', 'pseudo-settings.png');
      await d.click(await d.find('[data-testid="diagnose"]'));
      await d.waitFor(() => d.find('[data-testid="diagnosis-result"]'), { timeout: 30000, what: 'the diagnosis' });
      // The report names WAPing's own fields and the requests it made: data, as WAPing wrote them.
      const fields = new Set(['GET', 'HTTP', 'RFC']);
      const keysOf = (v) => {
        if (Array.isArray(v)) v.forEach(keysOf);
        else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (fields.add(k), keysOf(x));
      };
      keysOf(await sim.call('GET', '/v1/devices'));
      keysOf(await sim.call('GET', '/v1/workspace'));
      keysOf(await sim.call('GET', `/v1/devices/${devices[0].id}`));
      const before = names.length;
      names.push(...fields);
      await scan(d, 'the diagnosis', 'pseudo-diagnosis.png');
      names.splice(before);
      await d.click(await d.find('[data-testid="back"]'));

      await liveCards(d, devices.length);
      await scan(d, 'the overview', 'pseudo-overview.png');

      // A device's history, and the ranking.
      await d.click(await d.find('[data-testid="open-history"]'));
      await d.waitFor(() => d.find('[data-testid="device-history"]'), { what: 'the device view' });
      await d.waitFor(() => d.find('[data-testid="history-stats"]'), { what: 'the figures' });
      await scan(d, 'a device history', 'pseudo-history.png');
      await d.click(await d.find('[data-testid="history-back"]'));
      await d.click(await d.waitFor(() => d.find('[data-testid="open-ranking"]'), { what: 'the ranking button' }));
      await d.waitFor(() => d.find('[data-testid="ranking"]'), { what: 'the ranking' });
      await scan(d, 'the ranking', 'pseudo-ranking.png');
      await d.click(await d.find('[data-testid="ranking-back"]'));

      // Adding a phone: the dialog, then the QR steps.
      await d.click(await d.waitFor(() => d.find('[data-testid="add-device-button"]'), { what: 'the add button' }));
      await d.waitFor(() => d.find('[data-testid="device-name-input"]'), { what: 'the add dialog' });
      await scan(d, 'the add dialog', 'pseudo-add.png');
      await d.type(await d.find('[data-testid="device-name-input"]'), 'Till');
      names.push('Till');
      await d.click(await d.find('[data-testid="create-device"]'));
      await d.waitFor(() => d.find('[data-testid="qr"]'), { what: 'the QR code' });
      await scan(d, 'the pairing dialog', 'pseudo-pairing.png');
      await d.click(await d.find('[data-testid="close-pairing"]'));

      // The tray menu, as the desktop's tray host reads it.
      const tray = await desktop.tray();
      const trayWords = tray.menu.flatMap((label) => plainWords(label, names).map((w) => `${label}: ${w}`));
      assert.deepEqual(trayWords, [], `tray menu: ${tray.menu.join(' | ')}`);
      assert.ok(tray.menu.length >= 4, `tray menu: ${tray.menu}`);

      // A drop's notification, as the notification server received it.
      const n = await dropFirst(devices, 'the drop');
      assert.deepEqual(plainWords(`${n.summary} ${n.body}`, names), [], `notification: ${n.summary} / ${n.body}`);
      await d.waitFor(async () => (await d.findAll('[data-testid="device-card"][data-state="Disconnected"]')).length === 1, {
        what: 'the dropped card',
      });
      await scan(d, 'the overview with a phone down', 'pseudo-down.png');
    } finally {
      await app.stop();
    }
  });

  it('speaks Brazilian Portuguese: the overview, a device history and a drop, with a 24-hour clock', async () => {
    const { app, d, devices } = await openLive('pt-BR');
    try {
      await giveKey(d);
      await d.click(await d.find('[data-testid="back"]'));
      const cards = await liveCards(d, devices.length);
      assert.equal(await d.execute('return document.documentElement.lang'), 'pt-BR');
      assert.equal(await d.text(await d.findIn(cards[0], '[data-testid="state-badge"]')), 'Conectado');
      await saveScreenshot(d, 'pt-BR-overview.png');

      const n = await dropFirst(devices, 'the drop in Portuguese');
      assert.equal(n.summary, `${devices[0].name} desconectado`);
      assert.match(n.body, /^Desde ([01]\d|2[0-3]):[0-5]\d\b/, n.body);
      await d.waitFor(async () => (await d.findAll('[data-testid="device-card"][data-state="Disconnected"]')).length === 1, {
        what: 'the dropped card',
      });
      await saveScreenshot(d, 'pt-BR-down.png');

      await d.click(await d.find('[data-testid="device-card"][data-state="Disconnected"] [data-testid="open-history"]'));
      await d.waitFor(() => d.find('[data-testid="history-stats"]'), { what: 'the device view' });
      const legend = await d.text(await d.find('[data-testid="timeline-legend"]'));
      assert.match(legend, /Conectado/);
      assert.match(legend, /Desconectado/);
      await saveScreenshot(d, 'pt-BR-history.png');
    } finally {
      await app.stop();
    }
  });

  it('speaks Arabic right to left: the overview, a device history and a drop', async () => {
    const { app, d, devices } = await openLive('ar');
    try {
      await giveKey(d);
      await d.click(await d.find('[data-testid="back"]'));
      await liveCards(d, devices.length);
      assert.equal(await d.execute('return document.documentElement.dir'), 'rtl');
      assert.equal(await d.execute('return document.documentElement.lang'), 'ar');
      // Mirrored: the first card starts at the right of the window.
      const side = await d.execute(`
        const card = document.querySelector('[data-testid="device-card"]').getBoundingClientRect();
        return { left: card.left, right: document.documentElement.clientWidth - card.right };`);
      assert.ok(side.right < side.left, `first card ${JSON.stringify(side)} from the edges`);
      await saveScreenshot(d, 'ar-overview.png');

      const n = await dropFirst(devices, 'the drop in Arabic');
      assert.match(n.summary, /[\u0600-\u06FF]/, n.summary);
      assert.ok(n.summary.includes(devices[0].name), n.summary);
      assert.match(n.body, /[\u0600-\u06FF]/, n.body);
      await d.waitFor(async () => (await d.findAll('[data-testid="device-card"][data-state="Disconnected"]')).length === 1, {
        what: 'the dropped card',
      });
      await saveScreenshot(d, 'ar-down.png');

      await d.click(await d.find('[data-testid="device-card"][data-state="Disconnected"] [data-testid="open-history"]'));
      await d.waitFor(() => d.find('[data-testid="history-stats"]'), { what: 'the device view' });
      assert.match(await d.text(await d.find('[data-testid="timeline-legend"]')), /متصل/);
      await saveScreenshot(d, 'ar-history.png');
      const found = await scanWords(d);
      assert.deepEqual(found.overflowing.map((o) => `${o.where}: ${o.text}`), [], 'Arabic text overflowing');
    } finally {
      await app.stop();
    }
  });
});
