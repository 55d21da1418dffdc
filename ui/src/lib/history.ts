// Helpers for the history views: ranges, zoom, outage sorting and filtering.
import type { Outage } from './bindings/Outage';
import type { OutageEnd } from './bindings/OutageEnd';
import type { Segment } from './bindings/Segment';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export type Preset = '24h' | '7d' | '30d';
export const PRESETS: { id: Preset; label: string; span: number }[] = [
  { id: '24h', label: '24 h', span: DAY },
  { id: '7d', label: '7 d', span: 7 * DAY },
  { id: '30d', label: '30 d', span: 30 * DAY },
];

export interface Range {
  from: number;
  to: number;
}

export function presetRange(preset: Preset, now: number): Range {
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

export function percent(uptime: number | null): string {
  if (uptime === null) return '—';
  const p = uptime * 100;
  // 99.95 % must not read as 100 %.
  const text = p >= 99.95 && p < 100 ? '99.9' : p.toFixed(p === 100 || p === 0 ? 0 : 1);
  return `${text} %`;
}

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

/** Where a segment sits on a 0..1000 wide drawing of the range. */
export function place(segment: Segment, range: Range): { x: number; width: number } {
  const span = range.to - range.from || 1;
  const x = ((Math.max(segment.start, range.from) - range.from) / span) * 1000;
  const end = ((Math.min(segment.end, range.to) - range.from) / span) * 1000;
  return { x, width: Math.max(end - x, 0) };
}

/** Tick marks for an axis: about `count` round times across the range. */
export function ticks(range: Range, count = 4): number[] {
  const span = range.to - range.from;
  const steps = [5, 15, 30, 60, 180, 360, 720, 1440, 2880, 10080].map((m) => m * 60_000);
  const step = steps.find((s) => span / s <= count) ?? 7 * DAY;
  const out: number[] = [];
  const offset = new Date().getTimezoneOffset() * 60_000;
  for (let t = Math.ceil((range.from - offset) / step) * step + offset; t <= range.to; t += step) out.push(t);
  return out;
}

export function tickLabel(t: number, range: Range): string {
  const d = new Date(t);
  if (range.to - range.from <= 2 * DAY) return d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return d.toLocaleDateString([], { month: 'short', day: 'numeric' });
}

export function dateTime(t: number): string {
  return new Date(t).toLocaleString([], {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** `yyyy-mm-ddThh:mm` in local time, for datetime-local inputs. */
export function toLocalInput(t: number): string {
  const d = new Date(t - new Date(t).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}
