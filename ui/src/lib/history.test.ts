import { describe, expect, it } from 'vitest';
import type { Outage } from './bindings/Outage';
import { DAY, HOUR, filterOutages, pan, percent, place, presetRange, sortOutages, ticks, zoom } from './history';

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

describe('uptime', () => {
  it('never rounds a gap up to 100 %', () => {
    expect(percent(1)).toBe('100 %');
    expect(percent(0.99996)).toBe('99.9 %');
    expect(percent(0.5)).toBe('50.0 %');
    expect(percent(0)).toBe('0 %');
    expect(percent(null)).toBe('—');
  });
});
