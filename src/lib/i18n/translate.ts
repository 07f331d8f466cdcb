import { en, type MessageKey } from './en';
import { ja } from './ja';

export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

const catalogues: Record<Locale, Partial<Record<MessageKey, string>>> = { en, ja };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

// Made once: a PluralRules per call cost more than the lookup itself.
const pluralRules: Record<Locale, Intl.PluralRules> = {
  en: new Intl.PluralRules('en'),
  ja: new Intl.PluralRules('ja'),
};

/**
 * Looks up a message and fills `{name}` placeholders; falls back to English.
 * `{name:one|other}` picks a word by the plural rule of `name`'s count ("1 tranche", "2 tranches").
 */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const template = catalogues[locale][key] ?? en[key];
  const plural = pluralRules[locale];
  return template
    .replace(/\{(\w+):([^|}]*)\|([^}]*)\}/g, (whole, name: string, one: string, other: string) =>
      typeof params[name] === 'number' ? (plural.select(params[name]) === 'one' ? one : other) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
