import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { clockTime } from '../format';
import { MINUTE, failing, iso, overview } from '../test/fixtures';
import { answer, elapse, expectCalls, refuse, settle, text } from '../test/harness';
import type { UpdateProgress } from '../bindings/UpdateProgress';
import StatusBanner from './StatusBanner.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
vi.mock('@tauri-apps/api/event', () => ({ listen: vi.fn() }));
await vi.hoisted(async () => {
  const { START } = await import('../test/fixtures');
  vi.useFakeTimers({ now: Date.parse(START) });
});

const user = () => userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
/** How the banner writes the end of a snooze, in this machine's locale. */
const snoozeEnd = (at: string) =>
  new Date(at).toLocaleString([], { weekday: 'short', hour: '2-digit', minute: '2-digit' });

beforeEach(() => answer({ resume_alerts: () => null }));

describe('demo', () => {
  test('the demo banner shows in demo mode and opens Settings', async () => {
    const onsettings = vi.fn<() => void>();
    render(StatusBanner, { overview: overview({ mode: 'demo' }), onsettings });
    expect(screen.getByTestId('demo-banner').textContent).toContain('Demo workspace');
    await user().click(screen.getByRole('button', { name: 'Open Settings' }));
    expect(onsettings).toHaveBeenCalledOnce();
  });

  test('no demo banner in live mode', () => {
    render(StatusBanner, { overview: overview({ mode: 'live' }), onsettings: () => {} });
    expect(screen.queryByTestId('demo-banner')).toBeNull();
  });
});

describe('health', () => {
  test('a refused key is named as such, with its time and a way to Settings', async () => {
    const since = iso(Date.now() - 5 * MINUTE);
    const onsettings = vi.fn<() => void>();
    const health = failing(true, 'UNAUTHORIZED', 'WAPing refused the API key', since);
    render(StatusBanner, { overview: overview({}, { health }), onsettings });
    const banner = screen.getByTestId('health-banner');
    expect(banner.classList.contains('error')).toBe(true);
    expect(text(banner.querySelector('strong')!)).toBe('WAPing did not accept the API key. Check it in Settings.');
    expect(banner.textContent).toContain(`device states may be out of date since ${clockTime(since)}`);
    // The agent's words, for support, only behind Details.
    expect(text(banner.querySelector('details [translate="no"]')!)).toBe('WAPing refused the API key');
    expect(banner.querySelector('details')!.open).toBe(false);
    expect(banner.textContent).not.toContain('Cannot reach WAPing');
    await user().click(screen.getByRole('button', { name: 'Check Settings' }));
    expect(onsettings).toHaveBeenCalledOnce();
  });

  test('a network failure says WAPing cannot be reached, with the cause and no Settings button', () => {
    const since = iso(Date.now() - 2 * MINUTE);
    const health = failing(false, 'UNREACHABLE', 'connection refused (api.waping.app:443)', since);
    render(StatusBanner, { overview: overview({}, { health }), onsettings: () => {} });
    const banner = screen.getByTestId('health-banner');
    expect(banner.classList.contains('warn')).toBe(true);
    expect(banner.textContent).toContain(`Cannot reach WAPing since ${clockTime(since)}`);
    expect(banner.querySelector('.cause')?.textContent).toBe('WAPing cannot be reached.');
    expect(text(banner.querySelector('details [translate="no"]')!)).toBe('connection refused (api.waping.app:443)');
    expect(screen.queryByRole('button', { name: 'Check Settings' })).toBeNull();
  });

  test('an offline computer is named as the cause, not WAPing', () => {
    const since = iso(Date.now() - 3 * MINUTE);
    const health = failing(false, 'COMPUTER_OFFLINE', 'This computer is offline', since);
    render(StatusBanner, { overview: overview({}, { health }), onsettings: () => {} });
    const banner = screen.getByTestId('health-banner');
    expect(banner.textContent).toContain(`This computer has been offline since ${clockTime(since)}`);
    expect(banner.textContent).not.toContain('Cannot reach WAPing');
  });

  test('while starting it says it is connecting, with no failure banner', () => {
    render(StatusBanner, { overview: overview({}, { health: { status: 'starting' } }), onsettings: () => {} });
    expect(screen.getByText('Connecting to WAPing…')).toBeTruthy();
    expect(screen.queryByTestId('health-banner')).toBeNull();
  });

  test('a healthy gateway shows no health banner', () => {
    render(StatusBanner, { overview: overview(), onsettings: () => {} });
    expect(screen.queryByTestId('health-banner')).toBeNull();
    expect(screen.queryByText('Connecting to WAPing…')).toBeNull();
  });
});

describe('battery', () => {
  test('slower polling on battery is said', () => {
    render(StatusBanner, { overview: overview({}, { batterySaving: true }), onsettings: () => {} });
    expect(screen.getByTestId('battery-note').textContent).toBe('Checking less often on battery.');
  });

  test('nothing is said on the mains', () => {
    render(StatusBanner, { overview: overview(), onsettings: () => {} });
    expect(screen.queryByTestId('battery-note')).toBeNull();
  });
});

describe('read problem', () => {
  const readProblem = 'Device 3 of 5 could not be read: no status field';

  test('what could not be read is shown, with a way to Diagnose', async () => {
    const onsettings = vi.fn<() => void>();
    render(StatusBanner, { overview: overview({ readProblem }), onsettings });
    const banner = screen.getByTestId('read-banner');
    expect(banner.querySelector('strong')?.textContent).toBe(readProblem);
    expect(banner.textContent).not.toContain('Devices not read keep their last known state.');
    await user().click(screen.getByRole('button', { name: 'Diagnose' }));
    expect(onsettings).toHaveBeenCalledOnce();
  });

  test('a list that broke off says the devices not read keep their last state', () => {
    const partial = { read: 2, reason: 'page 2 timed out' };
    render(StatusBanner, { overview: overview({ readProblem }, { partial }), onsettings: () => {} });
    expect(screen.getByTestId('read-banner').textContent).toContain('Devices not read keep their last known state.');
  });

  test('no read banner while WAPing itself is failing', () => {
    const health = failing(false, 'TIMEOUT', 'timed out', iso(Date.now()));
    render(StatusBanner, { overview: overview({ readProblem }, { health }), onsettings: () => {} });
    expect(screen.getByTestId('health-banner')).toBeTruthy();
    expect(screen.queryByTestId('read-banner')).toBeNull();
  });
});

describe('snooze', () => {
  test('the snoozed-until line shows the overview\'s snooze and goes with the overview that ends it', async () => {
    const until = iso(Date.now() + 30 * MINUTE);
    const onsettings = () => {};
    const { rerender } = render(StatusBanner, { overview: overview({ snoozedUntil: until }), onsettings });
    expect(screen.getByTestId('snoozed-banner').textContent).toContain(
      `All alerts are snoozed until ${snoozeEnd(until)}.`,
    );
    await rerender({ overview: overview({ snoozedUntil: null }), onsettings });
    expect(screen.queryByTestId('snoozed-banner')).toBeNull();
  });

  test('Resume resumes the alerts of all devices', async () => {
    render(StatusBanner, {
      overview: overview({ snoozedUntil: iso(Date.now() + 60 * MINUTE) }),
      onsettings: () => {},
    });
    await user().click(screen.getByTestId('resume-all'));
    await settle();
    expectCalls('resume_alerts', { deviceId: null });
  });

  test('an error from Resume is shown in the snooze line', async () => {
    answer({ resume_alerts: refuse('AGENT_UNAVAILABLE', 'The monitoring agent is not running.') });
    render(StatusBanner, {
      overview: overview({ snoozedUntil: iso(Date.now() + 60 * MINUTE) }),
      onsettings: () => {},
    });
    await user().click(screen.getByTestId('resume-all'));
    await settle();
    expect(screen.getByTestId('snoozed-banner').textContent).toContain('The monitoring agent is not running.');
  });
});

test('webhook and history problems each get their banner', () => {
  render(StatusBanner, {
    overview: overview(
      { webhookProblem: 'Port 8787 is taken' },
      { historyProblem: { code: 'HISTORY_NOT_SAVED', message: 'history is not being saved: disk full' } },
    ),
    onsettings: () => {},
  });
  expect(screen.getByTestId('webhook-banner').textContent).toBe('Port 8787 is taken');
  // The problem in the reader's words; the agent's own behind Details.
  const history = screen.getByTestId('history-banner');
  expect(history.querySelector('.sentence')?.textContent).toMatch(/^History is not being saved/);
  expect(history.querySelector('details .detail')?.textContent).toBe('history is not being saved: disk full');
});

describe('update', () => {
  const offer = (progress: UpdateProgress) => ({
    version: '0.2.0',
    notes: 'Faster history\nFixes',
    progress,
  });

  test('a newer version is offered with its notes and restarts to it when asked', async () => {
    answer({ install_update: () => null });
    render(StatusBanner, { overview: overview({ update: offer({ state: 'available' }) }), onsettings: () => {} });
    const banner = screen.getByTestId('update-banner');
    expect(text(banner.querySelector('strong')!)).toBe('WAPing Desk 0.2.0 is available.');
    expect(banner.querySelector('.notes-text')!.textContent).toBe('Faster history\nFixes');
    await user().click(screen.getByRole('button', { name: 'Restart to update' }));
    await settle();
    expectCalls('install_update', {});
  });

  test('while it installs there is nothing to press', () => {
    render(StatusBanner, { overview: overview({ update: offer({ state: 'installing' }) }), onsettings: () => {} });
    const banner = screen.getByTestId('update-banner');
    expect(banner.textContent).toContain('Installing WAPing Desk 0.2.0');
    expect(screen.queryByTestId('restart-to-update')).toBeNull();
  });

  test('a failed install says why and can be tried again', () => {
    const error = { code: 'UPDATE_NEEDS_PACKAGE_MANAGER' as const, message: 'Failed to install package' };
    render(StatusBanner, { overview: overview({ update: offer({ state: 'failed', error }) }), onsettings: () => {} });
    const note = screen.getByTestId('update-error');
    expect(note.dataset.code).toBe('UPDATE_NEEDS_PACKAGE_MANAGER');
    expect(note.textContent).toContain('sudo apt install ./');
    expect(screen.getByTestId('restart-to-update')).toBeTruthy();
  });

  test('a restart refused at once (a pairing on screen) says so', async () => {
    answer({ install_update: refuse('UPDATE_WHILE_PAIRING', 'a pairing is on screen') });
    render(StatusBanner, { overview: overview({ update: offer({ state: 'available' }) }), onsettings: () => {} });
    await user().click(screen.getByRole('button', { name: 'Restart to update' }));
    await settle();
    expect(screen.getByTestId('update-error').dataset.code).toBe('UPDATE_WHILE_PAIRING');
  });

  test('no banner without an offer', () => {
    render(StatusBanner, { overview: overview(), onsettings: () => {} });
    expect(screen.queryByTestId('update-banner')).toBeNull();
  });
});
