/**
 * The one definition of which projects a filter keeps, made to answer a filter change at
 * 10,000 projects within a frame. What every change needs is worked out once per data set:
 * each project's values on each dimension as small integer codes, and its milestone years.
 * A change is then one pass over typed arrays that gives, together, the projects kept, every
 * option's count "given the other dimensions" and the counts of every option of both year selects.
 *
 * Within a dimension any chosen value matches; across dimensions, and the year range, all must.
 */
import { corridorIdsOf } from './corridor-membership.ts';
import type { FilterValues, YearRange } from './filter.ts';
import type { ProjectEntry } from './schema';

export const DIMENSIONS = ['country', 'corridor', 'sector', 'status', 'financier', 'instrument'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The values a project has on one dimension; corridor membership is the corridor module's. */
export function valuesOf(project: ProjectEntry, dimension: Dimension): readonly string[] {
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
export function milestoneYears(project: ProjectEntry): number[] {
  return project.milestones.map((m) => Number(m.date.slice(0, 4)));
}

export function isAllYears(years: YearRange): boolean {
  return years.from === null && years.to === null;
}

/** Lists of small integers, one list per project, laid end to end. */
interface Lists<T extends Uint16Array | Int32Array> {
  /** Project i's list is `items[start[i]]` up to, not including, `items[start[i + 1]]`. */
  start: Uint32Array;
  items: T;
}

function lists<T extends Uint16Array | Int32Array>(
  per: readonly (readonly number[])[],
  make: (length: number) => T,
): Lists<T> {
  const start = new Uint32Array(per.length + 1);
  per.forEach((list, i) => (start[i + 1] = start[i]! + list.length));
  const items = make(start[per.length]!);
  per.forEach((list, i) => items.set(list, start[i]!));
  return { start, items };
}

interface Facet extends Lists<Uint16Array> {
  /** The dimension's values in first-seen order; a value's code is its position here. */
  values: string[];
}

export interface FilterIndex {
  readonly projects: readonly ProjectEntry[];
  readonly facets: Readonly<Record<Dimension, Facet>>;
  readonly years: Lists<Int32Array>;
  /** 1 for the projects the counts count (the list's heading's projects), 0 for the rest. */
  readonly counted: Uint8Array;
  /** The first and last milestone year of any project, or null when none has one. */
  readonly bounds: { min: number; max: number } | null;
}

/**
 * What every filter change needs, made once per data set. `counted` says which projects the
 * option counts count (all by default); every project is filtered either way.
 */
export function buildFilterIndex<P extends ProjectEntry>(
  projects: readonly P[],
  counted: (project: P) => boolean = () => true,
): FilterIndex {
  const facets = {} as Record<Dimension, Facet>;
  for (const dimension of DIMENSIONS) {
    const codes = new Map<string, number>();
    const per = projects.map((project) => [
      ...new Set(
        valuesOf(project, dimension).map((value) => {
          let code = codes.get(value);
          if (code === undefined) codes.set(value, (code = codes.size));
          return code;
        }),
      ),
    ]);
    facets[dimension] = { ...lists(per, (n) => new Uint16Array(n)), values: [...codes.keys()] };
  }
  const years = lists(projects.map(milestoneYears), (n) => new Int32Array(n));
  let [min, max] = [Infinity, -Infinity];
  for (const y of years.items) [min, max] = [Math.min(min, y), Math.max(max, y)];
  return {
    projects,
    facets,
    years,
    counted: Uint8Array.from(projects, (p) => (counted(p) ? 1 : 0)),
    bounds: years.items.length ? { min, max } : null,
  };
}

export interface YearOptionCounts {
  /** For each start year (null: the earliest), how many projects it would leave with the end as set. */
  from: Map<number | null, number>;
  /** For each end year (null: the latest), how many projects it would leave with the start as set. */
  to: Map<number | null, number>;
}

export interface FilterOutcome {
  /** 1 for each project the filters keep, 0 for the rest, in the index's order. */
  kept: Uint8Array;
  /** The projects kept, in the index's order. */
  projects: ProjectEntry[];
  /** How many of those the index counts. */
  counted: number;
  /** For each option, how many counted projects it would leave given the other dimensions' choices. */
  options: Record<Dimension, Map<string, number>>;
  /** For every year option of both selects, how many counted projects it would leave. */
  years: YearOptionCounts;
}

/** The bit a project fails on when it has none of a dimension's chosen values; the year range's is the last. */
const YEARS_BIT = 1 << DIMENSIONS.length;

/**
 * Everything one filter change shows, in one pass. `yearOptions` are the years both year
 * selects offer (every year from the first milestone to the last, by default).
 */
export function applyFilters(
  index: FilterIndex,
  filters: FilterValues,
  yearOptions: readonly number[] = yearsOf(index),
): FilterOutcome {
  const n = index.projects.length;
  // Bit d of fails[i]: project i has none of the values chosen on dimension d.
  const fails = new Uint8Array(n);
  DIMENSIONS.forEach((dimension, d) => {
    const chosen = filters[dimension];
    if (chosen.length === 0) return;
    const { values, start, items } = index.facets[dimension];
    const wanted = new Uint8Array(values.length);
    for (const value of chosen) {
      const code = values.indexOf(value);
      if (code >= 0) wanted[code] = 1;
    }
    for (let i = 0; i < n; i++) {
      let hit = 0;
      for (let k = start[i]!; k < start[i + 1]! && !hit; k++) hit = wanted[items[k]!]!;
      if (!hit) fails[i]! |= 1 << d;
    }
  });
  const range = filters.years;
  const { start, items } = index.years;
  if (!isAllYears(range)) {
    const [from, to] = [range.from ?? -Infinity, range.to ?? Infinity];
    for (let i = 0; i < n; i++) {
      let hit = false;
      for (let k = start[i]!; k < start[i + 1]! && !hit; k++) hit = items[k]! >= from && items[k]! <= to;
      if (!hit) fails[i]! |= YEARS_BIT;
    }
  }

  const kept = new Uint8Array(n);
  const projects: ProjectEntry[] = [];
  let counted = 0;
  const tallies = DIMENSIONS.map((d) => new Uint32Array(index.facets[d].values.length));
  // Per year option: counted projects the other filters keep whose latest milestone up to the
  // end as set is at least that year (the start selects), or whose earliest from the start as set
  // is at most it (the end selects); dated or not, for the "earliest" and "latest" options.
  const lo = index.bounds?.min ?? 0;
  const width = index.bounds ? index.bounds.max - lo + 1 : 0;
  const latest = new Uint32Array(width);
  const earliest = new Uint32Array(width);
  let [byYears, upToEnd, fromStart] = [0, 0, 0];
  const [end, begin] = [range.to ?? Infinity, range.from ?? -Infinity];

  for (let i = 0; i < n; i++) {
    const fail = fails[i]!;
    if (fail === 0) {
      kept[i] = 1;
      projects.push(index.projects[i]!);
      counted += index.counted[i]!;
    }
    if (!index.counted[i]) continue;
    // A project counts for a dimension's options when only that dimension, or nothing, rules it out.
    const others = fail & (YEARS_BIT - 1);
    if ((fail & YEARS_BIT) === 0 && (others & (others - 1)) === 0)
      DIMENSIONS.forEach((dimension, d) => {
        if (others !== 0 && others !== 1 << d) return;
        const { start: s, items: codes } = index.facets[dimension];
        for (let k = s[i]!; k < s[i + 1]!; k++) tallies[d]![codes[k]!]!++;
      });
    if (others !== 0) continue;
    byYears++;
    let [late, early] = [-Infinity, Infinity];
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const y = items[k]!;
      if (y <= end && y > late) late = y;
      if (y >= begin && y < early) early = y;
    }
    if (late !== -Infinity) {
      upToEnd++;
      latest[late - lo]!++;
    }
    if (early !== Infinity) {
      fromStart++;
      earliest[early - lo]!++;
    }
  }

  const options = Object.fromEntries(
    DIMENSIONS.map((dimension, d) => {
      const counts = new Map<string, number>();
      index.facets[dimension].values.forEach((value, code) => {
        if (tallies[d]![code]) counts.set(value, tallies[d]![code]!);
      });
      return [dimension, counts];
    }),
  ) as Record<Dimension, Map<string, number>>;

  // With no start (or no end) chosen and the other end open, every project counts, dated or not.
  const from = new Map<number | null, number>([[null, range.to === null ? byYears : upToEnd]]);
  const to = new Map<number | null, number>([[null, range.from === null ? byYears : fromStart]]);
  // atLeast[j]: latest years from lo + j on; atMost[j]: earliest years up to lo + j.
  const atLeast = new Uint32Array(width + 1);
  for (let j = width - 1; j >= 0; j--) atLeast[j] = atLeast[j + 1]! + latest[j]!;
  const atMost = new Uint32Array(width);
  for (let j = 0; j < width; j++) atMost[j] = (j > 0 ? atMost[j - 1]! : 0) + earliest[j]!;
  for (const y of yearOptions) {
    const j = y - lo;
    from.set(y, atLeast[Math.min(Math.max(j, 0), width)]!);
    to.set(y, j < 0 ? 0 : (atMost[Math.min(j, width - 1)] ?? 0));
  }
  return { kept, projects, counted, options, years: { from, to } };
}

/** Every whole year from the index's first milestone year to its last. */
export function yearsOf(index: FilterIndex): number[] {
  const bounds = index.bounds;
  return bounds ? Array.from({ length: bounds.max - bounds.min + 1 }, (_, i) => bounds.min + i) : [];
}
