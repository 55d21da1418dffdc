// The page's words, from the same Fluent catalogs the agent reads
// (src-tauri/model/locales/*.ftl). English is bundled, for the first paint
// and as the fallback of a message a catalog lacks; another language's
// catalog is loaded when it is chosen. The locale is one piece of state: a
// change re-renders every view at once, with no reload.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import english from '../../../src-tauri/model/locales/en.ftl?window';
import type { ErrorCode } from './bindings/ErrorCode';
import type { Locale } from './bindings/Locale';
import type { MessageArgs, MessageId } from './bindings/MessageId';

export type Args = Record<string, FluentVariable>;

/** The locales the language picker offers, in its order; the pseudo-locale is not one. */
export const PICKABLE: Locale[] = ['en', 'pt-BR', 'es', 'id', 'de', 'fr', 'hi', 'ar'];

const RTL: ReadonlySet<Locale> = new Set<Locale>(['ar']);

// One chunk per catalog, fetched only when its language is chosen.
const catalogs: Record<Locale, () => Promise<string>> = {
  en: async () => english,
  'pt-BR': () => import('../../../src-tauri/model/locales/pt-BR.ftl?window').then((m) => m.default),
  es: () => import('../../../src-tauri/model/locales/es.ftl?window').then((m) => m.default),
  id: () => import('../../../src-tauri/model/locales/id.ftl?window').then((m) => m.default),
  de: () => import('../../../src-tauri/model/locales/de.ftl?window').then((m) => m.default),
  fr: () => import('../../../src-tauri/model/locales/fr.ftl?window').then((m) => m.default),
  hi: () => import('../../../src-tauri/model/locales/hi.ftl?window').then((m) => m.default),
  ar: () => import('../../../src-tauri/model/locales/ar.ftl?window').then((m) => m.default),
  'en-XA': () => import('../../../src-tauri/model/locales/en-XA.ftl?window').then((m) => m.default),
};

export const isRtl = (locale: Locale): boolean => RTL.has(locale);

/**
 * The tag `Intl` formats `locale` with. Arabic writes Latin digits, as CLDR
 * now has it and as the agent's notifications, tray and command line do
 * (an older ICU in the web view would pick Arabic-Indic ones): the same
 * number reads the same everywhere on the screen.
 */
export const intlLocale = (locale: string): string => (locale === 'ar' ? 'ar-u-nu-latn' : locale);

/** A catalog as a bundle. Isolation marks only where text runs right to left, as the agent does. */
function bundle(locale: Locale, source: string): FluentBundle {
  const b = new FluentBundle(intlLocale(locale), { useIsolating: isRtl(locale) });
  const errors = b.addResource(new FluentResource(source));
  for (const e of errors) console.error(`catalog ${locale}: ${e.message}`);
  return b;
}

const fallback = bundle('en', english);
const loaded = new Map<Locale, FluentBundle>([['en', fallback]]);

/** The loaded catalog of `locale`, loading it once. */
async function load(locale: Locale): Promise<FluentBundle> {
  const known = loaded.get(locale);
  if (known) return known;
  const b = bundle(locale, await catalogs[locale]());
  loaded.set(locale, b);
  return b;
}

class Language {
  locale = $state<Locale>('en');
  /** The day a week starts on, 1 (Monday) to 7 (Sunday). */
  firstWeekday = $state(7);
  bundle = $state.raw<FluentBundle>(fallback);
  /** Whether the agent has named its locale: from then on its choice wins. */
  fromAgent = false;
  #asked = 0;

  get rtl(): boolean {
    return isRtl(this.locale);
  }

  /** The tag `Intl` formats with. */
  get tag(): string {
    return this.locale;
  }

  /**
   * Speaks `locale` once its catalog is here (the page never shows message
   * ids while it loads); a later choice made meanwhile wins.
   */
  async use(locale: Locale, firstWeekday?: number): Promise<void> {
    const mine = ++this.#asked;
    let next: FluentBundle;
    try {
      next = await load(locale);
    } catch (e) {
      console.error(`the ${locale} catalog did not load`, e);
      return;
    }
    if (mine !== this.#asked) return;
    this.bundle = next;
    this.locale = locale;
    this.firstWeekday = firstWeekday ?? weekStart(locale);
    if (typeof document !== 'undefined') {
      document.documentElement.lang = locale;
      document.documentElement.dir = isRtl(locale) ? 'rtl' : 'ltr';
    }
  }
}

export const language = new Language();

// CLDR's first day of the week for each catalog's usual region, where `Intl`
// cannot tell (no `weekInfo`); the agent's overview says it exactly.
const FIRST_WEEKDAY: Record<Locale, number> = { en: 7, 'pt-BR': 7, es: 1, id: 7, de: 1, fr: 1, hi: 7, ar: 6, 'en-XA': 7 };

/** The first day of `locale`'s week (1 Monday .. 7 Sunday), until the agent says. */
export function weekStart(locale: Locale): number {
  try {
    const l = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    return l.getWeekInfo?.().firstDay ?? l.weekInfo?.firstDay ?? FIRST_WEEKDAY[locale];
  } catch {
    return FIRST_WEEKDAY[locale];
  }
}

function format(b: FluentBundle, id: string, args?: Args): string | null {
  const pattern = b.getMessage(id)?.value;
  if (!pattern) return null;
  const errors: Error[] = [];
  const text = b.formatPattern(pattern, args, errors);
  for (const e of errors) console.error(`message ${id}: ${e.message}`);
  return text;
}

/**
 * The message `id` in the current language, with `args` as its placeables;
 * English when the catalog lacks it, the id itself when English does too.
 * Reading it in a component re-renders that component when the language changes.
 */
export function t<K extends MessageId>(id: K, ...args: Record<string, never> extends MessageArgs[K] ? [] : [MessageArgs[K]]): string {
  return translate(language.bundle, id, args[0] as Args | undefined);
}

/** The message `id` from `bundle`, else from English, else the id. */
export function translate(bundle: FluentBundle, id: string, args?: Args): string {
  return format(bundle, id, args) ?? format(fallback, id, args) ?? id;
}

/** A catalog's text as a bundle, as a language's own catalog is made. */
export const catalog = bundle;

/** The loaded catalog of a locale (for checks over every language). */
export const catalogOf = load;

/** Each pickable language by its own name, read from its own catalog. */
export async function languageNames(): Promise<Record<string, string>> {
  const names = await Promise.all(
    PICKABLE.map(async (l) => [l, format(await load(l), 'language-name') ?? l] as const),
  );
  return Object.fromEntries(names);
}

/** Every error code's sentence: the page shows it, the agent's English detail only behind a disclosure. */
export const ERROR_IDS: Record<ErrorCode, MessageId> = {
  INVALID_INPUT: 'error-invalid-input',
  UNKNOWN_REQUEST: 'error-unknown-request',
  AGENT_UNAVAILABLE: 'error-agent-unavailable',
  AGENT_GONE: 'error-agent-gone',
  NO_DATA_FOLDER: 'error-no-data-folder',
  SETTINGS_NOT_SAVED: 'error-settings-not-saved',
  KEYRING_UNAVAILABLE: 'error-keyring-unavailable',
  NOT_CONNECTED: 'error-not-connected',
  NOT_DEMO: 'error-not-demo',
  DEMO_UNAVAILABLE: 'error-demo-unavailable',
  NO_DIAGNOSIS: 'error-no-diagnosis',
  HISTORY_LOCKED: 'error-history-locked',
  HISTORY_ERROR: 'error-history-error',
  HISTORY_MIGRATION: 'error-history-migration',
  HISTORY_UNAVAILABLE: 'error-history-unavailable',
  HISTORY_NOT_SAVED: 'error-history-not-saved',
  HISTORY_RECOVERED: 'error-history-recovered',
  EXPORT_FAILED: 'error-export-failed',
  PLAN_LIMIT: 'error-plan-limit',
  NO_CODE: 'error-no-code',
  QR_UNREADABLE: 'error-qr-unreadable',
  SCAN_FAILED: 'error-scan-failed',
  NO_DASHBOARD: 'error-no-dashboard',
  NO_FOLDER: 'error-no-folder',
  NOT_SAVED: 'error-not-saved',
  NO_CLIPBOARD: 'error-no-clipboard',
  NOT_OPENED: 'error-not-opened',
  AUTOSTART: 'error-autostart',
  UNAUTHORIZED: 'error-unauthorized',
  NO_API_KEY: 'error-no-api-key',
  KEY_NEEDED: 'error-key-needed',
  NO_API_ACCESS: 'error-no-api-access',
  FORBIDDEN: 'error-forbidden',
  NOT_FOUND: 'error-not-found',
  VALIDATION_ERROR: 'error-validation-error',
  CONFLICT: 'error-conflict',
  RATE_LIMITED: 'error-rate-limited',
  SESSION_DISCONNECTED: 'error-session-disconnected',
  SERVER_ERROR: 'error-server-error',
  API_ERROR: 'error-api-error',
  UNREACHABLE: 'error-unreachable',
  COMPUTER_OFFLINE: 'error-computer-offline',
  TIMEOUT: 'error-timeout',
  MALFORMED_RESPONSE: 'error-malformed-response',
  RESPONSE_TOO_LARGE: 'error-response-too-large',
  INVALID_BASE_URL: 'error-invalid-base-url',
  ALREADY_CONNECTED: 'error-already-connected',
  UPDATE_UNAVAILABLE: 'error-update-unavailable',
  UPDATE_REFUSED: 'error-update-refused',
  UPDATE_NEEDS_PACKAGE_MANAGER: 'error-update-needs-package-manager',
  UPDATE_FAILED: 'error-update-failed',
  UPDATE_WHILE_PAIRING: 'error-update-while-pairing',
  INTERNAL: 'error-internal',
};

/** The sentence for an error code, in the current language. */
export function errorText(code: ErrorCode): string {
  return t(ERROR_IDS[code] ?? 'error-internal');
}
