/**
 * Citations as plain text, for what cannot hold a link or a tooltip: a slide's source line,
 * an exported image's footer, a printed handout.
 */
import type { Ref, Source } from '../data/schema';
import { citation, citationDetail, formatDate } from '../data/format';
import { translate } from '../i18n/translate';
import type { Locale } from '../i18n/translate';

/** "Title, para. 11 (12 Nov 2019)": short enough for a source line under a caption. */
export function sourceLine(ref: Ref, source: Source | undefined, locale: Locale): string {
  const date = source && 'date' in source && source.date ? ` (${formatDate(source.date, locale)})` : '';
  return `${citation(ref, source, locale)}${date}`;
}

type Line = (ref: Ref, source: Source | undefined, locale: Locale) => string;

/** One line per source and paragraph, so a slide or page never lists the same document twice. */
const lines =
  (line: Line) =>
  (refs: readonly Ref[], sourceById: ReadonlyMap<string, Source>, locale: Locale): string[] => [
    ...new Set(refs.map((ref) => line(ref, sourceById.get(ref.source), locale))),
  ];

export const sourceLines = lines(sourceLine);

/** An address as a reader types it: Japanese page names in their own script, not percent-encoded. */
export function readableAddress(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/**
 * Everything a reader of paper needs to find the source: title, publisher and date, and for a
 * web page its full address (in place of the site alone) and the date it was read.
 */
export function fullCitation(ref: Ref, source: Source | undefined, locale: Locale): string {
  const short = citation(ref, source, locale);
  if (source?.type === 'web') {
    const params = {
      publisher: source.publisher,
      address: readableAddress(source.url),
      accessed: formatDate(source.accessed, locale),
    };
    const meta = source.date
      ? translate(locale, 'ref.webMetaDated', { ...params, date: formatDate(source.date, locale) })
      : translate(locale, 'ref.webMeta', params);
    return `${short} · ${meta}`;
  }
  const detail = citationDetail(source, locale);
  return [short, detail.text, detail.file].filter(Boolean).join(' · ');
}

export const fullCitations = lines(fullCitation);
