// Pairing in the real app on the demo workspace: add a phone, copy its QR
// code, scan it (simulated), see it connected; then meet the plan's limit.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { errorNote, saveScreenshot, startApp } from './harness.mjs';

describe('Pairing', () => {
  let app;
  let d;

  before(async () => {
    app = await startApp();
    d = app.driver;
    await d.waitFor(() => d.execute('return document.body.dataset.ready === "true"'), { what: 'the UI' });
    await d.waitFor(async () => (await d.findAll('[data-testid="device-card"]')).length === 4, {
      what: 'the demo cards',
    });
  });

  after(async () => {
    await app?.stop();
  });

  async function addDevice(name) {
    await d.click(await d.find('[data-testid="add-device-button"]'));
    const input = await d.waitFor(() => d.find('[data-testid="device-name-input"]'), { what: 'the add dialog' });
    await d.type(input, name);
    await d.click(await d.find('[data-testid="create-device"]'));
  }

  it('adds a phone, shows a QR code with its countdown, and links on scan', async () => {
    await addDevice('Till 2');
    const qr = await d.waitFor(() => d.find('[data-testid="qr"]'), { what: 'the QR code' });
    const svg = await d.execute('return arguments[0].innerHTML', [{ 'element-6066-11e4-a52e-4f735466cecf': qr }]);
    assert.match(svg, /<svg/);
    assert.match(await d.text(await d.find('[data-testid="countdown"]')), /Code 1 of 6 · expires in \d+ s/);
    await saveScreenshot(d, 'pairing-qr.png');

    // Copy puts the code on the clipboard as a PNG another app can paste.
    await d.click(await d.find('[data-testid="copy-qr"]'));
    await d.waitFor(async () => /Copied/.test(await d.text(await d.find('[data-testid="qr-saved"]'))), {
      what: 'the copy to be confirmed',
    });
    const png = execFileSync('xclip', ['-selection', 'clipboard', '-t', 'image/png', '-o'], { timeout: 5000 });
    assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')], 'a PNG on the clipboard');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    assert.ok(width >= 200 && width === height, `a square code of ${width}×${height} px`);

    await d.click(await d.find('[data-testid="simulate-scan"]'));
    const linked = await d.waitFor(() => d.find('[data-testid="pairing-linked"]'), { what: 'the link' });
    assert.match(await d.text(linked), /Linked\s+\+\d+/);
    await saveScreenshot(d, 'pairing-linked.png');

    // The view closes by itself and the new card is green.
    await d.waitFor(async () => (await d.findAll('[data-testid="pairing"]')).length === 0, {
      what: 'the pairing view to close',
    });
    const card = await d.waitFor(async () => {
      for (const c of await d.findAll('[data-testid="device-card"]')) {
        const name = await d.text(await d.findIn(c, '[data-testid="device-name"]'));
        if (name === 'Till 2') return c;
      }
      return null;
    }, { what: 'the new card' });
    await d.waitFor(async () => (await d.attribute(card, 'data-state')) === 'Connected', { what: 'Connected' });
    assert.match(await d.text(await d.find('[data-testid="plan-devices"]')), /5 of 5/);
  });

  it('says the plan is full instead of asking WAPing', async () => {
    await addDevice('Sixth phone');
    const error = await d.waitFor(() => d.find('[data-testid="add-device-error"]'), { what: 'the limit message' });
    const closed = await errorNote(d, error);
    assert.equal(closed.sentence, 'Your WAPing plan has no room for another device.');
    assert.match(closed.detail, /Growth allows 5 linked devices; remove one or upgrade/);
    assert.equal(closed.detailShown, false, 'the detail hidden until Details is opened');
    await d.click(await d.findIn(error, 'summary'));
    assert.equal((await errorNote(d, error)).detailShown, true);
    await saveScreenshot(d, 'plan-full.png');
    assert.equal((await d.findAll('[data-testid="device-card"]')).length, 5);
  });
});
