import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { language } from '../i18n.svelte';
import { appError, connectionReport, device, deviceView, settingsView } from '../test/fixtures';
import { answer, calls, expectCalls, refuse, settle, shownError, text, type Replies } from '../test/harness';
import SettingsPage from './SettingsPage.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
vi.mock('@tauri-apps/api/event', () => ({ listen: vi.fn() }));

const noKeyring = refuse('KEYRING_UNAVAILABLE', 'No system keyring is available (Secret Service not running).');

/** The page, loaded with the settings `settingsView()` builds. */
async function open(replies: Replies = {}) {
  answer({
    get_settings: () => settingsView(),
    get_hook_runs: () => [],
    get_autostart: () => false,
    save_settings: ({ input }) => settingsView({ settings: input }),
    ...replies,
  });
  render(SettingsPage, { onback: () => {} });
  await settle();
  return userEvent.setup();
}

const field = (testId: string) => screen.getByTestId<HTMLInputElement>(testId);

describe('a keyring that cannot take the key', () => {
  test('Save offers to keep the key for this session, and doing so stores it for the session', async () => {
    const user = await open({
      set_api_key: ({ sessionOnly }) =>
        sessionOnly ? settingsView({ keyStorage: 'session', apiKeyMasked: 'wk_l…7890' }) : noKeyring(),
    });
    await user.type(field('api-key'), ' wk_live_1234567890 ');
    await user.click(screen.getByTestId('save-settings'));
    await settle();

    expect(calls('save_settings')).toHaveLength(1);
    expectCalls('set_api_key', { key: 'wk_live_1234567890', sessionOnly: false });
    expect(screen.getByTestId('keyring-unavailable').textContent).toContain(
      'No system keyring is available, so the key cannot be stored safely.',
    );
    // A choice to make, not a failure, and nothing is said to be saved yet.
    expect(screen.queryByTestId('save-error')).toBeNull();
    expect(screen.queryByText('Saved.')).toBeNull();

    await user.click(screen.getByTestId('keep-session-only'));
    await settle();
    expectCalls(
      'set_api_key',
      { key: 'wk_live_1234567890', sessionOnly: false },
      { key: 'wk_live_1234567890', sessionOnly: true },
    );
    expect(screen.queryByTestId('keyring-unavailable')).toBeNull();
    expect(screen.getByTestId('key-storage').textContent).toBe('Kept for this session only');
    expect(field('api-key').value).toBe('');
    expect(field('api-key').placeholder).toBe('Stored: wk_l…7890');
    expect(screen.getByText('Saved.')).toBeTruthy();
  });

  test('a key kept for the session that still cannot be stored says why', async () => {
    const user = await open({
      set_api_key: ({ sessionOnly }) =>
        sessionOnly ? Promise.reject(appError('AGENT_GONE', 'The monitoring agent stopped.')) : noKeyring(),
    });
    await user.type(field('api-key'), 'wk_live_1234567890');
    await user.click(screen.getByTestId('save-settings'));
    await settle();
    await user.click(screen.getByTestId('keep-session-only'));
    await settle();
    expect(screen.getByTestId('save-error').textContent).toContain('The monitoring agent stopped.');
    expect(screen.queryByText('Saved.')).toBeNull();
  });

  test('a webhook secret it cannot take is offered to be kept for this session', async () => {
    const user = await open({
      set_webhook_secret: ({ sessionOnly }) =>
        sessionOnly ? settingsView({ webhookSecretStorage: 'session' }) : noKeyring(),
    });
    await user.type(screen.getByPlaceholderText('The secret set in the WAPing dashboard'), 'whsec_abc');
    await user.click(screen.getByTestId('save-settings'));
    await settle();
    expectCalls('set_webhook_secret', { secret: 'whsec_abc', sessionOnly: false });
    expect(screen.getByTestId('save-error').textContent).toContain('No system keyring is available');

    await user.click(screen.getByRole('button', { name: 'Keep the secret for this session only' }));
    await settle();
    expectCalls(
      'set_webhook_secret',
      { secret: 'whsec_abc', sessionOnly: false },
      { secret: 'whsec_abc', sessionOnly: true },
    );
    expect(screen.queryByTestId('save-error')).toBeNull();
  });

  test('any other error from storing the key is shown as it is, with no session offer', async () => {
    const user = await open({ set_api_key: refuse('SETTINGS_NOT_SAVED', 'The settings folder is read-only.') });
    await user.type(field('api-key'), 'wk_live_1234567890');
    await user.click(screen.getByTestId('save-settings'));
    await settle();
    expect(screen.getByTestId('save-error').textContent).toContain('The settings folder is read-only.');
    expect(screen.queryByTestId('keyring-unavailable')).toBeNull();
  });
});

describe('saving keeps what can be kept', () => {
  const secretField = () => screen.getByPlaceholderText<HTMLInputElement>('The secret set in the WAPing dashboard');
  const status = () => screen.getByTestId('save-status').textContent;

  test('a webhook secret the keyring refuses does not stop the API key from being stored, and each outcome is said', async () => {
    const user = await open({
      set_api_key: () => settingsView({ keyStorage: 'keyring', apiKeyMasked: 'wk_l…7890' }),
      set_webhook_secret: refuse('KEYRING_UNAVAILABLE', 'No system keyring is available, so the secret cannot be stored safely.'),
    });
    await user.type(field('api-key'), 'wk_live_1234567890');
    await user.type(secretField(), 'whsec_abc');
    await user.click(screen.getByTestId('save-settings'));
    await settle();

    expectCalls('set_api_key', { key: 'wk_live_1234567890', sessionOnly: false });
    expectCalls('set_webhook_secret', { secret: 'whsec_abc', sessionOnly: false });
    expect(screen.getByTestId('key-storage').textContent).toBe('Stored in the system keyring');
    expect(field('api-key').value).toBe('');
    expect(text(screen.getByTestId('save-error'))).toBe(
      'Webhook secret: No system keyring is available, so the key cannot be stored safely. Details No system keyring is available, so the secret cannot be stored safely. Keep the secret for this session only',
    );
    expect(status()).toBe('Saved the settings and the API key; not the webhook secret.');
    expect(screen.queryByTestId('keyring-unavailable')).toBeNull();
  });

  test('settings the agent refuses do not stop the key from being stored, and the form keeps what was typed', async () => {
    const user = await open({
      save_settings: refuse('INVALID_INPUT', 'the poll interval must be 5 to 3600 seconds'),
      set_api_key: () => settingsView({ keyStorage: 'keyring', apiKeyMasked: 'wk_l…7890' }),
    });
    await user.clear(field('reminder-minutes'));
    await user.type(field('reminder-minutes'), '45');
    await user.type(field('api-key'), 'wk_live_1234567890');
    await user.click(screen.getByTestId('save-settings'));
    await settle();

    expectCalls('set_api_key', { key: 'wk_live_1234567890', sessionOnly: false });
    expect(shownError(screen.getByTestId('save-error'))).toEqual({
      sentence: 'Settings: This entry was not accepted. Check it and try again.',
      detail: 'the poll interval must be 5 to 3600 seconds',
      detailHidden: true,
    });
    expect(status()).toBe('Saved the API key; not the settings.');
    expect(field('reminder-minutes').value).toBe('45');
  });

  test('Keep for this session only keeps the key now in the field, never one typed before it', async () => {
    const user = await open({
      set_api_key: ({ sessionOnly }) =>
        sessionOnly ? settingsView({ keyStorage: 'session', apiKeyMasked: 'wk_l…new1' }) : noKeyring(),
    });
    await user.type(field('api-key'), 'wk_live_old0');
    await user.click(screen.getByTestId('save-settings'));
    await settle();
    expect(screen.getByTestId('keyring-unavailable')).toBeTruthy();

    // The question was about the key then in the field: another key asks again.
    await user.clear(field('api-key'));
    await user.type(field('api-key'), 'wk_live_new1');
    expect(screen.queryByTestId('keyring-unavailable')).toBeNull();
    await user.click(screen.getByTestId('save-settings'));
    await settle();
    await user.click(screen.getByTestId('keep-session-only'));
    await settle();
    expectCalls(
      'set_api_key',
      { key: 'wk_live_old0', sessionOnly: false },
      { key: 'wk_live_new1', sessionOnly: false },
      { key: 'wk_live_new1', sessionOnly: true },
    );
    expect(screen.getByTestId('key-storage').textContent).toBe('Kept for this session only');
    expect(status()).toBe('Saved.');
  });

  test('a key the agent refuses is said so until the key is changed', async () => {
    const user = await open({
      set_api_key: refuse('INVALID_INPUT', 'the API key must be 1 to 256 characters, without spaces'),
    });
    await user.type(field('api-key'), 'wk_live_1234567890');
    await user.click(screen.getByTestId('save-settings'));
    await settle();
    expect(shownError(screen.getByTestId('save-error'))).toMatchObject({
      sentence: 'API key: This entry was not accepted. Check it and try again.',
      detail: 'the API key must be 1 to 256 characters, without spaces',
    });
    expect(status()).toBe('Saved the settings; not the API key.');
    await user.type(field('api-key'), 'x');
    expect(screen.queryByTestId('save-error')).toBeNull();
  });

  test('settings the agent refuses are said so until they are changed', async () => {
    const user = await open({ save_settings: refuse('INVALID_INPUT', 'quiet hours need a start and an end') });
    await user.type(field('quiet-from'), '22:00');
    await user.click(screen.getByTestId('save-settings'));
    await settle();
    expect(shownError(screen.getByTestId('save-error'))).toMatchObject({
      sentence: 'Settings: This entry was not accepted. Check it and try again.',
      detail: 'quiet hours need a start and an end',
    });
    await user.type(field('quiet-until'), '07:00');
    expect(screen.queryByTestId('save-error')).toBeNull();
  });

  test('Forget key that failed and then succeeds leaves no error', async () => {
    let asked = 0;
    answer({
      get_settings: () => settingsView({ keyStorage: 'keyring', apiKeyMasked: 'wk_l…7890' }),
      get_hook_runs: () => [],
      get_autostart: () => false,
      clear_api_key: () => {
        asked += 1;
        return asked === 1 ? Promise.reject(appError('AGENT_GONE', 'The monitoring agent stopped.')) : settingsView();
      },
    });
    render(SettingsPage, { onback: () => {} });
    await settle();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('forget-key'));
    await settle();
    expect(screen.getByTestId('save-error').textContent).toContain('The monitoring agent stopped.');
    await user.click(screen.getByTestId('forget-key'));
    await settle();
    expect(screen.queryByTestId('save-error')).toBeNull();
    expect(screen.getByTestId('key-storage').textContent).toBe('No key stored');
  });
});

describe('Test connection', () => {
  test('shows the sentence for the error code, the agent\'s precise message behind Details', async () => {
    const message = 'WAPing refused the API key (HTTP 401): check it in the WAPing dashboard.';
    const user = await open({ test_connection: refuse('UNAUTHORIZED', message) });
    await user.type(field('api-key'), '  wk_live_typo  ');
    await user.click(screen.getByTestId('test-connection'));
    await settle();
    expectCalls('test_connection', { baseUrl: 'https://api.waping.app', apiKey: 'wk_live_typo' });
    expect(shownError(screen.getByTestId('connection-error'))).toEqual({
      sentence: 'WAPing did not accept the API key. Check it in Settings.',
      detail: message,
      detailHidden: true,
    });
    expect(screen.queryByTestId('connection-ok')).toBeNull();
  });

  test('an error is gone once the key or the base URL is changed, and after a test that succeeds', async () => {
    let asked = 0;
    const user = await open({
      test_connection: () => {
        asked += 1;
        return asked === 3
          ? connectionReport([deviceView()])
          : Promise.reject(appError('UNAUTHORIZED', 'WAPing refused the API key (HTTP 401).'));
      },
    });
    await user.type(field('api-key'), 'wk_live_typo');
    await user.click(screen.getByTestId('test-connection'));
    await settle();
    expect(screen.getByTestId('connection-error')).toBeTruthy();
    await user.type(field('api-key'), 'x');
    expect(screen.queryByTestId('connection-error')).toBeNull();

    await user.click(screen.getByTestId('test-connection'));
    await settle();
    expect(screen.getByTestId('connection-error')).toBeTruthy();
    await user.type(field('base-url'), '/v1');
    expect(screen.queryByTestId('connection-error')).toBeNull();

    await user.click(screen.getByTestId('test-connection'));
    await settle();
    expect(screen.queryByTestId('connection-error')).toBeNull();
    expect(screen.getByTestId('connection-ok')).toBeTruthy();
  });

  test('without a typed key, tests the stored one and says what it found', async () => {
    const user = await open({
      test_connection: () =>
        connectionReport([
          deviceView(),
          deviceView(device({ id: 'dev_2', name: 'Till', state: 'Disconnected' }), { stateLabel: 'Down (agent words)' }),
        ]),
    });
    await user.click(screen.getByTestId('test-connection'));
    await settle();
    expectCalls('test_connection', { baseUrl: 'https://api.waping.app', apiKey: null });
    expect(text(screen.getByTestId('connection-ok'))).toContain('Connected — 2 devices on the Starter plan.');
    // Each device's state in the agent's words.
    expect(text(screen.getByTestId('connection-ok'))).toContain('Till Down (agent words)');
    expect(screen.queryByTestId('connection-error')).toBeNull();
  });

  test('another address without a typed key says to type one, and the key field is ready for it', async () => {
    const message = 'Type the API key to test it against another address; the stored key is sent only to the saved base URL.';
    const user = await open({ test_connection: refuse('KEY_NEEDED', message) });
    await user.clear(field('base-url'));
    await user.type(field('base-url'), 'https://staging.example.com');
    await user.click(screen.getByTestId('test-connection'));
    await settle();
    expectCalls('test_connection', { baseUrl: 'https://staging.example.com', apiKey: null });
    expect(shownError(screen.getByTestId('connection-error'))).toMatchObject({
      sentence: 'Type the API key for this address: the stored key is only sent to the saved address.',
      detail: message,
    });
    expect(document.activeElement).toBe(field('api-key'));
  });

  test('a base URL that is not one is pointed out and cannot be tested', async () => {
    const user = await open({ test_connection: () => connectionReport([]) });
    await user.clear(field('base-url'));
    await user.type(field('base-url'), 'api.waping.app');
    expect(screen.getByText('Enter an address such as https://api.waping.app')).toBeTruthy();
    expect(screen.getByTestId<HTMLButtonElement>('test-connection').disabled).toBe(true);
    await user.click(screen.getByTestId('test-connection'));
    await settle();
    expectCalls('test_connection');
  });
});

test('settings that cannot be loaded say why', async () => {
  answer({ get_settings: refuse('AGENT_UNAVAILABLE', 'The monitoring agent is not running.') });
  render(SettingsPage, { onback: () => {} });
  await settle();
  expect(shownError(screen.getByTestId('settings-error'))).toMatchObject({
    sentence: 'WAPing Desk could not start its background service. Restart the app.',
    detail: 'The monitoring agent is not running.',
  });
  expect(screen.queryByTestId('save-settings')).toBeNull();
});

describe('the hook log', () => {
  test('runs skipped in one burst, alike but for the phone, are all listed', async () => {
    const at = '2026-11-25T10:42:05.123Z';
    const skipped = (deviceName: string) => ({
      at,
      event: 'device.down' as const,
      deviceName,
      target: 'command',
      ok: true,
      detail: 'skipped: device.up came while it waited',
      millis: 0,
      supersededBy: 'device.up' as const,
    });
    await open({ get_hook_runs: () => [skipped('Till 1'), skipped('Till 2')] });
    const runs = [...screen.getByTestId('hook-runs').querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(runs).toHaveLength(2);
    expect(runs.every((run) => run.includes('skipped: device.up came while it waited'))).toBe(true);
    expect(runs.map((run) => run.includes('Till 2'))).toEqual([true, false]);
  });
});

describe('battery', () => {
  test('checking less often on battery is off by default, and Save sends it turned on', async () => {
    const user = await open();
    expect(field('battery-toggle').checked).toBe(false);
    await user.click(field('battery-toggle'));
    await user.click(screen.getByTestId('save-settings'));
    await settle();
    expect(calls('save_settings').map((saved) => saved.input.power)).toStrictEqual([{ slowerOnBattery: true }]);
  });
});

describe('language', () => {
  afterEach(async () => {
    await language.use('en');
  });

  const picker = () => screen.getByTestId<HTMLSelectElement>('language-picker');

  test('offers the system language and each language by its own name, never the pseudo-locale', async () => {
    await open({ system_locale: () => 'pt-BR' });
    await settle();
    const options = [...picker().options].map((o) => [o.value, o.textContent?.trim()]);
    expect(options).toEqual([
      ['', 'System (Português (Brasil))'],
      ['en', 'English'],
      ['pt-BR', 'Português (Brasil)'],
      ['es', 'Español'],
      ['id', 'Bahasa Indonesia'],
      ['de', 'Deutsch'],
      ['fr', 'Français'],
      ['hi', 'हिन्दी'],
      ['ar', 'العربية'],
    ]);
    expect(picker().value).toBe('');
  });

  test('a language chosen is saved alone and speaks at once, right to left for Arabic', async () => {
    const user = await open({ system_locale: () => 'en' });
    // Typed but not saved: choosing a language does not save it.
    await user.clear(field('reminder-minutes'));
    await user.type(field('reminder-minutes'), '45');
    await user.selectOptions(picker(), 'ar');
    await settle();

    expectCalls('save_settings', { input: { ...settingsView().settings, language: 'ar' } });
    expect(language.locale).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('الإعدادات');
    expect(screen.getByTestId('save-settings').textContent?.trim()).toBe('حفظ');
    expect(field('reminder-minutes').value).toBe('45');
    expect(picker().value).toBe('ar');
  });

  test('System follows the language of this computer again', async () => {
    const user = await open({
      get_settings: () => settingsView({ settings: { ...settingsView().settings, language: 'de' } }),
      system_locale: () => 'fr',
    });
    expect(picker().value).toBe('de');
    await user.selectOptions(picker(), '');
    await settle();
    expect(calls('save_settings').at(-1)?.input.language).toBeNull();
    expect(language.locale).toBe('fr');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Réglages');
  });

  test('a language the agent cannot save is said so, and the page keeps its language', async () => {
    const user = await open({
      system_locale: () => 'en',
      save_settings: refuse('SETTINGS_NOT_SAVED', 'the settings folder is read-only'),
    });
    await user.selectOptions(picker(), 'de');
    await settle();
    expect(shownError(screen.getByTestId('language-error'))).toMatchObject({
      sentence: 'The settings could not be saved.',
      detail: 'the settings folder is read-only',
    });
    expect(language.locale).toBe('en');
  });
});

describe('check for updates', () => {
  test('up to date says so', async () => {
    const user = await open({ check_for_update: () => null });
    await user.click(screen.getByTestId('check-for-update'));
    await settle();
    expectCalls('check_for_update', {});
    expect(text(screen.getByTestId('up-to-date'))).toBe('WAPing Desk is up to date.');
  });

  test('an offer is named (the banner offers the restart), and a failed check says why', async () => {
    const offer = { version: '0.2.0', notes: null, progress: { state: 'available' as const } };
    const user = await open({ check_for_update: () => offer });
    await user.click(screen.getByTestId('check-for-update'));
    await settle();
    expect(screen.queryByTestId('up-to-date')).toBeNull();
    expect(text(screen.getByTestId('update-found'))).toBe('WAPing Desk 0.2.0 is available.');

    answer({ check_for_update: refuse('UPDATE_UNAVAILABLE', 'error sending request') });
    await user.click(screen.getByTestId('check-for-update'));
    await settle();
    expect(shownError(document.querySelector('.error-note.refusal')!)).toMatchObject({
      sentence: expect.stringContaining('The update could not be downloaded.'),
      detail: 'error sending request',
    });
  });
});
