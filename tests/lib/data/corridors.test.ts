import { describe, expect, it } from 'vitest';
import {
  corridorIdsOf,
  distanceToCorridor,
  geometriesOf,
  financeByCountry,
  lengthByCountry,
  measureCorridor,
  membersOf,
  projectsNear,
  type CountryShape,
} from '../../../src/lib/data/corridors';
import { validateAtlas } from '../../../src/lib/data/validate';
import { corridor, corridorRoute, project, rawAtlas } from '../../fixtures/atlas';

/** A corridor drawn as one straight line along latitude 12°N, from 100°E to 101°E. */
const straight = corridor({
  geometry: {
    derivation: { en: 'A test line.' },
    parts: [
      corridorRoute([
        [100, 12],
        [101, 12],
      ]),
    ],
  },
});
const site = (id: string, lon: number, lat: number, extra: Record<string, unknown> = {}) =>
  project({
    id,
    kind: 'port',
    countries: ['KH'],
    geometry: {
      derivation: { en: 'A point.' },
      parts: [
        {
          id: 'site',
          kind: 'site',
          name: { en: id },
          geometry: { type: 'Point', coordinates: [lon, lat] },
          refs: [{ source: 'operator' }],
        },
      ],
    },
    ...extra,
  });
const onCorridor = {
  corridors: [
    { corridor: 'corridor', subCorridor: 'corridor-central', refs: [{ source: 'summit', para: '11' }] },
  ],
};

const { atlas, issues } = validateAtlas(
  rawAtlas({
    projects: [
      straight,
      // 0.1° north of the line: 11.1 km away, and placed on the corridor by a source.
      site('member-port', 100.5, 12.1, onCorridor),
      // Also 11.1 km away, but no source places it on the corridor.
      site('nearby-port', 100.7, 11.9),
      // 0.4° away: 44.5 km.
      site('far-port', 100.5, 12.4),
    ],
  }),
);
const projects = atlas!.projects;
const line = projects.find((p) => p.id === 'corridor')!;

/** Two boxes that meet at 100.25°E: "TH" to the west, "KH" to the east. */
const box = (iso: string, west: number, east: number): CountryShape => ({
  type: 'Feature',
  properties: { iso_a2: iso },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [west, 11],
        [east, 11],
        [east, 13],
        [west, 13],
        [west, 11],
      ],
    ],
  },
});

describe('corridor membership', () => {
  it('reads the fixtures without a problem', () => {
    expect(issues).toEqual([]);
  });

  it('is what a source states: the member is on the corridor and its sub-corridor, the nearby port is not', () => {
    expect(membersOf(projects, 'corridor').map((m) => m.project.id)).toEqual(['member-port']);
    expect(membersOf(projects, 'corridor')[0]!.memberships[0]!.refs).toEqual([
      { source: 'summit', para: '11' },
    ]);
    expect(corridorIdsOf(projects.find((p) => p.id === 'member-port')!)).toEqual([
      'corridor',
      'corridor-central',
    ]);
    expect(corridorIdsOf(projects.find((p) => p.id === 'nearby-port')!)).toEqual([]);
  });

  it('puts a corridor on itself and each of its sub-corridors', () => {
    expect(corridorIdsOf(line)).toEqual(['corridor', 'corridor-central']);
  });
});

describe('proximity to a corridor', () => {
  it('measures the distance from a point to the drawn line (0.1° of latitude is 11.12 km; the great circle bulges north, so 0.4° is 44.43)', () => {
    expect(
      distanceToCorridor(
        projects.find((p) => p.id === 'nearby-port')!,
        line,
      ),
    ).toBeCloseTo(11.12, 1);
    expect(
      distanceToCorridor(
        projects.find((p) => p.id === 'far-port')!,
        line,
      ),
    ).toBeCloseTo(44.43, 1);
  });

  it('lists the other projects within N km, nearest first, leaving the members out', () => {
    expect(projectsNear(projects, line, 20, geometriesOf).map((n) => n.project.id)).toEqual(['nearby-port']);
    expect(projectsNear(projects, line, 50, geometriesOf).map((n) => n.project.id)).toEqual([
      'nearby-port',
      'far-port',
    ]);
    expect(projectsNear(projects, line, 10, geometriesOf)).toEqual([]);
  });
});

describe('corridor lengths', () => {
  const [segment] = measureCorridor(line, [box('TH', 99, 100.25), box('KH', 100.25, 102)]);

  it('measures the drawn line: 1° of longitude at 12°N is 108.77 km on the great circle', () => {
    expect(segment!.km).toBeCloseTo(108.77, 1);
    expect(segment!.precision).toBe('schematic');
    expect(segment!.subCorridor).toBe('corridor-central');
  });

  it('splits it by country: a quarter in the west box, three quarters in the east', () => {
    expect(segment!.byCountry.TH).toBeCloseTo(27.19, 0);
    expect(segment!.byCountry.KH).toBeCloseTo(81.57, 0);
    expect(segment!.byCountry.outside).toBeUndefined();
  });

  it('counts line over no country polygon as outside', () => {
    const [partly] = measureCorridor(line, [box('TH', 99, 100.5)]);
    expect(partly!.byCountry.TH).toBeCloseTo(54.38, 0);
    expect(partly!.byCountry.outside).toBeCloseTo(54.38, 0);
    expect(lengthByCountry([partly!, partly!]).TH).toBeCloseTo(108.77, 0);
  });
});

describe('finance along a corridor', () => {
  it('rolls up the members only, per country, with Japan apart from co-financiers', () => {
    const rows = financeByCountry(membersOf(projects, 'corridor'), atlas!.rates, 'JPY');
    expect(rows.map((r) => [r.country, r.projects])).toEqual([['KH', ['member-port']]]);
  });
});
