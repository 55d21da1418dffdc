// Numbers, percentages, clock times and dates in the page's locale, by `Intl`
// (12 or 24 hours, the locale's digits, grouping and order). Messages get
// them formatted, as placeables: no catalog writes a time format.
import { intlLocale, language } from './i18n.svelte';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n${locale}${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(intlLocale(locale), options)));
  return f;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d${locale}${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(intlLocale(locale), options)));
  return f;
}

const at = (t: number | string | Date): Date => (t instanceof Date ? t : new Date(t));

/** A count, grouped as the locale groups it. */
export function number(n: number, locale: string = language.tag): string {
  return numberFormat(locale, {}).format(n);
}

/**
 * A share (0..1) as a percentage; never rounds up to 100 % a share under it
 * (99.95 % must not read as 100 %), nor down to 0 % one over it.
 */
export function percent(share: number | null, locale: string = language.tag): string {
  if (share === null) return '—';
  const digits = share === 0 || share === 1 ? 0 : 1;
  const shown = share > 0.999 && share < 1 ? 0.999 : share < 0.0005 && share > 0 ? 0.001 : share;
  return numberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    shown,
  );
}

/** A time of day, hours and minutes, 12 or 24 hours as the locale has it. */
export function clockTime(t: number | string | Date, locale: string = language.tag): string {
  return dateFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(at(t));
}

/** A day and time, short (history tables, tooltips). */
export function dateTime(t: number | string | Date, locale: string = language.tag): string {
  return dateFormat(locale, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(at(t));
}

/** A weekday and time, for a moment within the coming week (a snooze's end). */
export function weekdayTime(t: number | string | Date, locale: string = language.tag): string {
  return dateFormat(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(at(t));
}

/** A day without its time (the timeline's day ticks). */
export function day(t: number | string | Date, locale: string = language.tag): string {
  return dateFormat(locale, { month: 'short', day: 'numeric' }).format(at(t));
}

/** A full date and time (the hook runs' log). */
export function fullDateTime(t: number | string | Date, locale: string = language.tag): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at(t));
}
