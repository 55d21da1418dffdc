import { describe, expect, it } from 'vitest';
import type { Outage } from './bindings/Outage';
import {
  DAY,
  HOUR,
  filterOutages,
  pan,
  place,
  positionOf,
  presetRange,
  sortOutages,
  ticks,
  timeAt,
  weekStartBefore,
  zoom,
} from './history';

const now = Date.UTC(2026, 10, 25, 12, 0, 0);

// Words as the agent would send them in another language: sorting and
// filtering must follow what the table shows, not the codes.
const outages: Outage[] = [
  { start: now - 5 * HOUR, end: now - 4 * HOUR, duration: HOUR, reason: 'logged_out', ended: 'Rescan', endedText: 'Nouveau scan', durationText: '1 h', reasonText: 'Déconnecté sur le téléphone' },
  { start: now - 20 * HOUR, end: now - 19.5 * HOUR, duration: 0.5 * HOUR, reason: 'phone_offline', ended: 'ByItself', endedText: 'Tout seul', durationText: '30 min', reasonText: 'Le téléphone est hors ligne' },
  { start: now - HOUR, end: null, duration: HOUR, reason: null, ended: 'Ongoing', endedText: 'Toujours en panne', durationText: '1 h', reasonText: null },
];

describe('ranges', () => {
  it('presets end now', () => {
    expect(presetRange('7d', now)).toEqual({ from: now - 7 * DAY, to: now });
  });

  it('zooms around the centre and never past now', () => {
    const day = presetRange('24h', now);
    expect(zoom(day, 0.5, now, now - 12 * HOUR)).toEqual({ from: now - 18 * HOUR, to: now - 6 * HOUR });
    expect(zoom(day, 2, now)).toEqual({ from: now - 2 * DAY, to: now });
    expect(zoom({ from: now - 60_000, to: now }, 0.1, now).to - zoom({ from: now - 60_000, to: now }, 0.1, now).from).toBe(
      60_000,
    );
  });

  it('pans without crossing now', () => {
    const day = presetRange('24h', now);
    expect(pan(day, -0.5, now)).toEqual({ from: now - 36 * HOUR, to: now - 12 * HOUR });
    expect(pan(day, 0.5, now)).toEqual(day);
  });

  it('places segments on a 1000-wide drawing, clipped to the range', () => {
    const range = { from: 0, to: 100 };
    expect(place({ start: -50, end: 25, kind: 'Connected', kindLabel: '', reason: null, changes: 1, durationText: '', reasonText: null }, range)).toEqual({ x: 0, width: 250 });
    expect(place({ start: 90, end: 200, kind: 'Connected', kindLabel: '', reason: null, changes: 1, durationText: '', reasonText: null }, range)).toEqual({ x: 900, width: 100 });
  });

  it('ticks fall inside the range at a round step', () => {
    const t = ticks(presetRange('24h', now));
    expect(t.length).toBeGreaterThanOrEqual(2);
    expect(t.length).toBeLessThanOrEqual(5);
    expect(t.every((x) => x >= now - DAY && x <= now)).toBe(true);
    expect(t[1]! - t[0]!).toBe(360 * 60_000);
  });
});

describe('outage table', () => {
  it('sorts by any column both ways', () => {
    expect(sortOutages(outages, 'duration', false).map((o) => o.duration)).toEqual([HOUR, HOUR, 0.5 * HOUR]);
    expect(sortOutages(outages, 'start', true)[0]?.reason).toBe('phone_offline');
    expect(sortOutages(outages, 'ended', true).map((o) => o.ended)).toEqual(['Rescan', 'Ongoing', 'ByItself']);
    expect(sortOutages(outages, 'reason', true).map((o) => o.reason)).toEqual([null, 'logged_out', 'phone_offline']);
  });

  it('filters by the reason words shown, or the code, and by how it ended', () => {
    expect(filterOutages(outages, 'HORS LIGNE', 'all').map((o) => o.reason)).toEqual(['phone_offline']);
    expect(filterOutages(outages, 'téléphone', 'all').map((o) => o.reason)).toEqual(['logged_out', 'phone_offline']);
    expect(filterOutages(outages, 'logged_out', 'all').map((o) => o.reason)).toEqual(['logged_out']);
    expect(filterOutages(outages, 'phone offline', 'all').map((o) => o.reason)).toEqual(['phone_offline']);
    expect(filterOutages(outages, '', 'Ongoing')).toHaveLength(1);
    expect(filterOutages(outages, 'téléphone', 'Ongoing')).toHaveLength(0);
  });
});

describe('right to left', () => {
  const range = { from: 0, to: 100 };
  const segment = (start: number, end: number) => ({
    start,
    end,
    kind: 'Connected' as const,
    kindLabel: '',
    reason: null,
    changes: 1,
    durationText: '',
    reasonText: null,
  });

  it('draws the earliest moment at the right edge and now at the left', () => {
    expect(place(segment(0, 25), range, true)).toEqual({ x: 750, width: 250 });
    expect(place(segment(90, 200), range, true)).toEqual({ x: 0, width: 100 });
    // Left to right, the same stretches sit mirrored.
    expect(place(segment(0, 25), range, false)).toEqual({ x: 0, width: 250 });
  });

  it('reads a point on the mirrored axis as the moment drawn there', () => {
    expect(timeAt(0, range, true)).toBe(100);
    expect(timeAt(1, range, true)).toBe(0);
    expect(timeAt(0.25, range, true)).toBe(75);
    expect(timeAt(0.25, range, false)).toBe(25);
    // Outside the strip reads as its nearest edge.
    expect(timeAt(-0.5, range, true)).toBe(100);
    for (const t of [0, 10, 37.5, 100]) expect(timeAt(positionOf(t, range, true), range, true)).toBeCloseTo(t);
  });

  it('puts ticks where their moments are drawn', () => {
    expect(positionOf(25, range, true)).toBe(0.75);
    expect(positionOf(25, range, false)).toBe(0.25);
  });
});

describe('weeks', () => {
  // Thursday 15 January 2026, 14:05 local time.
  const thursday = new Date(2026, 0, 15, 14, 5).getTime();

  it('this week starts at midnight on the locale\'s first day', () => {
    expect(new Date(weekStartBefore(thursday, 1))).toEqual(new Date(2026, 0, 12)); // Monday
    expect(new Date(weekStartBefore(thursday, 7))).toEqual(new Date(2026, 0, 11)); // Sunday
    expect(new Date(weekStartBefore(thursday, 6))).toEqual(new Date(2026, 0, 10)); // Saturday
    // On the first day itself, the week is that day.
    const monday = new Date(2026, 0, 12, 9).getTime();
    expect(new Date(weekStartBefore(monday, 1))).toEqual(new Date(2026, 0, 12));
  });

  it('the This week preset runs from the week start to now', () => {
    expect(presetRange('week', thursday, 7)).toEqual({ from: new Date(2026, 0, 11).getTime(), to: thursday });
    expect(presetRange('week', thursday, 1)).toEqual({ from: new Date(2026, 0, 12).getTime(), to: thursday });
  });

  it('day ticks fall on local midnights, week ticks on the first day of the week', () => {
    const month = { from: thursday - 60 * DAY, to: thursday };
    const weekly = ticks(month, 4, 1);
    expect(weekly.length).toBeGreaterThan(0);
    for (const t of weekly) {
      const d = new Date(t);
      expect([d.getHours(), d.getMinutes(), d.getDay()]).toEqual([0, 0, 1]);
    }
    const sundays = ticks(month, 4, 7);
    for (const t of sundays) expect(new Date(t).getDay()).toBe(0);
    const days = ticks({ from: thursday - 3 * DAY, to: thursday }, 4, 1);
    for (const t of days) expect([new Date(t).getHours(), new Date(t).getMinutes()]).toEqual([0, 0]);
  });
});
