import { describe, expect, it } from 'vitest';
import {
  countInYears,
  filterProgrammes,
  filterProjects,
  knownOptions,
  NO_FILTERS,
  optionCounts,
  valuesOf,
  yearBounds,
  yearOptionCounts,
} from '../../../src/lib/data/filter';
import { validateAtlas } from '../../../src/lib/data/validate';
import { corridor, project, rawAtlas } from '../../fixtures/atlas';

const { atlas } = validateAtlas(
  rawAtlas({
    projects: [
      project(),
      project({
        id: 'port',
        countries: ['KH'],
        kind: 'port',
        corridors: [{ corridor: 'corridor', subCorridor: 'corridor-central', refs: [{ source: 'summit' }] }],
      }),
      project({
        id: 'plant',
        countries: ['TH'],
        sector: 'energy',
        kind: 'power-plant',
        milestones: [
          {
            date: '2019-11',
            kind: 'loan-agreement',
            label: { en: 'Loans signed' },
            refs: [{ source: 'operator' }],
          },
          { date: '2021', kind: 'opening', label: { en: 'Opened' }, refs: [{ source: 'operator' }] },
        ],
        financing: [
          {
            name: { en: 'A loan' },
            financier: { en: 'Asian Development Bank (ADB)' },
            financiers: ['adb'],
            instrument: 'private-or-other',
            amount: null,
            agreementDate: '2019-11',
            refs: [{ source: 'operator' }],
          },
          {
            name: { en: 'Co-finance' },
            financier: { en: 'Japan Bank for International Cooperation (JBIC)' },
            financiers: ['jbic'],
            instrument: 'private-or-other',
            amount: null,
            agreementDate: '2019-11',
            refs: [{ source: 'operator' }],
          },
        ],
      }),
      corridor(),
    ],
  }),
);
const projects = atlas!.projects;
const ids = (list: { id: string }[]) => list.map((p) => p.id).sort();

describe('filtering projects', () => {
  it('keeps everything with no filter', () => {
    expect(filterProjects(projects, NO_FILTERS)).toHaveLength(4);
  });

  it('matches any chosen value within a dimension', () => {
    expect(ids(filterProjects(projects, { ...NO_FILTERS, country: ['KH', 'VN'] }))).toEqual([
      'corridor',
      'metro-line',
      'port',
    ]);
  });

  it('requires every dimension across dimensions', () => {
    expect(ids(filterProjects(projects, { ...NO_FILTERS, country: ['TH'], sector: ['energy'] }))).toEqual([
      'plant',
    ]);
  });

  it('counts a corridor as belonging to itself and to its sub-corridors', () => {
    expect(
      valuesOf(
        projects.find((p) => p.id === 'corridor')!,
        'corridor',
      ),
    ).toEqual(['corridor', 'corridor-central']);
    expect(ids(filterProjects(projects, { ...NO_FILTERS, corridor: ['corridor-central'] }))).toEqual([
      'corridor',
      'port',
    ]);
  });

  it('counts, for each option, the projects it would leave given the other dimensions', () => {
    const filters = { ...NO_FILTERS, country: ['TH'], sector: ['transport'] };
    // The corridor record (KH, TH, transport) is kept by a filter but, like the list's heading, not counted.
    expect(Object.fromEntries(optionCounts(projects, filters, 'country'))).toEqual({ VN: 1, KH: 1 });
    expect(Object.fromEntries(optionCounts(projects, filters, 'sector'))).toEqual({ energy: 1 });
  });
});

describe('knownOptions', () => {
  it('lists statuses in lifecycle order whatever order the data has them in', () => {
    const options = knownOptions([
      { ...projects[0]!, status: { ...projects[0]!.status, value: 'operational' } },
      { ...projects[1]!, status: { ...projects[1]!.status, value: 'planned' } },
    ]);
    expect([...options.status]).toEqual(['planned', 'operational']);
  });
});

describe('filterProgrammes', () => {
  const programme = (id: string, countries: string[], sector = 'health') =>
    ({ id, countries, sector }) as unknown as import('../../../src/lib/data/schema').Programme;
  const list = [
    programme('kh-loan', ['KH'], 'finance'),
    programme('mm-loan', ['MM'], 'finance'),
    programme('regional', []),
  ];

  it('keeps programmes in a chosen country, and regional ones that cover every country', () => {
    expect(filterProgrammes(list, { ...NO_FILTERS, country: ['KH'] }).map((p) => p.id)).toEqual([
      'kh-loan',
      'regional',
    ]);
  });

  it('follows the sector filter', () => {
    expect(filterProgrammes(list, { ...NO_FILTERS, sector: ['health'] }).map((p) => p.id)).toEqual([
      'regional',
    ]);
  });
});

describe('the financing filter', () => {
  it('keeps projects with a tranche of a chosen instrument', () => {
    expect(ids(filterProjects(projects, { ...NO_FILTERS, instrument: ['oda-loan'] }))).toEqual([
      'corridor',
      'metro-line',
      'port',
    ]);
    expect(filterProjects(projects, { ...NO_FILTERS, instrument: ['grant'] })).toEqual([]);
  });

  it('keeps projects with a tranche from a chosen financier, and counts each project once', () => {
    expect(ids(filterProjects(projects, { ...NO_FILTERS, financier: ['jbic'] }))).toEqual(['plant']);
    expect(ids(filterProjects(projects, { ...NO_FILTERS, financier: ['jbic', 'adb'] }))).toEqual(['plant']);
    expect(optionCounts(projects, NO_FILTERS, 'financier').get('japan-oda')).toBe(2);
  });
});

describe('the milestone year range', () => {
  const years = (from: number | null, to: number | null) => ({ ...NO_FILTERS, years: { from, to } });

  it('keeps projects with a milestone inside the range, both ends included', () => {
    expect(ids(filterProjects(projects, years(2019, 2019)))).toEqual(['plant']);
    expect(ids(filterProjects(projects, years(2020, 2021)))).toEqual(['plant']);
    expect(ids(filterProjects(projects, years(2022, null)))).toEqual(['corridor', 'metro-line', 'port']);
    expect(ids(filterProjects(projects, years(null, 2018)))).toEqual([]);
  });

  it('counts what a range would leave, given the other filters', () => {
    const energy = { ...NO_FILTERS, sector: ['energy'] };
    expect(countInYears(projects, energy, { from: 2024, to: null })).toBe(0);
    expect(countInYears(projects, energy, { from: 2019, to: null })).toBe(1);
    expect(countInYears(projects, NO_FILTERS, { from: null, to: null })).toBe(3);
  });

  it('keeps corridor records it filters, but counts projects only', () => {
    expect(ids(filterProjects(projects, NO_FILTERS))).toContain('corridor');
    expect(countInYears(projects, NO_FILTERS, { from: null, to: null })).toBe(
      filterProjects(projects, NO_FILTERS).filter((p) => p.kind !== 'corridor').length,
    );
  });

  it('counts every option of both year selects as countInYears does, in one pass', () => {
    const span = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
    for (const filters of [
      NO_FILTERS,
      years(2020, null),
      years(null, 2022),
      years(2019, 2023),
      { ...years(2019, null), sector: ['transport'] },
    ]) {
      const counts = yearOptionCounts(projects, filters, span);
      for (const y of [null, ...span]) {
        const range = filters.years;
        expect(counts.from.get(y), `from ${y}`).toBe(countInYears(projects, filters, { ...range, from: y }));
        expect(counts.to.get(y), `to ${y}`).toBe(countInYears(projects, filters, { ...range, to: y }));
      }
    }
  });

  it('spans the first to the last milestone year in the data', () => {
    expect(yearBounds(projects)).toEqual({ min: 2019, max: 2024 });
    expect(yearBounds([])).toBeNull();
  });
});
