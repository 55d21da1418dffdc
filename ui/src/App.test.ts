// The cards' strips follow the agent's `history` events: read once at start,
// then only what a change names; an overview reads nothing.
import { render, screen } from '@testing-library/svelte';
import { expect, test, vi } from 'vitest';
import type { Strip } from './lib/bindings/Strip';
import { START, device, overview, strip, transitionWritten } from './lib/test/fixtures';
import { answer, calls, elapse, emit, settle } from './lib/test/harness';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
vi.mock('@tauri-apps/api/event', () => ({ listen: vi.fn() }));
await vi.hoisted(async () => {
  const { START } = await import('./lib/test/fixtures');
  vi.useFakeTimers({ now: Date.parse(START) });
});

const kinds = (card: HTMLElement): string[] =>
  [...card.querySelectorAll('[data-testid=status-strip] rect[data-kind]')].map(
    (r) => (r as SVGRectElement).dataset.kind ?? '',
  );

const cardOf = (name: string): HTMLElement => screen.getByRole('article', { name: new RegExp(`^${name}:`) });

test('strips are read at start and then only for the devices history events name', async () => {
  const shop = device({ id: 'dev_1', name: 'Shop phone' });
  const till = device({ id: 'dev_2', name: 'Till phone' });
  let drawn: Record<string, Strip> = { dev_1: strip('dev_1', ['Connected']), dev_2: strip('dev_2', ['Connected']) };
  answer({
    get_overview: () => overview({}, { devices: [shop, till] }),
    take_focus_request: () => null,
    device_strips: ({ deviceIds }) => Object.values(drawn).filter((s) => deviceIds?.includes(s.deviceId) ?? true),
  });
  // Imported once answers are set: the overview feed asks as it is imported.
  const { default: App } = await import('./App.svelte');
  render(App);
  await settle();
  expect(calls('device_strips')).toStrictEqual([{ hours: 24, width: 320, deviceIds: null }]);
  expect(kinds(cardOf('Shop phone'))).toStrictEqual(['Connected']);

  // Overviews come and go: no strip is read for them.
  emit('overview', overview({}, { devices: [{ ...shop, state: 'Disconnected' }, till] }));
  emit('overview', overview({}, { devices: [shop, till] }));
  await settle();
  expect(calls('device_strips')).toHaveLength(1);

  // The shop phone's drop is written: its strip alone is read, and drawn.
  drawn = { ...drawn, dev_1: strip('dev_1', ['Connected', 'Disconnected']) };
  emit('history', transitionWritten('dev_1', 'Disconnected'));
  await settle();
  expect(calls('device_strips').slice(1)).toStrictEqual([{ hours: 24, width: 320, deviceIds: ['dev_1'] }]);
  expect(kinds(cardOf('Shop phone'))).toStrictEqual(['Connected', 'Disconnected']);
  expect(kinds(cardOf('Till phone'))).toStrictEqual(['Connected']);

  // A change to every timeline (WAPing unreachable) reads them all.
  emit('history', { changes: [{ kind: 'reachability', at: START, ok: false }], missed: false });
  await settle();
  expect(calls('device_strips').slice(2)).toStrictEqual([{ hours: 24, width: 320, deviceIds: null }]);

  // Time moves the strips: a pixel column later (24 h on 320 px) they are read again.
  elapse(270_000 - 1);
  await settle();
  expect(calls('device_strips')).toHaveLength(3);
  elapse(1);
  await settle();
  expect(calls('device_strips').slice(3)).toStrictEqual([{ hours: 24, width: 320, deviceIds: null }]);
});
