import { describe, expect, it } from 'vitest';
import { PbfReader } from 'pbf';
import { VectorTile } from '@mapbox/vector-tile';
import type { Polygon } from 'geojson';
import { buildLandTiles, landInBox } from '../../scripts/build-land-tiles';
import { LAND_TILE_LAYER, LAND_TILE_ZOOM, landTileRange, tileX, tileY } from '../../src/lib/map/land-tiles';

const square = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

const BOX = [100, 10, 103, 13] as const;

describe('landInBox', () => {
  it('keeps land reaching into the box, clipped just beyond it, and drops land far away', () => {
    const out = landInBox([square(101, 11, 102, 12), square(102.5, 12.5, 110, 20), square(0, 0, 1, 1)], BOX);
    expect(out).toHaveLength(2);
    expect(out[0]!.geometry).toEqual(square(101, 11, 102, 12));
    const ring = out[1]!.geometry.coordinates[0]!;
    const e = Math.max(...ring.map((p) => p[0]!));
    const n = Math.max(...ring.map((p) => p[1]!));
    expect(e).toBeCloseTo(103.5);
    expect(n).toBeCloseTo(13.5);
  });
});

describe('holes in the land', () => {
  it('keeps a wide river or lake as water and fills a pond', () => {
    const ring = (w: number, s: number, e: number, n: number) => square(w, s, e, n).coordinates[0]!;
    // About 11 km × 11 km of water, and a pond of about 110 m × 110 m.
    const land: Polygon = {
      type: 'Polygon',
      coordinates: [ring(100.2, 11, 102.8, 12.8), ring(101, 12, 101.1, 12.1), ring(102, 12, 102.001, 12.001)],
    };
    const [out] = landInBox([land], BOX);
    expect(out!.geometry.coordinates).toHaveLength(2);
    expect(out!.geometry.coordinates[1]).toEqual(ring(101, 12, 101.1, 12.1));
  });
});

describe('buildLandTiles', () => {
  const land = landInBox([square(100.3, 11.2, 100.4, 11.3)], BOX);
  const tiles = buildLandTiles(land, BOX);

  it('writes every tile of the box at the tile zoom, all-sea ones empty', () => {
    const { x0, x1, y0, y1 } = landTileRange(BOX);
    expect(tiles.size).toBe((x1 - x0 + 1) * (y1 - y0 + 1));
    for (const name of tiles.keys()) expect(name).toMatch(new RegExp(`^${LAND_TILE_ZOOM}/\\d+/\\d+\\.pbf$`));
    const full = [...tiles.values()].filter((b) => b.length > 0);
    expect(full).toHaveLength(1);
  });

  it('puts the land in its tile, decodable back to the same place', () => {
    const [x, y] = [tileX(100.35), tileY(11.25)];
    const bytes = tiles.get(`${LAND_TILE_ZOOM}/${x}/${y}.pbf`);
    expect(bytes?.length).toBeGreaterThan(0);
    const layer = new VectorTile(new PbfReader(bytes!)).layers[LAND_TILE_LAYER];
    expect(layer?.length).toBe(1);
    const ring = (layer!.feature(0).toGeoJSON(x, y, LAND_TILE_ZOOM).geometry as Polygon).coordinates[0]!;
    const xs = ring.map((p) => p[0]!);
    expect(Math.min(...xs)).toBeCloseTo(100.3, 3);
    expect(Math.max(...xs)).toBeCloseTo(100.4, 3);
  });

  it('is deterministic', () => {
    const again = buildLandTiles(landInBox([square(100.3, 11.2, 100.4, 11.3)], BOX), BOX);
    expect([...again.entries()].map(([k, v]) => [k, Buffer.from(v).toString('hex')])).toEqual(
      [...tiles.entries()].map(([k, v]) => [k, Buffer.from(v).toString('hex')]),
    );
  });
});
