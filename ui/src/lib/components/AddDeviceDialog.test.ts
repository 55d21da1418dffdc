import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import type { Device } from '../bindings/Device';
import { appError, device } from '../test/fixtures';
import { answer, expectCalls, pending, refuse, settle, shownError, type Replies } from '../test/harness';
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

test('a name of spaces only put in without typing is not sent, even when the form is submitted', async () => {
  open();
  await fireEvent.input(nameField(), { target: { value: ' \t  ' } });
  await fireEvent.submit(nameField().form!);
  await settle();
  expectCalls('add_device');
  expect(dialog().open).toBe(true);
});

test("a name the agent finds too long is refused in the page's words, the agent's behind Details, and the dialog stays open", async () => {
  // The limit is the agent's alone: the window neither cuts nor counts.
  const message = 'the device name must be 1 to 64 characters';
  const { user, onadded } = open(refuse('INVALID_INPUT', message));
  await user.click(nameField());
  await user.paste('x'.repeat(70));
  expect(nameField().value).toBe('x'.repeat(70));
  await user.click(addButton());
  await settle();
  expectCalls('add_device', { name: 'x'.repeat(70) });
  expect(shownError(screen.getByTestId('add-device-error'))).toEqual({
    sentence: 'This entry was not accepted. Check it and try again.',
    detail: message,
    detailHidden: true,
  });
  expect(onadded).not.toHaveBeenCalled();
  expect(dialog().open).toBe(true);
});

test('a refusal is taken away once the name is changed, and a retry that succeeds shows none', async () => {
  let asked = 0;
  const { user, onadded } = open(({ name }) => {
    asked += 1;
    return asked === 1
      ? Promise.reject(appError('INVALID_INPUT', 'the device name must be 1 to 64 characters'))
      : device({ id: 'dev_9', name, state: 'Unlinked' });
  });
  await user.type(nameField(), 'Front desk');
  await user.click(addButton());
  await settle();
  expect(screen.getByTestId('add-device-error')).toBeTruthy();
  await user.type(nameField(), '!');
  expect(screen.queryByTestId('add-device-error')).toBeNull();
  await user.click(addButton());
  await settle();
  expectCalls('add_device', { name: 'Front desk' }, { name: 'Front desk!' });
  expect(screen.queryByTestId('add-device-error')).toBeNull();
  expect(onadded).toHaveBeenCalledOnce();
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
  expect(shownError(screen.getByTestId('add-device-error'))).toEqual({
    sentence: 'Your WAPing plan has no room for another device.',
    detail: message,
    detailHidden: true,
  });
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
