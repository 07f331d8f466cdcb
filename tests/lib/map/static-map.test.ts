import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { PartProperties } from '../../../src/lib/data/features';
import { labelWidth, markName, staticMapLayout } from '../../../src/lib/map/static-map';

const part = (
  project: string,
  geometry: Geometry,
  kind: PartProperties['kind'] = 'port',
): Feature<Geometry, PartProperties> => ({
  type: 'Feature',
  geometry,
  properties: {
    project,
    name: project,
    name_ja: null,
    name_local: null,
    part: 'p',
    partName: 'p',
    partName_ja: null,
    partName_local: null,
    partKind: geometry.type === 'Point' ? 'site' : 'route',
    kind,
    sector: 'transport',
    status: 'operational',
    countries: 'KH',
    corridors: '',
    subCorridor: null,
    precision: null,
    label: null,
    label_ja: null,
  },
});

const countries: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { iso_a2: 'KH' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [102, 10],
            [108, 10],
            [108, 15],
            [102, 15],
            [102, 10],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { iso_a2: 'CN' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [102, 20],
            [108, 20],
            [108, 25],
            [102, 25],
            [102, 20],
          ],
        ],
      },
    },
  ],
};
const places: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'Phnom Penh', rank: 1, capital: true },
      geometry: { type: 'Point', coordinates: [104.9, 11.6] },
    },
    {
      type: 'Feature',
      properties: { name: 'Poipet', rank: 3, capital: false },
      geometry: { type: 'Point', coordinates: [102.6, 13.7] },
    },
  ],
};

const names = (id: string) => ({ name: `${id} full name`, label: id });
const size = { width: 800, height: 600, padding: 20 };
const BOX = [102, 10, 108, 15] as const;

describe('staticMapLayout', () => {
  const parts = [
    part('port', { type: 'Point', coordinates: [103.5, 10.6] }),
    part('road', {
      type: 'LineString',
      coordinates: [
        [104.9, 11.6],
        [106.6, 10.8],
      ],
    }),
    part('road', { type: 'Point', coordinates: [104.9, 11.6] }),
  ];
  const layout = staticMapLayout(
    size,
    BOX,
    { 'countries.geojson': countries, 'places.geojson': places },
    parts,
    names,
  );

  it('fits the bounds inside the padding, north up', () => {
    const port = layout.projects.find((m) => m.project === 'port')!;
    const [pt] = port.points;
    expect(pt!.x).toBeGreaterThanOrEqual(20);
    expect(pt!.x).toBeLessThanOrEqual(780);
    expect(pt!.y).toBeGreaterThanOrEqual(20);
    expect(pt!.y).toBeLessThanOrEqual(580);
    // South of Phnom Penh is lower on the screen.
    const road = layout.projects.find((m) => m.project === 'road')!;
    expect(pt!.y).toBeGreaterThan(road.points[0]!.y);
  });

  it('groups every part of a project into one mark, with its name and a label', () => {
    expect(layout.projects.map((m) => m.project)).toEqual(['port', 'road']);
    const road = layout.projects.find((m) => m.project === 'road')!;
    expect(road.lines).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(road.points).toHaveLength(1);
    expect(road.name).toBe('road full name');
    expect(road.labelAt).not.toBeNull();
  });

  it('draws the Mekong countries apart from their neighbours, and labels only capitals', () => {
    expect(layout.basemap.filter((b) => b.file === 'countries.geojson').map((b) => b.mekong)).toEqual([
      true,
      false,
    ]);
    expect(layout.places.map((p) => p.name)).toEqual(['Phnom Penh']);
  });

  it('draws what it has when a basemap file is missing', () => {
    const bare = staticMapLayout(size, BOX, {}, parts, names);
    expect(bare.basemap).toEqual([]);
    expect(bare.projects).toHaveLength(2);
  });

  it('leaves out a label that would cover another, keeping the mark', () => {
    const crowd = staticMapLayout(
      size,
      BOX,
      {},
      ['a', 'b', 'c', 'd', 'e'].map((id) =>
        part(`crowded-${id}`, { type: 'Point', coordinates: [105, 12.5] }),
      ),
      names,
    );
    expect(crowd.projects).toHaveLength(5);
    expect(crowd.projects.filter((m) => m.labelAt).length).toBe(4);
  });

  it('gives corridors no label', () => {
    const c = staticMapLayout(
      size,
      BOX,
      {},
      [
        part(
          'sec',
          {
            type: 'LineString',
            coordinates: [
              [103, 11],
              [106, 11],
            ],
          },
          'corridor',
        ),
      ],
      names,
    );
    expect(c.projects[0]!.labelAt).toBeNull();
  });
});

describe('labelWidth', () => {
  it('counts CJK characters wider than Latin ones', () => {
    expect(labelWidth('空港空港')).toBeGreaterThan(labelWidth('abcd'));
  });
});

describe('markName', () => {
  const at = { x: 0, y: 0, align: 'start' as const };
  const name = 'Phnom Penh City Transmission and Distribution System Expansion Project';

  it('begins with the drawn short label, so a voice command naming what is seen finds the mark', () => {
    expect(markName({ name, label: 'Phnom Penh transmission', labelAt: at })).toBe(
      `Phnom Penh transmission: ${name}`,
    );
  });

  it('is the full name alone where it already begins with the label', () => {
    expect(markName({ name: 'Hai Van Tunnel (Hai Van Pass)', label: 'Hai Van Tunnel', labelAt: at })).toBe(
      'Hai Van Tunnel (Hai Van Pass)',
    );
  });

  it('puts the label first even where the full name holds it further on', () => {
    expect(
      markName({ name: 'Neak Loeung Bridge (Tsubasa Bridge)', label: 'Tsubasa Bridge', labelAt: at }),
    ).toBe('Tsubasa Bridge: Neak Loeung Bridge (Tsubasa Bridge)');
  });

  it('is the full name alone where no label is drawn', () => {
    expect(markName({ name, label: 'Phnom Penh transmission', labelAt: null })).toBe(name);
  });
});
