import { afterEach, describe, expect, test } from 'vitest';
import type { ErrorCode } from './bindings/ErrorCode';
import {
  ERROR_IDS,
  PICKABLE,
  catalog,
  catalogOf,
  errorText,
  language,
  languageNames,
  t,
  translate,
  weekStart,
} from './i18n.svelte';

// Fluent wraps placeables in first-strong isolates where text runs right to left.
const FSI = '\u2068';
const PDI = '\u2069';

afterEach(async () => {
  await language.use('en');
});

describe('plurals follow CLDR for each language', () => {
  test('Brazilian Portuguese reads 0 and 1 as one, 2 and more as other', async () => {
    await language.use('pt-BR');
    expect(t('ranking-disconnects', { count: 0 })).toBe('0 desconexão');
    expect(t('ranking-disconnects', { count: 1 })).toBe('1 desconexão');
    expect(t('ranking-disconnects', { count: 2 })).toBe('2 desconexões');
    // Numbers given as numbers are grouped as the language groups them.
    expect(t('ranking-disconnects', { count: 1234 })).toBe('1.234 desconexões');
  });

  test('Arabic has zero, one, two, few, many and other, its numbers isolated', async () => {
    await language.use('ar');
    expect(t('ranking-disconnects', { count: 0 })).toBe('لا انقطاعات');
    expect(t('ranking-disconnects', { count: 1 })).toBe('انقطاع واحد');
    expect(t('ranking-disconnects', { count: 2 })).toBe('انقطاعان');
    expect(t('ranking-disconnects', { count: 3 })).toBe(`${FSI}3${PDI} انقطاعات`);
    expect(t('ranking-disconnects', { count: 11 })).toBe(`${FSI}11${PDI} انقطاعًا`);
    expect(t('ranking-disconnects', { count: 100 })).toBe(`${FSI}100${PDI} انقطاع`);
  });

  test('English marks no isolation around its placeables', async () => {
    await language.use('en');
    expect(t('ranking-disconnects', { count: 3 })).toBe('3 disconnects');
    expect(t('card-strip', { name: 'Shop' })).toBe('Shop over the last 24 hours');
  });

  test('a period of one day reads as 24 hours in every language, more as days', async () => {
    await language.use('de');
    expect(t('history-period', { days: 1 })).toBe('24 Std.');
    expect(t('history-period', { days: 7 })).toBe('7 Tage');
    await language.use('id');
    expect(t('history-period', { days: 1 })).toBe('24 jam');
    expect(t('history-period', { days: 30 })).toBe('30 hari');
  });
});

describe('fallback', () => {
  test('a message a catalog lacks is said in English, and an unknown id as itself', () => {
    const partial = catalog('pt-BR', 'app-history = Histórico\n');
    expect(translate(partial, 'app-history')).toBe('Histórico');
    expect(translate(partial, 'app-refresh')).toBe('Refresh');
    expect(translate(partial, 'no-such-message')).toBe('no-such-message');
  });

  test('a later choice of language wins over one still loading', async () => {
    const slow = language.use('fr');
    const fast = language.use('de');
    await Promise.all([slow, fast]);
    expect(language.locale).toBe('de');
    expect(t('app-settings')).toBe('Einstellungen');
  });
});

describe('direction', () => {
  test('Arabic lays the page out right to left, and another language back left to right', async () => {
    await language.use('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(language.rtl).toBe(true);
    await language.use('hi');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('hi');
    expect(language.rtl).toBe(false);
  });

  test("a week starts on the agent's day when it names one, else on the language's own", async () => {
    await language.use('de', 7);
    expect(language.firstWeekday).toBe(7);
    await language.use('de');
    expect(language.firstWeekday).toBe(weekStart('de'));
    expect(weekStart('de')).toBe(1);
    expect(weekStart('ar')).toBe(6);
  });
});

describe('catalogs', () => {
  test('every error code has its own sentence in every language', async () => {
    const codes = Object.keys(ERROR_IDS) as ErrorCode[];
    for (const locale of PICKABLE) {
      const bundle = await catalogOf(locale);
      for (const code of codes) {
        expect(bundle.hasMessage(ERROR_IDS[code]), `${locale} ${ERROR_IDS[code]}`).toBe(true);
      }
    }
    await language.use('fr');
    expect(errorText('COMPUTER_OFFLINE')).toBe('Cet ordinateur est hors ligne.');
  });

  test('each language is offered by its own name, and the pseudo-locale is not offered', async () => {
    const names = await languageNames();
    expect(Object.keys(names)).toEqual(['en', 'pt-BR', 'es', 'id', 'de', 'fr', 'hi', 'ar']);
    expect(names.en).toBe('English');
    expect(names.de).toBe('Deutsch');
    expect(names.ar).toBe('العربية');
  });
});
