// The foundation in the real app: demo cards, and Settings with real and
// wrong keys against a standalone simulator.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { errorNote, saveScreenshot, startApp, startSimulator } from './harness.mjs';

describe('WAPing Desk', () => {
  let app;
  let sim;
  let d;

  before(async () => {
    sim = await startSimulator({ plan: 'pro', devices: 3 });
    app = await startApp();
    d = app.driver;
    await d.waitFor(() => d.execute('return document.body.dataset.ready === "true" || document.querySelector("[data-ready=true]") !== null'), {
      what: 'the UI to load its first overview',
    });
  });

  after(async () => {
    await app?.stop();
    sim?.stop();
  });

  it('opens on the demo workspace with a card per device and its state', async () => {
    const banner = await d.find('[data-testid="demo-banner"]');
    assert.match(await d.text(banner), /Demo workspace/);
    const cards = await d.waitFor(async () => {
      const found = await d.findAll('[data-testid="device-card"]');
      return found.length === 4 ? found : null;
    }, { what: 'four demo cards' });
    const states = [];
    for (const card of cards) {
      const state = await d.attribute(card, 'data-state');
      states.push(state);
      const badge = await d.findIn(card, '[data-testid="state-badge"]');
      assert.match(await d.text(badge), new RegExp(state));
      const name = await d.text(await d.findIn(card, '[data-testid="device-name"]'));
      assert.ok(name.length > 0);
    }
    for (const state of ['Connected', 'Degraded', 'Disconnected', 'Unlinked']) {
      assert.ok(states.includes(state), `${state} in ${states}`);
    }
    assert.match(await d.text(await d.find('[data-testid="plan-name"]')), /Growth/);
    assert.match(await d.text(await d.find('[data-testid="plan-devices"]')), /4 of 5/);
    await saveScreenshot(d, 'main-window.png');
  });

  it('lays the cards out in one column at 360 px', async () => {
    await d.setWindowRect({ width: 360, height: 720 });
    await d.waitFor(async () => {
      const lefts = await d.execute(
        'return [...document.querySelectorAll("[data-testid=device-card]")].map(c => Math.round(c.getBoundingClientRect().left))',
      );
      return new Set(lefts).size === 1;
    }, { what: 'a single column' });
    const overflow = await d.execute('return document.documentElement.scrollWidth - document.documentElement.clientWidth');
    assert.equal(overflow, 0, 'no horizontal scrolling');
    await saveScreenshot(d, 'main-window-360.png');
    await d.setWindowRect({ width: 1040, height: 720 });
  });

  it('snoozes a troubled card, shows until when, and resumes it', async () => {
    const downCard = async () => d.find('[data-testid="device-card"][data-state="Disconnected"]');
    const option = await d.findIn(await downCard(), '[data-testid="snooze-device"] option[value="oneHour"]');
    await d.click(option);
    const note = await d.waitFor(async () => (await d.findAll('[data-testid="device-snoozed"]'))[0] ?? null, {
      what: 'the snoozed note',
    });
    assert.match(await d.text(note), /Alerts snoozed until/);
    await d.click(await d.findIn(await downCard(), '[data-testid="resume-device"]'));
    await d.waitFor(async () => (await d.findAll('[data-testid="device-snoozed"]')).length === 0, {
      what: 'the snooze to end',
    });
    assert.ok(await d.findIn(await downCard(), '[data-testid="snooze-device"]'), 'snoozable again');
  });

  it('says a wrong key is refused, WAPing\'s precise words behind Details', async () => {
    await d.click(await d.find('[data-testid="open-settings"]'));
    const url = await d.waitFor(() => d.find('[data-testid="base-url"]'), { what: 'settings' });
    await d.clear(url);
    await d.type(url, sim.baseUrl);
    await d.type(await d.find('[data-testid="api-key"]'), 'wk_wrong_key');
    await d.click(await d.find('[data-testid="test-connection"]'));
    const error = await d.waitFor(() => d.find('[data-testid="connection-error"]'), { what: 'the error box' });
    const closed = await errorNote(d, error);
    assert.match(closed.sentence, /WAPing did not accept the API key/);
    // The agent's English words are for support: shown only when Details is opened.
    assert.match(closed.detail, /WAPing rejected the API key/);
    assert.equal(closed.detailShown, false, 'the detail hidden until Details is opened');
    await d.click(await d.findIn(error, 'summary'));
    assert.equal((await errorNote(d, error)).detailShown, true, 'the detail shown once Details is opened');
    await saveScreenshot(d, 'settings-wrong-key.png');
  });

  it('lists the devices for the right key, then keeps the key for the session when there is no keyring', async () => {
    const key = await d.find('[data-testid="api-key"]');
    await d.clear(key);
    await d.type(key, sim.apiKey);
    await d.click(await d.find('[data-testid="test-connection"]'));
    const ok = await d.waitFor(() => d.find('[data-testid="connection-ok"]'), { what: 'the success box' });
    assert.match(await d.text(ok), /3 devices/);
    assert.match(await d.text(ok), /Pro/);

    await d.click(await d.find('[data-testid="save-settings"]'));
    // This test session has a D-Bus but no secret service.
    const noKeyring = await d.waitFor(() => d.find('[data-testid="keyring-unavailable"]'), { what: 'the keyring message' });
    assert.match(await d.text(noKeyring), /No system keyring/);
    await saveScreenshot(d, 'settings-no-keyring.png');
    await d.click(await d.find('[data-testid="keep-session-only"]'));
    await d.waitFor(async () => /session only/i.test(await d.text(await d.find('[data-testid="key-storage"]'))), {
      what: 'the key kept for this session',
    });

    await d.click(await d.find('[data-testid="back"]'));
    const cards = await d.waitFor(async () => {
      const found = await d.findAll('[data-testid="device-card"]');
      return found.length === 3 ? found : null;
    }, { what: 'the three live cards' });
    for (const card of cards) {
      assert.equal(await d.attribute(card, 'data-state'), 'Connected');
    }
    assert.equal((await d.findAll('[data-testid="demo-banner"]')).length, 0, 'no demo banner on a live workspace');
    assert.match(await d.text(await d.find('[data-testid="plan-name"]')), /Pro/);
    await saveScreenshot(d, 'main-window-live.png');
  });
});
