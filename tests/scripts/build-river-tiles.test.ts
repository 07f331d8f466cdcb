import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PbfReader } from 'pbf';
import { VectorTile } from '@mapbox/vector-tile';
import type { LineString, Position } from 'geojson';
import {
  RIVER_EXTRACT,
  buildRiverTiles,
  riversInBox,
  writeRiverExtract,
  writeRiverTiles,
} from '../../scripts/build-river-tiles';
import { REGION_BBOX } from '../../src/lib/map/basemap-style';
import { tileRange, tileX, tileY } from '../../src/lib/map/land-tiles';
import { RIVER_TILE_LAYER, RIVER_TILE_ZOOM } from '../../src/lib/map/river-tiles';

const ROOT = path.resolve(__dirname, '../..');
const BOX = [100, 10, 103, 13] as const;

/** A feature as Natural Earth's GeoJSON writes it, with fields the build does not read. */
const ne = (coordinates: Position[], props: Record<string, unknown> = {}) => ({
  type: 'Feature' as const,
  properties: {
    featurecla: 'River',
    scalerank: 4,
    name: 'Mekong',
    rivernum: 7,
    note: null,
    ...props,
    name_en: 'name_en' in props ? props.name_en : 'name' in props ? props.name : 'Mekong',
  } as { featurecla: string; scalerank: number; name: string | null; name_en?: string | null },
  geometry: { type: 'LineString' as const, coordinates },
});

describe('riversInBox', () => {
  it('keeps rivers reaching into the box, clipped half a degree beyond it, and drops far ones', () => {
    const out = riversInBox(
      [
        ne([
          [101, 11],
          [101.5, 11.5],
        ]),
        ne([
          [102, 12],
          [110, 12],
        ]),
        ne([
          [0, 0],
          [1, 1],
        ]),
      ],
      BOX,
    );
    expect(out).toHaveLength(2);
    const xs = out.flatMap((r) => (r.geometry as LineString).coordinates.map((p) => p[0]!));
    expect(Math.max(...xs)).toBeCloseTo(103.5);
    expect(Math.min(...xs)).toBe(101);
  });

  it('drops lake centrelines, which cross lakes the map draws as water', () => {
    const line: Position[] = [
      [101, 11],
      [101.2, 11.2],
    ];
    const out = riversInBox(
      [ne(line, { featurecla: 'Lake Centerline', name: 'Tonle Sap' }), ne(line, { name: 'Tonle Sap' })],
      BOX,
    );
    expect(out.map((r) => r.properties)).toEqual([{ name: 'Tonle Sap', scalerank: 4 }]);
  });

  it('keeps only the English name and the scale rank, and no name when there is none', () => {
    const line: Position[] = [
      [101, 11],
      [101.2, 11.2],
    ];
    const out = riversInBox(
      [
        ne(line, { name: 'Hong', name_en: 'Red River', scalerank: 6 }),
        ne(line, { name: null, name_en: null }),
      ],
      BOX,
    );
    expect(out.map((r) => r.properties)).toEqual([{ scalerank: 4 }, { name: 'Red River', scalerank: 6 }]);
  });

  it('orders the great rivers first, whatever the input order', () => {
    const line = (x: number): Position[] => [
      [x, 11],
      [x, 12],
    ];
    const a = ne(line(101), { name: 'Chao Phraya', scalerank: 7 });
    const b = ne(line(102), { name: 'Mekong', scalerank: 2 });
    const names = (rs: ReturnType<typeof riversInBox>) => rs.map((r) => r.properties.name);
    expect(names(riversInBox([a, b], BOX))).toEqual(['Mekong', 'Chao Phraya']);
    expect(names(riversInBox([b, a], BOX))).toEqual(['Mekong', 'Chao Phraya']);
  });
});

describe('buildRiverTiles', () => {
  // Well inside one tile, away from its neighbours' buffers.
  const rivers = riversInBox(
    [
      ne([
        [101.8, 11.8],
        [101.9, 11.9],
      ]),
    ],
    BOX,
  );
  const tiles = buildRiverTiles(rivers, BOX);

  it('writes every tile of the box at the tile zoom, those without a river empty', () => {
    const { x0, x1, y0, y1 } = tileRange(BOX, RIVER_TILE_ZOOM);
    expect(tiles.size).toBe((x1 - x0 + 1) * (y1 - y0 + 1));
    for (const name of tiles.keys()) expect(name).toMatch(new RegExp(`^${RIVER_TILE_ZOOM}/\\d+/\\d+\\.pbf$`));
    expect([...tiles.values()].filter((b) => b.length > 0)).toHaveLength(1);
  });

  it('puts the river in its tile with its rank, decodable back to the same place', () => {
    const [x, y] = [tileX(101.85, RIVER_TILE_ZOOM), tileY(11.85, RIVER_TILE_ZOOM)];
    const bytes = tiles.get(`${RIVER_TILE_ZOOM}/${x}/${y}.pbf`);
    expect(bytes?.length).toBeGreaterThan(0);
    const layer = new VectorTile(new PbfReader(bytes!)).layers[RIVER_TILE_LAYER];
    expect(layer?.length).toBe(1);
    const f = layer!.feature(0);
    expect(f.properties).toEqual({ name: 'Mekong', scalerank: 4 });
    const line = (f.toGeoJSON(x, y, RIVER_TILE_ZOOM).geometry as LineString).coordinates;
    expect(line[0]![0]).toBeCloseTo(101.8, 2);
    expect(line[line.length - 1]![1]).toBeCloseTo(11.9, 2);
  });

  it('is deterministic', () => {
    const again = buildRiverTiles(rivers, BOX);
    expect([...again.entries()].map(([k, v]) => [k, Buffer.from(v).toString('hex')])).toEqual(
      [...tiles.entries()].map(([k, v]) => [k, Buffer.from(v).toString('hex')]),
    );
  });
});

describe('the extract and the tiles on disk', () => {
  it('rejects a Natural Earth file whose feature lacks a scale rank, naming file and field', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rivers-'));
    const bad = path.join(dir, 'ne_10m_rivers_lake_centerlines.json');
    const f = ne([
      [101, 11],
      [101.2, 11.2],
    ]) as { properties: Record<string, unknown> };
    delete f.properties.scalerank;
    fs.writeFileSync(bad, JSON.stringify({ type: 'FeatureCollection', features: [f] }));
    fs.mkdirSync(path.join(dir, path.dirname(RIVER_EXTRACT)), { recursive: true });
    expect(() => writeRiverExtract(bad, dir)).toThrow(
      /^ne_10m_rivers_lake_centerlines\.json: features\[0\]\.properties\.scalerank: is required/,
    );
  });

  it('the committed extract has the region’s great rivers, and tiles the whole region', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'river-tiles-'));
    const { files, bytes } = writeRiverTiles(dir, ROOT);
    const { x0, x1, y0, y1 } = tileRange(REGION_BBOX, RIVER_TILE_ZOOM);
    expect(files).toBe((x1 - x0 + 1) * (y1 - y0 + 1));
    expect(bytes).toBeGreaterThan(0);
    const text = fs.readFileSync(path.join(ROOT, RIVER_EXTRACT), 'utf8');
    for (const name of ['Mekong', 'Tonle Sap', 'Chao Phraya', 'Salween', 'Irrawaddy', 'Red'])
      expect(text, name).toContain(`"name":"${name}"`);
  });
});
