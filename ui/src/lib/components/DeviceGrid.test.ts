import { render, screen } from '@testing-library/svelte';
import { expect, test, vi } from 'vitest';
import { device, deviceView } from '../test/fixtures';
import DeviceGrid from './DeviceGrid.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
vi.mock('@tauri-apps/api/event', () => ({ listen: vi.fn() }));

test('cards come in the order the agent sends, each with its own words', () => {
  // Not worst first: the page must not reorder what the agent ordered.
  const devices = [
    deviceView(device({ id: 'dev_1', name: 'Alpha' }), { stateLabel: 'Fine (agent words)' }),
    deviceView(device({ id: 'dev_2', name: 'Zulu', state: 'Disconnected' }), { stateLabel: 'Down (agent words)' }),
  ];
  render(DeviceGrid, { devices, loading: false, focused: null, onpair: () => {} });
  const cards = screen.getAllByTestId('device-card');
  expect(cards.map((c) => c.dataset.deviceId)).toEqual(['dev_1', 'dev_2']);
  expect(screen.getAllByTestId('state-badge').map((b) => b.textContent)).toEqual([
    'Fine (agent words)',
    'Down (agent words)',
  ]);
});
