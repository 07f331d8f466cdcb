/** Reading localised text (`{ en, ja?, jaTranslated? }`, schema.ts) in the reader's language. */

/** The shape every localised text has, whether from the atlas data or from a deck. */
export interface Localized {
  en: string;
  ja?: string | undefined;
  jaTranslated?: true | undefined;
}

/** The language a localised text is shown in: Japanese where it has it and the reader wants it. */
export const textLocale = (value: Localized, locale: string): 'en' | 'ja' =>
  locale === 'ja' && value.ja ? 'ja' : 'en';

/** A localised text in the reader's language, else in English. */
export const localized = (value: Localized, locale: string): string =>
  textLocale(value, locale) === 'ja' ? value.ja! : value.en;

/** Whether the text as shown is the atlas's own translation, which the app marks. */
export const isAtlasTranslation = (value: Localized, locale: string): boolean =>
  textLocale(value, locale) === 'ja' && value.jaTranslated === true;
