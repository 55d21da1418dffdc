import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import type { Device } from '../bindings/Device';
import { device } from '../test/fixtures';
import { answer, expectCalls, pending, refuse, settle, type Replies } from '../test/harness';
import AddDeviceDialog from './AddDeviceDialog.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
vi.mock('@tauri-apps/api/event', () => ({ listen: vi.fn() }));

function open(addDevice: Replies['add_device'] = ({ name }) => device({ id: 'dev_9', name, state: 'Unlinked' })) {
  answer({ add_device: addDevice });
  const onadded = vi.fn<(device: Device) => void>();
  const onclose = vi.fn<() => void>();
  render(AddDeviceDialog, { onadded, onclose });
  return { onadded, onclose, user: userEvent.setup() };
}

const nameField = () => screen.getByTestId<HTMLInputElement>('device-name-input');
const addButton = () => screen.getByTestId<HTMLButtonElement>('create-device');
const dialog = () => screen.getByTestId<HTMLDialogElement>('add-device');

test('an empty name is refused without a call', async () => {
  const { user, onadded } = open();
  expect(addButton().disabled).toBe(true);
  await user.click(addButton());
  await user.type(nameField(), '{Enter}');
  await settle();
  expectCalls('add_device');
  expect(onadded).not.toHaveBeenCalled();
  expect(dialog().open).toBe(true);
});

test('a name of spaces only is refused without a call', async () => {
  const { user } = open();
  await user.type(nameField(), '   ');
  expect(addButton().disabled).toBe(true);
  await user.click(addButton());
  await user.type(nameField(), '{Enter}');
  await settle();
  expectCalls('add_device');
});

test('a name past 64 characters stops at 64 as it is typed, so no longer name is sent', async () => {
  const { user } = open();
  await user.type(nameField(), 'x'.repeat(70));
  expect(nameField().value).toBe('x'.repeat(64));
  await user.click(addButton());
  await settle();
  expectCalls('add_device', { name: 'x'.repeat(64) });
});

test('adds the trimmed name, closes, and hands the new device on', async () => {
  const { user, onadded, onclose } = open();
  await user.type(nameField(), '  Front desk  ');
  await user.click(addButton());
  await settle();
  expectCalls('add_device', { name: 'Front desk' });
  expect(onadded).toHaveBeenCalledExactlyOnceWith(device({ id: 'dev_9', name: 'Front desk', state: 'Unlinked' }));
  expect(onclose).not.toHaveBeenCalled();
  expect(dialog().open).toBe(false);
});

test('Enter in the name field adds it too', async () => {
  const { user } = open();
  await user.type(nameField(), 'Front desk{Enter}');
  await settle();
  expectCalls('add_device', { name: 'Front desk' });
});

test('while adding, the button says so and cannot be pressed again', async () => {
  const { user } = open(pending());
  await user.type(nameField(), 'Front desk');
  await user.click(addButton());
  await settle();
  expect(addButton().disabled).toBe(true);
  expect(addButton().textContent?.trim()).toBe('Adding…');
  await user.click(addButton());
  await settle();
  expectCalls('add_device', { name: 'Front desk' });
});

test('a PLAN_LIMIT error is shown and the dialog stays open to try again', async () => {
  const message = 'Starter allows 3 linked devices; remove one or upgrade';
  const { user, onadded } = open(refuse('PLAN_LIMIT', message));
  await user.type(nameField(), 'Fourth phone');
  await user.click(addButton());
  await settle();
  expect(screen.getByTestId('add-device-error').textContent).toBe(message);
  expect(onadded).not.toHaveBeenCalled();
  expect(dialog().open).toBe(true);
  expect(addButton().disabled).toBe(false);
  expect(nameField().value).toBe('Fourth phone');
});

test('Cancel closes without a call', async () => {
  const { user, onclose } = open();
  await user.type(nameField(), 'Front desk');
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  await settle();
  expectCalls('add_device');
  expect(onclose).toHaveBeenCalledOnce();
  expect(dialog().open).toBe(false);
});
