import { describe, expect, it } from 'vitest';
import {
  filterProgrammes,
  filterProjects,
  knownOptions,
  NO_FILTERS,
  optionCounts,
  valuesOf,
} from '../../../src/lib/data/filter';
import { validateAtlas } from '../../../src/lib/data/validate';
import { corridor, project, rawAtlas } from '../../fixtures/atlas';

const { atlas } = validateAtlas(
  rawAtlas({
    projects: [
      project(),
      project({ id: 'port', countries: ['KH'], kind: 'port', corridors: ['corridor-central'] }),
      project({ id: 'plant', countries: ['TH'], sector: 'energy', kind: 'power-plant' }),
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
    expect(Object.fromEntries(optionCounts(projects, filters, 'country'))).toEqual({ VN: 1, KH: 2, TH: 1 });
    expect(Object.fromEntries(optionCounts(projects, filters, 'sector'))).toEqual({
      transport: 1,
      energy: 1,
    });
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
      'plant',
      'port',
    ]);
    expect(filterProjects(projects, { ...NO_FILTERS, instrument: ['grant'] })).toEqual([]);
  });
});
