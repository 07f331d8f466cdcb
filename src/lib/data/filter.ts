/**
 * Faceted filtering of projects. Pure functions: the same filter drives the map
 * (as a MapLibre expression over project ids), the list and the counts.
 */
import { corridorIdsOf } from './corridor-membership.ts';
import type { Programme, Project } from './schema';

/** Statuses in lifecycle order (the order of the schema's enum). */
export const STATUS_ORDER: readonly Project['status']['value'][] = [
  'planned',
  'under-construction',
  'operational',
  'suspended',
  'cancelled',
];

export const DIMENSIONS = ['country', 'corridor', 'sector', 'status', 'financier', 'instrument'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

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

/** The values a project has on one dimension; corridor membership is the corridor module's. */
export function valuesOf(project: Project, dimension: Dimension): readonly string[] {
  switch (dimension) {
    case 'country':
      return project.countries;
    case 'corridor':
      return corridorIdsOf(project);
    case 'sector':
      return [project.sector];
    case 'status':
      return [project.status.value];
    case 'financier':
      return [...new Set(project.financing.flatMap((t) => t.financiers))];
    case 'instrument':
      return [...new Set(project.financing.flatMap((t) => (t.instrument ? [t.instrument] : [])))];
  }
}

/** The years of a project's milestones (a date may be just a year). */
export function milestoneYears(project: Project): number[] {
  return project.milestones.map((m) => Number(m.date.slice(0, 4)));
}

export function isAllYears(years: YearRange): boolean {
  return years.from === null && years.to === null;
}

export function inYears(project: Project, years: YearRange): boolean {
  if (isAllYears(years)) return true;
  const { from, to } = years;
  return milestoneYears(project).some((y) => (from === null || y >= from) && (to === null || y <= to));
}

/** Within a dimension any chosen value matches; across dimensions, and the year range, all must. */
export function matches(project: Project, filters: FilterValues, except?: Dimension | 'years'): boolean {
  if (except !== 'years' && !inYears(project, filters.years)) return false;
  return DIMENSIONS.every((dimension) => {
    const chosen = filters[dimension];
    if (dimension === except || chosen.length === 0) return true;
    const values = valuesOf(project, dimension);
    return chosen.some((value) => values.includes(value));
  });
}

export function filterProjects(projects: readonly Project[], filters: FilterValues): Project[] {
  return projects.filter((p) => matches(p, filters));
}

/** How many projects each option would leave, given the choices on the other dimensions. */
export function optionCounts(
  projects: readonly Project[],
  filters: FilterValues,
  dimension: Dimension,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const project of projects) {
    if (!matches(project, filters, dimension)) continue;
    for (const value of new Set(valuesOf(project, dimension)))
      counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

export function isFiltered(filters: FilterValues): boolean {
  return !isAllYears(filters.years) || DIMENSIONS.some((d) => filters[d].length > 0);
}

/** How many projects the other filters would leave with the year range set to `years`. */
export function countInYears(projects: readonly Project[], filters: FilterValues, years: YearRange): number {
  return projects.filter((p) => matches(p, filters, 'years') && inYears(p, years)).length;
}

export interface YearOptionCounts {
  /** For each start year (null: the earliest), how many projects it would leave with the end as set. */
  from: Map<number | null, number>;
  /** For each end year (null: the latest), how many projects it would leave with the start as set. */
  to: Map<number | null, number>;
}

/**
 * What `countInYears` says for every option of both year selects, in one pass over the
 * projects and a search per option, rather than a pass over the projects per option. A project is left by a start
 * year y when one of its milestones lies from y up to the end as set: its latest such year is at
 * least y. The end year likewise, mirrored.
 */
export function yearOptionCounts(
  projects: readonly Project[],
  filters: FilterValues,
  years: readonly number[],
): YearOptionCounts {
  const { from: start, to: end } = filters.years;
  const latest: number[] = [];
  const earliest: number[] = [];
  for (const project of projects) {
    if (!matches(project, filters, 'years')) continue;
    let late = -Infinity;
    let early = Infinity;
    for (const y of milestoneYears(project)) {
      if ((end === null || y <= end) && y > late) late = y;
      if ((start === null || y >= start) && y < early) early = y;
    }
    latest.push(late);
    earliest.push(early);
  }
  // With no start (or no end) chosen and the other end open, every project counts, dated or not.
  const from = new Map<number | null, number>([
    [null, countInYears(projects, filters, { from: null, to: end })],
  ]);
  const to = new Map<number | null, number>([
    [null, countInYears(projects, filters, { from: start, to: null })],
  ]);
  latest.sort((a, b) => a - b);
  earliest.sort((a, b) => a - b);
  for (const y of years) {
    from.set(y, latest.length - firstAtLeast(latest, y));
    to.set(y, firstAtLeast(earliest, y + 1));
  }
  return { from, to };
}

/** The index of the first value at least `value` in an ascending list (its length if none is). */
function firstAtLeast(sorted: readonly number[], value: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first and last milestone year in the data, or null when there are none. */
export function yearBounds(projects: readonly Project[]): { min: number; max: number } | null {
  const years = projects.flatMap(milestoneYears);
  return years.length ? { min: Math.min(...years), max: Math.max(...years) } : null;
}

/** Every option each dimension has in the data: statuses in lifecycle order, the rest in first-seen order. */
export function knownOptions(projects: readonly Project[]): Record<Dimension, Set<string>> {
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
