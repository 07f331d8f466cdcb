/**
 * The filter index answers a filter change in one pass over typed arrays. Whatever the projects
 * and the filters, it must say what the rule says, written out here the plain way: within a
 * dimension any chosen value matches; across dimensions, and the year range, all must; each
 * option counts what it would leave given the other dimensions' choices.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  buildFilterIndex,
  DIMENSIONS,
  valuesOf,
  yearsOf,
  type Dimension,
} from '../../../src/lib/data/filter-index';
import { NO_FILTERS, type FilterValues, type YearRange } from '../../../src/lib/data/filter';
import type { Project } from '../../../src/lib/data/schema';

/** Only the fields filtering reads; the rest of a project does not enter the index. */
function record(p: {
  id: string;
  corridor: boolean;
  countries: string[];
  sector: string;
  status: string;
  tranches: { financiers: string[]; instrument: string | null }[];
  years: number[];
  corridors: { corridor: string; subCorridor: string | null }[];
}): Project {
  return {
    id: p.id,
    kind: p.corridor ? 'corridor' : 'metro',
    countries: p.countries,
    sector: p.sector,
    status: { value: p.status },
    financing: p.tranches,
    milestones: p.years.map((y, i) => ({ date: i % 2 ? `${y}-0${1 + (i % 9)}` : String(y) })),
    corridors: p.corridors,
    subCorridors: p.corridor ? [{ id: `${p.id}-sub` }] : [],
  } as unknown as Project;
}

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const some = <T>(values: readonly T[], max = 3) => fc.uniqueArray(pick(values), { maxLength: max });
const COUNTRIES = ['KH', 'LA', 'MM', 'TH', 'VN'];
const SECTORS = ['transport', 'energy', 'water'];
const STATUSES = ['planned', 'under-construction', 'operational'];
const FINANCIERS = ['japan-oda', 'jbic', 'adb'];
const INSTRUMENTS = ['oda-loan', 'grant', 'private-or-other'];
const CORRIDORS = ['c0', 'c1', 'c0-sub'];

const projectList = fc
  .array(
    fc.record({
      corridor: fc.boolean(),
      countries: fc.uniqueArray(pick(COUNTRIES), { minLength: 1, maxLength: 3 }),
      sector: pick(SECTORS),
      status: pick(STATUSES),
      tranches: fc.array(
        fc.record({ financiers: some(FINANCIERS, 2), instrument: fc.option(pick(INSTRUMENTS)) }),
        { maxLength: 3 },
      ),
      years: fc.array(fc.integer({ min: 2000, max: 2012 }), { maxLength: 4 }),
      corridors: fc.array(
        fc.record({ corridor: pick(['c0', 'c1']), subCorridor: fc.option(pick(['c0-sub'])) }),
        { maxLength: 2 },
      ),
    }),
    { maxLength: 40 },
  )
  .map((list) => list.map((p, i) => record({ ...p, id: i % 7 === 0 ? `c${i}` : `p${i}` })));

const yearEnd = fc.option(fc.integer({ min: 1998, max: 2014 }));
const filterValues: fc.Arbitrary<FilterValues> = fc.record({
  // A chosen value no project has (a stale link) matches nothing.
  country: some([...COUNTRIES, 'JP']),
  corridor: some(CORRIDORS),
  sector: some(SECTORS, 2),
  status: some(STATUSES, 2),
  financier: some(FINANCIERS, 2),
  instrument: some(INSTRUMENTS, 2),
  years: fc.record({ from: yearEnd, to: yearEnd }),
});

// The rule, the plain way.
const yearsOfProject = (p: Project) => p.milestones.map((m) => Number(m.date.slice(0, 4)));
const inRange = (p: Project, { from, to }: YearRange) =>
  (from === null && to === null) ||
  yearsOfProject(p).some((y) => (from === null || y >= from) && (to === null || y <= to));
const matches = (p: Project, f: FilterValues, except?: Dimension | 'years') =>
  (except === 'years' || inRange(p, f.years)) &&
  DIMENSIONS.every((d) => d === except || f[d].length === 0 || f[d].some((v) => valuesOf(p, d).includes(v)));
const isCounted = (p: Project) => p.kind !== 'corridor';

const RUNS = { numRuns: 400 };

describe('the filter index', () => {
  it('keeps exactly the projects that match every dimension and the year range, in their order', () => {
    fc.assert(
      fc.property(projectList, filterValues, (projects, filters) => {
        const outcome = applyFilters(buildFilterIndex(projects, isCounted), filters);
        const expected = projects.filter((p) => matches(p, filters));
        expect(outcome.projects).toEqual(expected);
        expect([...outcome.kept]).toEqual(projects.map((p) => (matches(p, filters) ? 1 : 0)));
        expect(outcome.counted).toBe(expected.filter(isCounted).length);
      }),
      RUNS,
    );
  });

  it("counts each option's projects given the other dimensions' choices, counted projects only", () => {
    fc.assert(
      fc.property(projectList, filterValues, (projects, filters) => {
        const { options } = applyFilters(buildFilterIndex(projects, isCounted), filters);
        for (const d of DIMENSIONS) {
          const expected = new Map<string, number>();
          for (const p of projects.filter(isCounted))
            if (matches(p, filters, d))
              for (const v of new Set(valuesOf(p, d))) expected.set(v, (expected.get(v) ?? 0) + 1);
          expect(Object.fromEntries(options[d]), d).toEqual(Object.fromEntries(expected));
        }
      }),
      RUNS,
    );
  });

  it('counts what every start and end year option would leave, with the other end as set', () => {
    fc.assert(
      fc.property(projectList, filterValues, (projects, filters) => {
        const index = buildFilterIndex(projects, isCounted);
        // Options outside the data's years too: an old link can hold any year.
        const options = [1999, ...yearsOf(index), 2013];
        const { years } = applyFilters(index, filters, options);
        const leaves = (range: YearRange) =>
          projects.filter((p) => isCounted(p) && matches(p, filters, 'years') && inRange(p, range)).length;
        for (const y of [null, ...options]) {
          expect(years.from.get(y), `from ${y}`).toBe(leaves({ ...filters.years, from: y }));
          expect(years.to.get(y), `to ${y}`).toBe(leaves({ ...filters.years, to: y }));
        }
      }),
      RUNS,
    );
  });

  it('offers every year from the first milestone to the last, and none without milestones', () => {
    fc.assert(
      fc.property(projectList, (projects) => {
        const all = projects.flatMap(yearsOfProject);
        const years = yearsOf(buildFilterIndex(projects));
        if (all.length === 0) expect(years).toEqual([]);
        else {
          expect(years[0]).toBe(Math.min(...all));
          expect(years.at(-1)).toBe(Math.max(...all));
          expect(years.every((y, i) => i === 0 || y === years[i - 1]! + 1)).toBe(true);
        }
      }),
    );
  });

  it('keeps everything, and counts every project once per value, with no filter', () => {
    const projects = fc.sample(projectList, { numRuns: 1, seed: 7 })[0]!;
    const outcome = applyFilters(buildFilterIndex(projects), NO_FILTERS);
    expect(outcome.projects).toEqual(projects);
    const sectors = [...outcome.options.sector.values()].reduce((a, b) => a + b, 0);
    expect(sectors).toBe(projects.length);
  });
});
