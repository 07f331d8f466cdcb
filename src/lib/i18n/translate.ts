import { en, type MessageKey } from './en';

export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

type Catalogue = Partial<Record<MessageKey, string>>;

/**
 * English is always there; another language's catalogue is a chunk of its own, loaded when that
 * language is asked for (main.ts waits for the one a link names before the app mounts, and the
 * view switches language only once its catalogue is in), so the first script carries one.
 */
const catalogues: Partial<Record<Locale, Catalogue>> = { en };
const loaders: Record<Locale, () => Promise<Catalogue>> = {
  en: async () => en,
  ja: () => import('./ja').then((m) => m.ja),
};

/** Whether `locale`'s messages are loaded, so that text in it can be shown now. */
export function hasLocale(locale: Locale): boolean {
  return catalogues[locale] !== undefined;
}

/** Loads `locale`'s messages (once; later calls share the first load). */
const loading = new Map<Locale, Promise<void>>();
export function loadLocale(locale: Locale): Promise<void> {
  if (hasLocale(locale)) return Promise.resolve();
  let load = loading.get(locale);
  if (!load) {
    load = loaders[locale]().then(
      (catalogue) => void (catalogues[locale] = catalogue),
      (error: unknown) => {
        // A failed chunk may load on a later try (a flaky network).
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, load);
  }
  return load;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

// Made once: a PluralRules per call cost more than the lookup itself.
const pluralRules: Record<Locale, Intl.PluralRules> = {
  en: new Intl.PluralRules('en'),
  ja: new Intl.PluralRules('ja'),
};

/**
 * Looks up a message and fills `{name}` placeholders; falls back to English (also for a language
 * whose catalogue is not loaded yet: the app does not show one before it is).
 * `{name:one|other}` picks a word by the plural rule of `name`'s count ("1 tranche", "2 tranches").
 */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const template = catalogues[locale]?.[key] ?? en[key];
  const plural = pluralRules[locale];
  return template
    .replace(/\{(\w+):([^|}]*)\|([^}]*)\}/g, (whole, name: string, one: string, other: string) =>
      typeof params[name] === 'number' ? (plural.select(params[name]) === 'one' ? one : other) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
