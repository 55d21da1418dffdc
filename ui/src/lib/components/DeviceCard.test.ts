import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'svelte';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Device } from '../bindings/Device';
import type { SessionState } from '../bindings/SessionState';
import type { DeviceWords } from '../bindings/DeviceWords';
import { MINUTE, device, iso, words } from '../test/fixtures';
import { answer, elapse, expectCalls, refuse, settle, shownError } from '../test/harness';
import DeviceCard from './DeviceCard.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
vi.mock('@tauri-apps/api/event', () => ({ listen: vi.fn() }));
await vi.hoisted(async () => {
  const { START } = await import('../test/fixtures');
  vi.useFakeTimers({ now: Date.parse(START) });
});

const user = () => userEvent.setup({ advanceTimers: vi.advanceTimersByTime });

function card(
  fields: Partial<Device>,
  props: Partial<ComponentProps<typeof DeviceCard>> = {},
  said: Partial<DeviceWords> = {},
) {
  const onpair = vi.fn<(device: Device) => void>();
  const onhistory = vi.fn<(device: Device) => void>();
  const shown = device(fields);
  const all = { device: shown, words: words(said), focused: false, strip: null, onpair, onhistory, ...props };
  const { rerender } = render(DeviceCard, all);
  const update = (changed: Partial<ComponentProps<typeof DeviceCard>>) => rerender({ ...all, ...changed });
  return { device: shown, onpair, onhistory, update };
}

const button = (name: string) => screen.getByRole('button', { name });
const noButton = (name: string) => screen.queryByRole('button', { name });

beforeEach(() =>
  answer({
    logout_device: () => null,
    remove_device: () => null,
    snooze_alerts: () => iso(Date.now() + 60 * MINUTE),
    resume_alerts: () => null,
  }),
);

describe('state', () => {
  test("the badge, the reason and the card's name say the agent's words as they are", () => {
    card(
      { state: 'Disconnected', rawStatus: 'disconnected', reason: 'logged_out' },
      {},
      { stateLabel: 'Cut off (agent words)', reasonText: 'A reason only the agent could write' },
    );
    expect(screen.getByTestId('state-badge').textContent).toBe('Cut off (agent words)');
    expect(screen.getByTestId('state-badge').classList.contains('disconnected')).toBe(true);
    expect(screen.getByTestId('device-reason').textContent).toBe('A reason only the agent could write');
    expect(screen.getByTestId('device-card').getAttribute('aria-label')).toBe('Shop phone: Cut off (agent words)');
  });

  test('no reason line without words for one, even when the device has a reason code', () => {
    card({ state: 'Unknown', rawStatus: 'PAIRING_PENDING', reason: 'history_sync' }, {}, { reasonText: null });
    expect(screen.queryByTestId('device-reason')).toBeNull();
  });

  test('time in the state and last seen are the agent\'s words, which the card does not move on', () => {
    card(
      { stateSince: iso(Date.now() - 14 * MINUTE), lastSeen: iso(Date.now() - 3 * MINUTE) },
      {},
      { stateFor: '14 min (agent)', lastSeen: '3 min ago (agent)' },
    );
    expect(screen.getByTestId('state-for').textContent).toBe('14 min (agent)');
    expect(screen.getByTestId('last-seen').textContent).toBe('3 min ago (agent)');
    elapse(15 * MINUTE);
    expect(screen.getByTestId('state-for').textContent).toBe('14 min (agent)');
    expect(screen.getByTestId('last-seen').textContent).toBe('3 min ago (agent)');
  });

  test('no time in the state without words for it', () => {
    card({ stateSince: iso(Date.now() - 14 * MINUTE) }, {}, { stateFor: null });
    expect(screen.queryByTestId('state-for')).toBeNull();
  });

  test('a phone never linked says so', () => {
    card({ state: 'Unlinked', rawStatus: 'unlinked', phone: null, lastSeen: null });
    expect(screen.getByText('Not linked')).toBeTruthy();
  });

  test("a device WAPing's last answer could not be read carries a note saying why", () => {
    card({}, { unreadProblem: 'no status field' });
    expect(screen.getByTestId('device-unread').textContent).toContain(
      "Could not be read in WAPing's last answer (no status field); its last known state is shown.",
    );
  });

  test('a device that was read carries no such note', () => {
    card({});
    expect(screen.queryByTestId('device-unread')).toBeNull();
  });

  test('the 24 h strip shows its uptime', () => {
    const to = Date.now();
    const from = to - 24 * 60 * MINUTE;
    const strip = { deviceId: 'dev_1', from, to, uptime: 0.987, segments: [] };
    card({}, { strip });
    expect(screen.getByTestId('uptime-24h').textContent).toBe('98.7%');
  });
});

describe('re-scan', () => {
  test('a Disconnected device offers Re-scan QR code, which opens pairing for it', async () => {
    const { device: shown, onpair } = card({ state: 'Disconnected', rawStatus: 'disconnected' });
    expect(screen.getByTestId('rescan').textContent?.trim()).toBe('Re-scan QR code');
    await user().click(screen.getByTestId('rescan'));
    expect(onpair).toHaveBeenCalledExactlyOnceWith(shown);
  });

  test('an Unlinked device offers Show QR code', () => {
    card({ state: 'Unlinked', rawStatus: 'unlinked' });
    expect(screen.getByTestId('rescan').textContent?.trim()).toBe('Show QR code');
  });

  test.each<SessionState>(['Connected', 'Degraded', 'Unknown'])('a %s device offers no Re-scan', (state) => {
    card({ state, rawStatus: state.toLowerCase() });
    expect(screen.queryByTestId('rescan')).toBeNull();
  });
});

describe('log out and remove', () => {
  test('Log out asks for a second click before calling logout_device', async () => {
    const u = user();
    card({ state: 'Connected' });
    await u.click(button('Log out'));
    await settle();
    expectCalls('logout_device');
    await u.click(button('Confirm log out'));
    await settle();
    expectCalls('logout_device', { deviceId: 'dev_1' });
    expect(button('Log out')).toBeTruthy();
  });

  test('Remove asks for a second click before calling remove_device', async () => {
    const u = user();
    card({ state: 'Disconnected', rawStatus: 'disconnected' });
    await u.click(button('Remove'));
    await settle();
    expectCalls('remove_device');
    expect(screen.getByTestId('remove').classList.contains('danger')).toBe(true);
    await u.click(button('Confirm remove'));
    await settle();
    expectCalls('remove_device', { deviceId: 'dev_1' });
  });

  test('Keep drops the question without a call', async () => {
    const u = user();
    card({ state: 'Connected' });
    await u.click(button('Remove'));
    await u.click(button('Keep'));
    await settle();
    expect(button('Remove')).toBeTruthy();
    expect(noButton('Keep')).toBeNull();
    // Asked again from the start: one more click is not yet a remove.
    await u.click(button('Remove'));
    await settle();
    expectCalls('remove_device');
    expect(button('Confirm remove')).toBeTruthy();
  });

  test('the first click on the other action asks about that one, with no call', async () => {
    const u = user();
    card({ state: 'Degraded', rawStatus: 'degraded' });
    await u.click(button('Log out'));
    await u.click(button('Remove'));
    await settle();
    expectCalls('logout_device');
    expectCalls('remove_device');
    expect(noButton('Confirm log out')).toBeNull();
    expect(button('Confirm remove')).toBeTruthy();
  });

  test('a device that is not linked offers no Log out', () => {
    card({ state: 'Unlinked', rawStatus: 'unlinked' });
    expect(noButton('Log out')).toBeNull();
  });

  test('an error from Remove is shown on the card', async () => {
    answer({ remove_device: refuse('NOT_FOUND', 'WAPing no longer knows this device.') });
    const u = user();
    card({ state: 'Connected' });
    await u.click(button('Remove'));
    await u.click(button('Confirm remove'));
    await settle();
    expect(shownError(screen.getByRole('alert'))).toMatchObject({
      sentence: 'WAPing does not know this device or address.',
      detail: 'WAPing no longer knows this device.',
    });
  });
});

describe('snooze', () => {
  test("a troubled device's alerts are snoozed from its card", async () => {
    card({ state: 'Disconnected', rawStatus: 'disconnected' });
    const select = screen.getByTestId<HTMLSelectElement>('snooze-device');
    await user().selectOptions(select, 'oneHour');
    await settle();
    expectCalls('snooze_alerts', { deviceId: 'dev_1', duration: 'oneHour' });
    expect(select.value).toBe('');
  });

  test('a device that is fine offers no snooze', () => {
    card({ state: 'Connected' });
    expect(screen.queryByTestId('snooze-device')).toBeNull();
  });

  test('a card shows the snooze the overview carries, and no more once an overview ends it', async () => {
    const { update } = card(
      { state: 'Disconnected', rawStatus: 'disconnected' },
      { snoozedUntil: iso(Date.now() + 60 * MINUTE) },
    );
    expect(screen.getByTestId('device-snoozed').textContent).toContain('Alerts snoozed until');
    expect(screen.queryByTestId('snooze-device')).toBeNull();
    // The agent's overview at the snooze's end no longer carries it.
    await update({ snoozedUntil: null });
    expect(screen.queryByTestId('device-snoozed')).toBeNull();
    expect(screen.getByTestId('snooze-device')).toBeTruthy();
  });

  test("Resume on a snoozed card resumes this device's alerts only", async () => {
    card({ state: 'Disconnected', rawStatus: 'disconnected' }, { snoozedUntil: iso(Date.now() + 60 * MINUTE) });
    await user().click(screen.getByTestId('resume-device'));
    await settle();
    expectCalls('resume_alerts', { deviceId: 'dev_1' });
  });

  test('an error from snoozing is shown on the card', async () => {
    answer({ snooze_alerts: refuse('AGENT_GONE', 'The monitoring agent stopped.') });
    card({ state: 'Disconnected', rawStatus: 'disconnected' });
    await user().selectOptions(screen.getByTestId('snooze-device'), 'untilTomorrow');
    await settle();
    expect(shownError(screen.getByRole('alert'))).toMatchObject({
      sentence: "WAPing Desk's background service stopped. Restart the app.",
      detail: 'The monitoring agent stopped.',
    });
  });
});
