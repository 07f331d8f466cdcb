/**
 * File names for downloads of the filtered set: the table, every filter chosen and the
 * data's as-of date, so a file saved weeks ago still says what it holds and how old it is.
 */
import { DIMENSIONS, isAllYears, type FilterValues, type YearRange } from './filter.ts';

export type ExportTable = 'projects' | 'tranches' | 'milestones';

/** Only letters, digits and dashes reach a file name, whatever a value holds. */
const safe = (value: string): string => value.replace(/[^A-Za-z0-9-]+/g, '-');

function yearsPart({ from, to }: YearRange): string {
  if (from !== null && to !== null) return from === to ? `years-${from}` : `years-${from}-${to}`;
  return from !== null ? `years-from-${from}` : `years-to-${to}`;
}

/**
 * E.g. `mekong-japan-tranches_country-KH_corridor-southern-economic-corridor_2026-12-01.csv`.
 * Values of one filter are joined with `+`, because ids themselves contain dashes; with no
 * filter the name says `all`, so it never looks like the header's whole-data download.
 */
export function exportFileName(
  table: ExportTable,
  filters: FilterValues,
  asOf: string,
  extension: 'csv' | 'geojson',
): string {
  return [`mekong-japan-${table}`, ...filterParts(filters), safe(asOf)].join('_') + `.${extension}`;
}

function filterParts(filters: FilterValues): string[] {
  const parts = DIMENSIONS.filter((d) => filters[d].length > 0).map(
    (d) => `${d}-${filters[d].map(safe).join('+')}`,
  );
  if (!isAllYears(filters.years)) parts.push(yearsPart(filters.years));
  return parts.length > 0 ? parts : ['all'];
}

/** What an image shows: a scene of a deck, or the map with a project and the filters. */
export type ImageSubject =
  | { scene: { deck: string; n: number } }
  | { project: string | null; filters: FilterValues; year: number | null };

/**
 * E.g. `mekong-japan-scene_default-3_2026-12-01@2x.png` or
 * `mekong-japan-map_national-road-5_country-KH_2026-12-01.png`; `@2x` marks the print size.
 */
export function imageFileName(subject: ImageSubject, asOf: string, scale: 1 | 2): string {
  const parts =
    'scene' in subject
      ? ['mekong-japan-scene', `${safe(subject.scene.deck)}-${subject.scene.n}`]
      : [
          'mekong-japan-map',
          ...(subject.project ? [safe(subject.project)] : []),
          ...filterParts(subject.filters),
          ...(subject.year !== null ? [`year-${subject.year}`] : []),
        ];
  return `${[...parts, safe(asOf)].join('_')}${scale === 2 ? '@2x' : ''}.png`;
}
