/** Plain-text formatting of data values for the UI, in the user's language. */
import type { Locale } from '../i18n/translate';
import { translate } from '../i18n/translate';
import { localized, type Localized } from './localized';
import type { Money, ProjectEntry, Ref, Source } from './schema';

/** A project's name in the user's language where the data has it, else its English name. */
export function projectName(project: Pick<ProjectEntry, 'name'>, locale: Locale): string {
  return localized(project.name, locale);
}

/** A project's short name for a label or a chart bar, in the user's language where the data has it. */
export function projectShortName(project: Pick<ProjectEntry, 'name' | 'shortName'>, locale: Locale): string {
  return localized(project.shortName ?? project.name, locale);
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Formats a partial date at exactly the precision the source gave. */
export function formatDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-');
  if (locale === 'ja') return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
  if (!m) return y!;
  const month = MONTHS_EN[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/**
 * A money amount for the reader: in English as the source stated it; in Japanese the source's own
 * words where they are Japanese, else the exact amount in Japanese number and currency format
 * ("約US$270,000,000"), never rounded.
 */
export function formatMoney(money: Money | null, locale: Locale): string {
  if (!money) return translate(locale, 'value.notDisclosed');
  if (locale !== 'ja' || JAPANESE.test(money.asStated)) return money.asStated;
  const amount = formatter('ja', {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: 20,
  }).format(money.amount);
  return money.approximate ? `約${amount}` : amount;
}

/** A value with its unit, e.g. a headline figure: as stated in English, in Japanese number format in Japanese. */
export function formatStated(
  value: { value: number; unit: Localized; asStated: string; approximate: boolean },
  locale: Locale,
): string {
  if (locale !== 'ja' || JAPANESE.test(value.asStated)) return value.asStated;
  const number = `${formatNumber(value.value, locale)} ${localized(value.unit, locale)}`;
  return value.approximate ? `約${number}` : number;
}

/** The BCP 47 locale Intl formats a UI language with. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', ja: 'ja-JP' };

const formatters = new Map<string, Intl.NumberFormat>();
/** One cached Intl.NumberFormat per language and options. */
function formatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(INTL_LOCALE[locale], options)));
  return f;
}

export function formatNumber(value: number, locale: Locale): string {
  return formatter(locale, { maximumFractionDigits: 3 }).format(value);
}

/** Short citation: "Joint Statement of the 12th Mekong-Japan Summit, para. 11". */
export function citation(ref: Ref, source: Source | undefined, locale: Locale): string {
  const title = source?.title ?? ref.source;
  // "11" is a numbered paragraph; anything else names a section ("Economic Cooperation").
  const para = ref.para
    ? `, ${translate(locale, /^\d+$/.test(ref.para) ? 'ref.para' : 'ref.section', { para: ref.para })}`
    : '';
  return `${title}${para}`;
}

/**
 * What a reader needs to judge and find a source, after its title: publisher and date for a
 * document, publisher, site and the date read for a web page, publisher and licence for a
 * data set. The shared documents' file name is kept apart, as a detail.
 */
export function citationDetail(
  source: Source | undefined,
  locale: Locale,
): { text: string; file: string | null } {
  if (!source) return { text: '', file: null };
  switch (source.type) {
    case 'document':
      return {
        text: translate(locale, 'ref.documentMeta', {
          publisher: source.publisher,
          date: formatDate(source.date, locale),
        }),
        file: translate(locale, 'ref.file', { file: source.file }),
      };
    case 'web': {
      const params = {
        publisher: source.publisher,
        address: siteOf(source.url),
        accessed: formatDate(source.accessed, locale),
      };
      return {
        text: source.date
          ? translate(locale, 'ref.webMetaDated', { ...params, date: formatDate(source.date, locale) })
          : translate(locale, 'ref.webMeta', params),
        file: null,
      };
    }
    case 'dataset':
      return {
        text: translate(locale, 'ref.datasetMeta', {
          publisher: source.publisher,
          licence: source.licence,
          package: source.package,
        }),
        file: null,
      };
  }
}

/** The site a web address is on, e.g. "www.jica.go.jp"; the full address stays in the link. */
export function siteOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The address a citation links to, if it has one. Only http(s) addresses are ever linked. */
export function sourceHref(source: Source | undefined): string | null {
  if (!source || source.type !== 'web') return null;
  return /^https?:\/\//.test(source.url) ? source.url : null;
}

/** An exchange rate, units of `currency` per US dollar: "¥117.26". */
export function formatRate(perUsd: number, currency: string, locale: Locale): string {
  return formatter(locale, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    maximumFractionDigits: 4,
  }).format(perUsd);
}

/** A computed sum or conversion, e.g. "¥95.9bn" or "$1.2bn"; never used for an amount a source states. */
export function formatCompactMoney(value: number, currency: 'JPY' | 'USD', locale: Locale): string {
  return formatter(locale, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(value);
}
