/** Filter values as the reader sees them, in the filter panel and in what an export says it holds. */
import type { MessageKey } from '../i18n/en';
import type { Locale } from '../i18n/translate';
import { DIMENSIONS, isAllYears, type Dimension, type FilterValues } from './filter';
import { projectShortName } from './format';
import { localized } from './localized';
import type { ProjectEntry } from './schema';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * Corridor and sub-corridor ids to their names: a corridor's from the data, a sub-corridor's the
 * part of its name before the route, e.g. "Central subcorridor".
 */
export function corridorNames(projects: readonly ProjectEntry[], locale: Locale): Map<string, string> {
  return new Map(
    projects
      .filter((p) => p.kind === 'corridor')
      .flatMap((p) => [
        [p.id, projectShortName(p, locale)] as const,
        ...p.subCorridors.map((s) => [s.id, subCorridorShortName(localized(s.name, locale))] as const),
      ]),
  );
}

/** "Central subcorridor: Bangkok–Phnom Penh–…" → "Central subcorridor" (either colon, either language). */
const subCorridorShortName = (name: string) => name.split(/[:：]/)[0]!.trim();

export function filterLabel(
  dimension: Dimension,
  value: string,
  t: Translate,
  corridors: ReadonlyMap<string, string>,
): string {
  switch (dimension) {
    case 'country':
      return t(`country.${value as 'KH'}`);
    case 'corridor':
      return corridors.get(value) ?? value;
    case 'sector':
      return t(`sector.${value as 'transport'}`);
    case 'status':
      return t(`status.${value as 'planned'}`);
    case 'financier':
      return t(`financier.${value as 'adb'}`);
    case 'instrument':
      return t(`instrument.${value as 'grant'}`);
  }
}

/** "Country: Cambodia, Laos · Milestone years: 2015–2020"; empty when nothing is filtered. */
export function filterSummary(
  filters: FilterValues,
  t: Translate,
  corridors: ReadonlyMap<string, string>,
): string {
  const parts = DIMENSIONS.filter((d) => filters[d].length > 0).map(
    (d) => `${t(`filters.${d}`)}: ${filters[d].map((v) => filterLabel(d, v, t, corridors)).join(', ')}`,
  );
  if (!isAllYears(filters.years)) {
    const { from, to } = filters.years;
    const range = `${from ?? t('filters.years.earliest')}–${to ?? t('filters.years.latest')}`;
    parts.push(`${t('filters.years')}: ${range}`);
  }
  return parts.join(' · ');
}
