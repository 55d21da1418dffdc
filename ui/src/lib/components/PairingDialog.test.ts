import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { PairingState } from '../bindings/PairingState';
import type { PairingView } from '../bindings/PairingView';
import { SECOND, START, appError, code, device, pairing } from '../test/fixtures';
import {
  answer,
  elapse,
  emit,
  expectCalls,
  listening,
  pending,
  refuse,
  settle,
  shownError,
  text,
  type Replies,
} from '../test/harness';
import PairingDialog from './PairingDialog.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
vi.mock('@tauri-apps/api/event', () => ({ listen: vi.fn() }));

const user = () => userEvent.setup({ advanceTimers: vi.advanceTimersByTime });

/** The dialog for dev_1, its first code asked for with `startPairing`. */
async function open(startPairing: Replies['start_pairing'], demo = false, more: Replies = {}) {
  answer({ start_pairing: startPairing, cancel_pairing: () => null, ...more });
  const onclose = vi.fn<() => void>();
  const result = render(PairingDialog, { deviceId: 'dev_1', deviceName: 'Shop phone', demo, onclose });
  await settle();
  return { ...result, onclose };
}

const countdown = () => screen.getByTestId('countdown').textContent?.trim();

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse(START) });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('starting', () => {
  test('asks for a code for its device and says it is getting one', async () => {
    await open(pending());
    expect(screen.getByTestId<HTMLDialogElement>('pairing').open).toBe(true);
    expect(screen.getByRole('heading').textContent).toBe('Link “Shop phone”');
    expect(screen.getByText('Getting a code…')).toBeTruthy();
    expect(screen.queryByTestId('qr')).toBeNull();
    expectCalls('start_pairing', { deviceId: 'dev_1' });
    expect(listening('pairing')).toBe(true);
  });

  test('a code that cannot be had is said why', async () => {
    await open(refuse('NOT_CONNECTED', 'The plan is not known yet; try again in a moment.'));
    expect(shownError(screen.getByRole('alert'))).toEqual({
      sentence: 'There is no WAPing connection yet. Add your API key in Settings.',
      detail: 'The plan is not known yet; try again in a moment.',
      detailHidden: true,
    });
  });

  test('a code that cannot be had is no longer said to be coming, and Try again asks again', async () => {
    let asked = 0;
    await open(() => {
      asked += 1;
      return asked === 1
        ? Promise.reject(appError('NOT_CONNECTED', 'The plan is not known yet; try again in a moment.'))
        : pairing(code(Date.now(), 60 * SECOND));
    });
    expect(screen.queryByText('Getting a code…')).toBeNull();
    expect(text(screen.getByTestId('pairing-failed'))).toBe(
      'There is no WAPing connection yet. Add your API key in Settings. Details The plan is not known yet; try again in a moment. Try again',
    );
    await user().click(screen.getByRole('button', { name: 'Try again' }));
    await settle();
    expectCalls('start_pairing', { deviceId: 'dev_1' }, { deviceId: 'dev_1' });
    expect(screen.getByTestId('qr')).toBeTruthy();
    expect(screen.queryByTestId('pairing-failed')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a reply to an earlier attempt shows neither its code nor its failure over a new attempt', async () => {
    const replies: ((view: PairingView) => void)[] = [];
    const refusals: ((error: unknown) => void)[] = [];
    await open(
      () =>
        new Promise<PairingView>((resolve, reject) => {
          replies.push(resolve);
          refusals.push(reject);
        }),
    );
    emit('pairing', pairing({ status: 'expired' }));
    await user().click(screen.getByTestId('new-code'));
    await settle();
    replies[0]!(pairing(code(Date.now(), 60 * SECOND, 1, '<svg data-code="old"></svg>')));
    await settle();
    expect(screen.queryByTestId('qr')).toBeNull();
    expect(screen.getByText('Getting a code…')).toBeTruthy();
    emit('pairing', pairing({ status: 'expired' }));
    await user().click(screen.getByTestId('new-code'));
    await settle();
    refusals[1]!(appError('NOT_CONNECTED', 'The agent stopped.'));
    await settle();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByTestId('pairing-failed')).toBeNull();
    expect(screen.getByText('Getting a code…')).toBeTruthy();
    replies[2]!(pairing(code(Date.now(), 60 * SECOND, 1, '<svg data-code="new"></svg>')));
    await settle();
    expect(screen.getByTestId('qr').querySelector('svg[data-code="new"]')).not.toBeNull();
  });
});

describe('code', () => {
  test('shows the code, its number and the seconds until it expires, counting down', async () => {
    await open(() => pairing(code(Date.now(), 60 * SECOND, 1, '<svg data-code="first"></svg>')));
    expect(screen.getByTestId('qr').querySelector('svg[data-code="first"]')).not.toBeNull();
    expect(countdown()).toBe('Code 1 of 3 · expires in 60 s');
    elapse(15 * SECOND);
    expect(countdown()).toBe('Code 1 of 3 · expires in 45 s');
    elapse(60 * SECOND);
    expect(countdown()).toBe('Code 1 of 3 · expires in 0 s');
  });

  test('a code can be copied and saved as an image', async () => {
    const { getByTestId, getByRole } = await open(() => pairing(code(Date.now(), 60 * SECOND)), false, {
      copy_qr_png: () => null,
      save_qr_png: () => '/home/me/Pictures/waping-qr.png',
    });
    const u = user();
    await u.click(getByTestId('copy-qr'));
    await settle();
    expectCalls('copy_qr_png', {});
    expect(text(getByTestId('qr-saved'))).toBe('Copied the code as an image.');
    await u.click(getByRole('button', { name: 'Save as PNG' }));
    await settle();
    expectCalls('save_qr_png', {});
    expect(text(getByTestId('qr-saved'))).toBe('Saved to: /home/me/Pictures/waping-qr.png');
  });

  test('a pairing event replaces the code in place', async () => {
    await open(() => pairing(code(Date.now(), 20 * SECOND, 1, '<svg data-code="first"></svg>')));
    const qr = screen.getByTestId('qr');
    emit('pairing', pairing(code(Date.now(), 60 * SECOND, 2, '<svg data-code="second"></svg>')));
    expect(screen.getByTestId('qr')).toBe(qr);
    expect(qr.querySelector('svg[data-code="second"]')).not.toBeNull();
    expect(qr.querySelector('svg[data-code="first"]')).toBeNull();
    expect(countdown()).toBe('Code 2 of 3 · expires in 60 s');
  });

  test("a pairing event about another device changes nothing", async () => {
    await open(() => pairing(code(Date.now(), 60 * SECOND, 1, '<svg data-code="first"></svg>')));
    emit('pairing', pairing(code(Date.now(), 60 * SECOND, 2, '<svg data-code="other"></svg>'), 'dev_2'));
    emit('pairing', pairing({ status: 'expired' }, 'dev_2'));
    expect(screen.getByTestId('qr').querySelector('svg[data-code="first"]')).not.toBeNull();
    expect(countdown()).toBe('Code 1 of 3 · expires in 60 s');
  });

  test('a first reply that comes after an event does not bring its older code back', async () => {
    let reply!: (view: PairingView) => void;
    await open(() => new Promise<PairingView>((resolve) => (reply = resolve)));
    emit('pairing', pairing(code(Date.now(), 60 * SECOND, 2, '<svg data-code="second"></svg>')));
    reply(pairing(code(Date.now(), 20 * SECOND, 1, '<svg data-code="first"></svg>')));
    await settle();
    expect(screen.getByTestId('qr').querySelector('svg[data-code="second"]')).not.toBeNull();
    expect(countdown()).toBe('Code 2 of 3 · expires in 60 s');
  });

  test('the demo offers a simulated scan, which is asked for this device', async () => {
    await open(() => pairing(code(Date.now(), 60 * SECOND)), true, { simulate_scan: () => null });
    await user().click(screen.getByTestId('simulate-scan'));
    await settle();
    expectCalls('simulate_scan', { deviceId: 'dev_1' });
  });

  test('a live workspace offers no simulated scan', async () => {
    await open(() => pairing(code(Date.now(), 60 * SECOND)), false);
    expect(screen.queryByTestId('simulate-scan')).toBeNull();
  });
});

describe('each state shows its own text only', () => {
  const steps = () => screen.queryByText(/point the phone at this code/);
  const others = (...own: string[]) =>
    ['qr', 'countdown', 'pairing-linked', 'pairing-expired', 'open-dashboard', 'pairing-failed']
      .filter((id) => !own.includes(id))
      .map((id) => screen.queryByTestId(id));

  test('the steps to scan are shown beside a code, and only there', async () => {
    await open(pending());
    expect(steps()).toBeNull();
    emit('pairing', pairing(code(Date.now(), 60 * SECOND)));
    expect(steps()).not.toBeNull();
    expect(others('qr', 'countdown')).toStrictEqual([null, null, null, null]);
    for (const state of [
      { status: 'expired' },
      { status: 'dashboard', url: 'https://app.waping.app/devices/dev_1/pair' },
      { status: 'failed', code: 'SCAN_FAILED', message: 'The phone could not link.' },
      { status: 'linked', device: device() },
    ] satisfies PairingState[]) {
      emit('pairing', pairing(state));
      expect(steps(), state.status).toBeNull();
      expect(screen.queryByText('Getting a code…'), state.status).toBeNull();
      expect(screen.queryByTestId('qr'), state.status).toBeNull();
    }
  });

  test("a note or an error about one code is gone once the next state shows", async () => {
    let copies = 0;
    await open(() => pairing(code(Date.now(), 60 * SECOND, 1)), false, {
      copy_qr_png: () => {
        copies += 1;
        return copies === 1 ? Promise.reject(appError('NO_CLIPBOARD', 'The clipboard is busy.')) : null;
      },
      save_qr_png: () => '/home/me/Pictures/waping-qr.png',
    });
    const u = user();
    await u.click(screen.getByTestId('copy-qr'));
    await settle();
    expect(shownError(screen.getByRole('alert'))).toMatchObject({
      sentence: 'Nothing could be copied: the clipboard is not available.',
      detail: 'The clipboard is busy.',
    });
    emit('pairing', pairing(code(Date.now(), 60 * SECOND, 2)));
    expect(screen.queryByRole('alert')).toBeNull();

    await u.click(screen.getByRole('button', { name: 'Save as PNG' }));
    await settle();
    expect(text(screen.getByTestId('qr-saved'))).toBe('Saved to: /home/me/Pictures/waping-qr.png');
    emit('pairing', pairing(code(Date.now(), 60 * SECOND, 3)));
    expect(screen.queryByTestId('qr-saved')).toBeNull();
    expect(others('qr', 'countdown')).toStrictEqual([null, null, null, null]);
  });

  test('an action that failed and then succeeds leaves no error', async () => {
    let copies = 0;
    await open(() => pairing(code(Date.now(), 60 * SECOND)), false, {
      copy_qr_png: () => {
        copies += 1;
        return copies === 1 ? Promise.reject(appError('NO_CLIPBOARD', 'The clipboard is busy.')) : null;
      },
    });
    const u = user();
    await u.click(screen.getByTestId('copy-qr'));
    await settle();
    expect(shownError(screen.getByRole('alert'))).toMatchObject({
      sentence: 'Nothing could be copied: the clipboard is not available.',
      detail: 'The clipboard is busy.',
    });
    await u.click(screen.getByTestId('copy-qr'));
    await settle();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(text(screen.getByTestId('qr-saved'))).toBe('Copied the code as an image.');
  });

  test('a note that comes after its code was replaced is not shown beside the new one', async () => {
    let saved!: (path: string) => void;
    await open(() => pairing(code(Date.now(), 60 * SECOND, 1)), false, {
      save_qr_png: () => new Promise<string>((resolve) => (saved = resolve)),
    });
    await user().click(screen.getByRole('button', { name: 'Save as PNG' }));
    await settle();
    emit('pairing', pairing(code(Date.now(), 60 * SECOND, 2)));
    saved('/home/me/Pictures/waping-qr.png');
    await settle();
    expect(screen.queryByTestId('qr-saved')).toBeNull();
  });
});

describe('linked', () => {
  test('shows the linked phone, offers Done, and closes by itself', async () => {
    const { onclose } = await open(() => pairing(code(Date.now(), 60 * SECOND)));
    emit('pairing', pairing({ status: 'linked', device: device({ phone: '+4915199999999' }) }));
    const linked = screen.getByTestId('pairing-linked');
    expect(linked.textContent).toContain('Linked');
    expect(linked.textContent).toContain('+4915199999999');
    expect(screen.queryByTestId('qr')).toBeNull();
    expect(screen.getByRole('button', { name: 'Done' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    elapse(2400);
    expect(onclose).not.toHaveBeenCalled();
    elapse(100);
    expect(onclose).toHaveBeenCalledOnce();
    expect(screen.getByTestId<HTMLDialogElement>('pairing').open).toBe(false);
  });
});

describe('expired', () => {
  test('says the code expired and Get a new code asks for one', async () => {
    let asked = 0;
    await open(() => {
      asked += 1;
      return asked === 1
        ? pairing(code(Date.now(), 60 * SECOND, 1, '<svg data-code="first"></svg>'))
        : pairing(code(Date.now(), 60 * SECOND, 1, '<svg data-code="new"></svg>'));
    });
    emit('pairing', pairing({ status: 'expired' }));
    expect(screen.getByTestId('pairing-expired').textContent).toContain('This code has expired.');
    expect(screen.queryByTestId('qr')).toBeNull();
    await user().click(screen.getByTestId('new-code'));
    await settle();
    expectCalls('start_pairing', { deviceId: 'dev_1' }, { deviceId: 'dev_1' });
    expect(screen.getByTestId('qr').querySelector('svg[data-code="new"]')).not.toBeNull();
    expect(screen.queryByTestId('pairing-expired')).toBeNull();
  });

  test('while the new code is coming, it says it is getting one', async () => {
    let asked = 0;
    await open(() => {
      asked += 1;
      return asked === 1 ? pairing({ status: 'expired' }) : new Promise<PairingView>(() => {});
    });
    await user().click(screen.getByTestId('new-code'));
    await settle();
    expect(screen.getByText('Getting a code…')).toBeTruthy();
    expect(screen.queryByTestId('pairing-expired')).toBeNull();
  });
});

describe('dashboard', () => {
  const url = 'https://app.waping.app/devices/dev_1/pair';

  test('names the dashboard and Open in browser asks the app to open it', async () => {
    await open(() => pairing({ status: 'dashboard', url }), false, { open_dashboard: () => null });
    expect(screen.getByText(url).tagName).toBe('CODE');
    expect(screen.queryByTestId('qr')).toBeNull();
    await user().click(screen.getByRole('button', { name: 'Open in browser' }));
    await settle();
    expectCalls('open_dashboard', {});
  });

  test('a browser that could not be opened is said so', async () => {
    await open(() => pairing({ status: 'dashboard', url }), false, {
      open_dashboard: refuse('NOT_OPENED', 'No browser could be opened.'),
    });
    await user().click(screen.getByTestId('open-dashboard'));
    await settle();
    expect(shownError(screen.getByRole('alert'))).toMatchObject({
      sentence: 'The browser could not be opened.',
      detail: 'No browser could be opened.',
    });
  });
});

describe('failed', () => {
  test('says why pairing failed, and Try again asks for a new code', async () => {
    await open(() => pairing({ status: 'failed', code: 'SCAN_FAILED', message: 'The phone could not link.' }));
    expect(screen.getByTestId('pairing-failed').textContent).toContain('The phone could not link.');
    await user().click(screen.getByRole('button', { name: 'Try again' }));
    await settle();
    expectCalls('start_pairing', { deviceId: 'dev_1' }, { deviceId: 'dev_1' });
  });
});

test('Cancel cancels the pairing, closes, and stops listening', async () => {
  const { onclose, unmount } = await open(() => pairing(code(Date.now(), 60 * SECOND)));
  await user().click(screen.getByRole('button', { name: 'Cancel' }));
  await settle();
  expectCalls('cancel_pairing', {});
  expect(onclose).toHaveBeenCalledOnce();
  expect(screen.getByTestId<HTMLDialogElement>('pairing').open).toBe(false);
  unmount();
  await settle();
  expect(listening('pairing')).toBe(false);
});
