// An open device's history follows the `history` events about it, and only those.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, expect, test, vi } from 'vitest';
import { START, deviceHistory, overview, transitionWritten } from '../test/fixtures';
import { answer, calls, emit, settle } from '../test/harness';
import DeviceHistoryView from './DeviceHistoryView.svelte';
import { language } from '../i18n.svelte';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
vi.mock('@tauri-apps/api/event', () => ({ listen: vi.fn() }));
await vi.hoisted(async () => {
  const { START } = await import('../test/fixtures');
  vi.useFakeTimers({ now: Date.parse(START) });
});

let drops = 0;
beforeEach(() => {
  drops = 0;
  answer({
    device_history: ({ deviceId }) => deviceHistory(deviceId, drops),
    device_uptime: () => [{ days: 1, uptime: 1 }],
  });
});

const disconnects = () => screen.getByTestId('disconnects').textContent;

test('a history event about the device shown reads its history again', async () => {
  render(DeviceHistoryView, { deviceId: 'dev_1', name: 'Shop phone', onback: () => {} });
  await settle();
  expect(calls('device_history')).toHaveLength(1);
  expect(disconnects()).toBe('0');

  drops = 1;
  emit('history', transitionWritten('dev_1', 'Disconnected'));
  await settle();
  const [, again] = calls('device_history');
  expect(again).toMatchObject({ deviceId: 'dev_1', to: Date.parse(START) });
  expect(calls('device_history')).toHaveLength(2);
  expect(disconnects()).toBe('1');
});

test("overviews and other devices' changes leave the view alone", async () => {
  render(DeviceHistoryView, { deviceId: 'dev_1', name: 'Shop phone', onback: () => {} });
  await settle();
  drops = 1;
  emit('overview', overview());
  emit('history', transitionWritten('dev_2', 'Disconnected'));
  await settle();
  expect(calls('device_history')).toHaveLength(1);
  expect(disconnects()).toBe('0');
  // Changes were missed: whatever they were, the view is read again.
  emit('history', { changes: [], missed: true });
  await settle();
  expect(calls('device_history')).toHaveLength(2);
  expect(disconnects()).toBe('1');
});

test('the legend, a stretch and an outage say the words the view carries, verbatim', async () => {
  answer({
    device_history: ({ deviceId }) => {
      const h = deviceHistory(deviceId, 1);
      const start = h.segments[1]!.start;
      h.outages = [
        {
          start,
          end: null,
          duration: h.to - start,
          reason: 'logged_out',
          ended: 'Ongoing',
          endedText: 'Still broken',
          durationText: 'half a day',
          reasonText: 'Phone said goodbye',
        },
      ];
      return h;
    },
    device_uptime: () => [{ days: 1, uptime: 1 }],
  });
  render(DeviceHistoryView, { deviceId: 'dev_1', name: 'Shop phone', onback: () => {} });
  await settle();

  const legend = within(screen.getByTestId('timeline-legend')).getAllByRole('listitem');
  expect(legend.map((li) => li.textContent)).toEqual(['Up and talking', 'Nobody was watching']);

  await fireEvent.keyDown(screen.getByTestId('timeline'), { key: 'End' });
  expect(screen.getByTestId('timeline-detail').querySelector('strong')?.textContent).toBe('Disconnected in words');
  const titles = [...screen.getByTestId('status-strip').querySelectorAll('title')].map((t) => t.textContent);
  expect(titles[0]).toMatch(/^\s*Connected in words: /);

  const options = [...screen.getByTestId('outage-ended-filter').querySelectorAll('option')];
  expect(options.map((o) => [o.value, o.textContent])).toEqual([
    ['all', 'Any way'],
    ['Rescan', 'Scanned anew'],
    ['Ongoing', 'Still broken'],
  ]);
  const row = within(screen.getByTestId('outage-table')).getByTestId('outage-row');
  expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toContain('Still broken');

  await fireEvent.input(screen.getByTestId('outage-filter'), { target: { value: 'goodbye' } });
  expect(screen.getAllByTestId('outage-row')).toHaveLength(1);
  await fireEvent.input(screen.getByTestId('outage-filter'), { target: { value: 'nothing like it' } });
  expect(screen.queryAllByTestId('outage-row')).toHaveLength(0);
});

test('in Arabic the timeline runs right to left: drawing, clicks, arrow keys and the pan buttons follow it', async () => {
  await language.use('ar');
  try {
    answer({
      device_history: ({ deviceId }) => deviceHistory(deviceId, 1),
      device_uptime: () => [{ days: 1, uptime: 1 }],
    });
    render(DeviceHistoryView, { deviceId: 'dev_1', name: 'Shop phone', onback: () => {} });
    await settle();
    const rects = [...screen.getByTestId('status-strip').querySelectorAll('rect[data-kind]')];
    const [first, second] = rects.map((r) => ({ x: Number(r.getAttribute('x')), width: Number(r.getAttribute('width')) }));
    // The earliest stretch ends at the right edge; the latest starts at the left.
    expect(first!.x + first!.width).toBeCloseTo(1000);
    expect(second!.x).toBeCloseTo(0);

    const track = screen.getByTestId('timeline');
    track.getBoundingClientRect = () => ({ left: 0, width: 400, top: 0, height: 36, right: 400, bottom: 36, x: 0, y: 0, toJSON: () => ({}) });
    const detail = () => screen.getByTestId('timeline-detail').querySelector('strong')?.textContent;
    await fireEvent.click(track, { clientX: 399 });
    expect(detail()).toBe('Connected in words');
    await fireEvent.click(track, { clientX: 1 });
    expect(detail()).toBe('Disconnected in words');
    // Left is later, right is earlier.
    await fireEvent.keyDown(track, { key: 'ArrowRight' });
    expect(detail()).toBe('Connected in words');
    await fireEvent.keyDown(track, { key: 'ArrowLeft' });
    expect(detail()).toBe('Disconnected in words');
    // Earlier points right.
    expect(screen.getByTestId('pan-earlier').textContent).toBe('▶');
    expect(screen.getByTestId('pan-later').textContent).toBe('◀');
  } finally {
    await language.use('en');
  }
});
