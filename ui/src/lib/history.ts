// Helpers for the history views: ranges, zoom, outage sorting and filtering.
import type { Outage } from './bindings/Outage';
import type { OutageEnd } from './bindings/OutageEnd';
import type { Segment } from './bindings/Segment';
import { clockTime, day } from './format';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** The ranges offered as buttons; "week" is this week so far, from the locale's first day. */
export type Preset = '24h' | 'week' | '7d' | '30d';
export const PRESETS: { id: Preset; span: number }[] = [
  { id: '24h', span: DAY },
  { id: 'week', span: 7 * DAY },
  { id: '7d', span: 7 * DAY },
  { id: '30d', span: 30 * DAY },
];

export interface Range {
  from: number;
  to: number;
}

/**
 * Midnight, local time, of the day this week started on, a week starting on
 * `firstWeekday` (1 Monday .. 7 Sunday, as `Intl` numbers them).
 */
export function weekStartBefore(now: number, firstWeekday: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  // getDay(): 0 Sunday .. 6 Saturday; firstWeekday 7 is Sunday.
  const back = (d.getDay() - (firstWeekday % 7) + 7) % 7;
  d.setDate(d.getDate() - back);
  return d.getTime();
}

export function presetRange(preset: Preset, now: number, firstWeekday = 1): Range {
  if (preset === 'week') return { from: weekStartBefore(now, firstWeekday), to: now };
  const span = PRESETS.find((p) => p.id === preset)?.span ?? DAY;
  return { from: now - span, to: now };
}

/** Zooms by `factor` (< 1 in, > 1 out) around `center`, never past now and never under a minute. */
export function zoom(range: Range, factor: number, now: number, center = (range.from + range.to) / 2): Range {
  const span = Math.min(Math.max((range.to - range.from) * factor, 60_000), 800 * DAY);
  const ratio = (center - range.from) / (range.to - range.from);
  let from = Math.round(center - span * ratio);
  let to = from + Math.round(span);
  if (to > now) {
    to = now;
    from = now - Math.round(span);
  }
  return { from, to };
}

/** Moves the range by a fraction of its span (negative: back in time), never past now. */
export function pan(range: Range, fraction: number, now: number): Range {
  const span = range.to - range.from;
  const to = Math.min(range.to + Math.round(span * fraction), now);
  return { from: to - span, to };
}

export { percent, dateTime } from './format';

export type OutageKey = 'start' | 'duration' | 'reason' | 'ended';

export function sortOutages(list: Outage[], key: OutageKey, ascending: boolean): Outage[] {
  const value = (o: Outage): number | string => {
    switch (key) {
      case 'start':
        return o.start;
      case 'duration':
        return o.duration;
      case 'reason':
        return o.reasonText ?? '';
      case 'ended':
        return o.endedText;
    }
  };
  const sign = ascending ? 1 : -1;
  return [...list].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sign * c || a.start - b.start;
  });
}

/**
 * Keeps the outages whose reason, as the table shows it, contains `text`
 * (its code too, which support may quote), and that ended as `ended` says.
 */
export function filterOutages(list: Outage[], text: string, ended: OutageEnd | 'all'): Outage[] {
  const needle = text.trim().toLowerCase();
  const matches = (o: Outage) =>
    [o.reasonText, o.reason?.replaceAll('_', ' '), o.reason].some((t) => (t ?? '').toLowerCase().includes(needle));
  return list.filter((o) => (ended === 'all' || o.ended === ended) && (!needle || matches(o)));
}

/** Where a segment sits on a 0..1000 wide drawing of the range, time running right to left when `rtl`. */
export function place(segment: Segment, range: Range, rtl = false): { x: number; width: number } {
  const span = range.to - range.from || 1;
  const x = ((Math.max(segment.start, range.from) - range.from) / span) * 1000;
  const end = ((Math.min(segment.end, range.to) - range.from) / span) * 1000;
  const width = Math.max(end - x, 0);
  return { x: rtl ? 1000 - x - width : x, width };
}

/** Where the moment `t` sits across the range, 0 at the left edge and 1 at the right. */
export function positionOf(t: number, range: Range, rtl = false): number {
  const f = (t - range.from) / (range.to - range.from || 1);
  return rtl ? 1 - f : f;
}

/** The moment at `fraction` of the way from the left edge to the right one. */
export function timeAt(fraction: number, range: Range, rtl = false): number {
  const f = Math.min(Math.max(fraction, 0), 1);
  return range.from + (rtl ? 1 - f : f) * (range.to - range.from);
}

const MINUTE = 60_000;

/**
 * Tick marks for an axis: about `count` round times across the range, on
 * local midnights for day steps and on the locale's first weekday for weeks.
 */
export function ticks(range: Range, count = 4, firstWeekday = 1): number[] {
  const span = range.to - range.from;
  const steps = [5, 15, 30, 60, 180, 360, 720, 1440, 2880, 10080].map((m) => m * MINUTE);
  const step = steps.find((s) => span / s <= count) ?? 7 * DAY;
  const out: number[] = [];
  if (step < DAY) {
    const offset = new Date(range.from).getTimezoneOffset() * MINUTE;
    for (let t = Math.ceil((range.from - offset) / step) * step + offset; t <= range.to; t += step) out.push(t);
    return out;
  }
  // Days are counted on the calendar, so that a clock change keeps ticks on midnight.
  const days = Math.round(step / DAY);
  const d = new Date(step >= 7 * DAY ? weekStartBefore(range.from, firstWeekday) : range.from);
  d.setHours(0, 0, 0, 0);
  if (days === 2) d.setDate(d.getDate() - (Math.floor(d.getTime() / DAY) % 2));
  while (d.getTime() < range.from) d.setDate(d.getDate() + days);
  for (; d.getTime() <= range.to; d.setDate(d.getDate() + days)) out.push(d.getTime());
  return out;
}

export function tickLabel(t: number, range: Range): string {
  return range.to - range.from <= 2 * DAY ? clockTime(t) : day(t);
}

/** `yyyy-mm-ddThh:mm` in local time, for datetime-local inputs. */
export function toLocalInput(t: number): string {
  const d = new Date(t - new Date(t).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}
