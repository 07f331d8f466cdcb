/**
 * Faceted filtering of projects: what a filter holds, and pure functions over a list of
 * projects. The same filter drives the map (through the ids it keeps), the list and the counts;
 * which projects it keeps is defined once, in the filter index (filter-index.ts).
 */
import {
  applyFilters,
  buildFilterIndex,
  DIMENSIONS,
  isAllYears,
  milestoneYears,
  valuesOf,
  type Dimension,
  type FilterIndex,
  type YearOptionCounts,
} from './filter-index.ts';
import { isCorridor } from './corridor-membership';
import type { Programme, ProjectEntry } from './schema';

export { DIMENSIONS, isAllYears, milestoneYears, valuesOf, type Dimension, type YearOptionCounts };

/** Statuses in lifecycle order (the order of the schema's enum). */
export const STATUS_ORDER: readonly ProjectEntry['status']['value'][] = [
  'planned',
  'under-construction',
  'operational',
  'suspended',
  'cancelled',
];

/** Whole years, both ends included; null leaves that end open. */
export interface YearRange {
  from: number | null;
  to: number | null;
}

export interface FilterValues extends Record<Dimension, readonly string[]> {
  /** Keeps projects with a milestone in the range. */
  years: YearRange;
}

export const ALL_YEARS: YearRange = { from: null, to: null };

export const NO_FILTERS: FilterValues = {
  country: [],
  corridor: [],
  sector: [],
  status: [],
  financier: [],
  instrument: [],
  years: ALL_YEARS,
};

/**
 * The filter index of a list of projects, made the first time the list is filtered and kept
 * while the list lives (a list that has grown since gets a new one): the page, its scenes and
 * these functions share one. Its counts are of projects, as the list's heading is: corridor
 * records are filtered but not counted.
 */
const indexes = new WeakMap<readonly ProjectEntry[], FilterIndex>();
export function indexOf(projects: readonly ProjectEntry[]): FilterIndex {
  let index = indexes.get(projects);
  if (!index || index.projects.length !== projects.length)
    indexes.set(projects, (index = buildFilterIndex(projects, (p) => !isCorridor(p))));
  return index;
}

export function filterProjects<P extends ProjectEntry>(projects: readonly P[], filters: FilterValues): P[] {
  // The index keeps the very objects it was given, so they are still `P`s.
  return applyFilters(indexOf(projects), filters, []).projects as P[];
}

/** How many projects each option would leave, given the choices on the other dimensions. */
export function optionCounts(
  projects: readonly ProjectEntry[],
  filters: FilterValues,
  dimension: Dimension,
): Map<string, number> {
  return applyFilters(indexOf(projects), filters, []).options[dimension];
}

export function isFiltered(filters: FilterValues): boolean {
  return !isAllYears(filters.years) || DIMENSIONS.some((d) => filters[d].length > 0);
}

/** How many projects the other filters would leave with the year range set to `years`. */
export function countInYears(
  projects: readonly ProjectEntry[],
  filters: FilterValues,
  years: YearRange,
): number {
  return applyFilters(indexOf(projects), { ...filters, years }, []).counted;
}

/** What `countInYears` says for every option of both year selects, from one pass over the projects. */
export function yearOptionCounts(
  projects: readonly ProjectEntry[],
  filters: FilterValues,
  years: readonly number[],
): YearOptionCounts {
  return applyFilters(indexOf(projects), filters, years).years;
}

/** The first and last milestone year in the data, or null when there are none. */
export function yearBounds(projects: readonly ProjectEntry[]): { min: number; max: number } | null {
  return indexOf(projects).bounds;
}

/** Every option each dimension has in the data: statuses in lifecycle order, the rest in first-seen order. */
export function knownOptions(projects: readonly ProjectEntry[]): Record<Dimension, Set<string>> {
  const options = Object.fromEntries(DIMENSIONS.map((d) => [d, new Set<string>()])) as Record<
    Dimension,
    Set<string>
  >;
  for (const project of projects) {
    for (const dimension of DIMENSIONS)
      valuesOf(project, dimension).forEach((v) => options[dimension].add(v));
  }
  const statuses = options.status;
  options.status = new Set(STATUS_ORDER.filter((s) => statuses.has(s)));
  return options;
}

/**
 * Programmes follow the country and sector filters. A regional programme with no
 * listed countries covers every country, so a country filter keeps it.
 */
export function filterProgrammes(programmes: readonly Programme[], filters: FilterValues): Programme[] {
  return programmes.filter(
    (p) =>
      (filters.country.length === 0 ||
        p.countries.length === 0 ||
        filters.country.some((c) => (p.countries as readonly string[]).includes(c))) &&
      (filters.sector.length === 0 || filters.sector.includes(p.sector)),
  );
}
