// A newer version in the real app: Settings asks at once, the banner offers
// it with its notes, and a restart whose download fails says why on the
// banner and leaves the app as it is. The agent asks the window binary's
// updater (a debug build reads the manifest's address from
// WAPING_DESK_UPDATE_ENDPOINT) for a manifest served here on loopback.

import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { errorNote, saveScreenshot, startApp } from './harness.mjs';

describe('updates', () => {
  let app;
  let d;
  let server;

  before(async () => {
    server = createServer((req, res) => {
      if (req.url !== '/latest.json') {
        res.statusCode = 404;
        res.end();
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          version: '9.0.0',
          notes: 'Faster history\nA calmer tray',
          pub_date: '2026-12-01T00:00:00Z',
          // Nothing listens there: the download fails.
          platforms: { 'linux-x86_64': { signature: 'c2ln', url: 'http://127.0.0.1:9/none' } },
        }),
      );
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${server.address().port}/latest.json`;
    app = await startApp({ env: { WAPING_DESK_UPDATE_ENDPOINT: endpoint } });
    d = app.driver;
    await d.waitFor(() => d.execute('return document.querySelector("[data-testid=device-card]") !== null'), {
      what: 'the first overview',
    });
  });

  after(async () => {
    await app?.stop();
    server?.close();
  });

  it('Check for updates in Settings names the new version, and the banner offers it with its notes', async () => {
    await d.click(await d.find('[data-testid="open-settings"]'));
    const check = await d.waitFor(async () => (await d.findAll('[data-testid="check-for-update"]'))[0] ?? null, {
      what: 'Settings',
    });
    await d.click(check);
    const found = await d.waitFor(async () => (await d.findAll('[data-testid="update-found"]'))[0] ?? null, {
      what: 'Settings to name the new version',
      timeout: 30000,
    });
    assert.equal(await d.text(found), 'WAPing Desk 9.0.0 is available.');
    // The banner is over the cards.
    await d.click(await d.find('[data-testid="back"]'));
    const banner = await d.waitFor(async () => (await d.findAll('[data-testid="update-banner"]'))[0] ?? null, {
      what: 'the update banner',
      timeout: 30000,
    });
    assert.equal(await d.text(await d.findIn(banner, 'strong')), 'WAPing Desk 9.0.0 is available.');
    assert.equal(await d.attribute(banner, 'data-state'), 'available');
    const notes = await d.execute('return document.querySelector("[data-testid=update-banner] .notes-text").textContent');
    assert.equal(notes, 'Faster history\nA calmer tray');
    await saveScreenshot(d, 'update-offered.png');
  });

  it('a restart whose download fails says why, and the update stays on offer', async () => {
    await d.click(await d.find('[data-testid="restart-to-update"]'));
    const note = await d.waitFor(async () => (await d.findAll('[data-testid="update-error"]'))[0] ?? null, {
      what: 'the reason on the banner',
      timeout: 60000,
    });
    assert.equal(await d.attribute(note, 'data-code'), 'UPDATE_UNAVAILABLE');
    const { sentence } = await errorNote(d, note);
    assert.match(sentence, /^The update could not be downloaded\./);
    assert.ok(await d.find('[data-testid="restart-to-update"]'), 'it can be tried again');
    await saveScreenshot(d, 'update-failed.png');
  });
});
