import { expect, test } from 'vitest';
import { ago, byUrgency, duration, reasonText, stateLabel } from './format';

test('durations read naturally', () => {
  expect(duration(5_000)).toBe('5 s');
  expect(duration(14 * 60_000)).toBe('14 min');
  expect(duration(2 * 3600_000)).toBe('2 h');
  expect(duration(2 * 3600_000 + 5 * 60_000)).toBe('2 h 5 min');
  expect(duration(3 * 86400_000 + 4 * 3600_000)).toBe('3 d 4 h');
  expect(duration(-1)).toBe('0 s');
});

test('reasons are put in words', () => {
  expect(reasonText('logged_out')).toBe('Logged out on the phone');
  expect(reasonText('history_sync')).toBe('History sync');
  expect(reasonText(null)).toBe(null);
});

test('last seen', () => {
  const now = Date.parse('2026-11-25T10:00:00Z');
  expect(ago(null, now)).toBe('never');
  expect(ago('2026-11-25T09:57:00Z', now)).toBe('3 min ago');
  expect(ago('2026-11-25T09:59:58Z', now)).toBe('just now');
});

test('worst states sort first', () => {
  const d = (name: string, state: 'Connected' | 'Disconnected' | 'Degraded') =>
    ({ name, state }) as Parameters<typeof byUrgency>[0];
  const sorted = [d('b', 'Connected'), d('a', 'Connected'), d('z', 'Disconnected'), d('y', 'Degraded')].sort(byUrgency);
  expect(sorted.map((x) => x.name)).toEqual(['z', 'y', 'a', 'b']);
  expect(stateLabel({ state: 'Unknown', rawStatus: 'syncing' })).toBe('Unknown (syncing)');
});
