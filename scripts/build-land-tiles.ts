/**
 * The detailed land of the basemap, for project zoom: OpenStreetMap land polygons at 10 m
 * resolution (npm `@geo-maps/earth-lands-10m`, ODbL), clipped to the region and cut into vector
 * tiles at one zoom (LAND_TILE_ZOOM) that MapLibre over-zooms. The map requests only the tiles in
 * view and only from that zoom on, so the overview never downloads them.
 *
 * Every tile of the region is written, the empty (all-sea) ones as zero-byte files, so that no
 * request in the region ends in a 404 that the map would report as a failed basemap file.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as turf from '@turf/turf';
import { cutTiles } from './cut-tiles';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { REGION_BBOX } from '../src/lib/map/basemap-style';
import { LAND_TILE_EXTENT, LAND_TILE_LAYER, LAND_TILE_ZOOM } from '../src/lib/map/land-tiles';

type BBox = readonly [number, number, number, number];

/**
 * Holes (lakes, ponds, the wide rivers) smaller than this are filled: at the tiles' simplification
 * a pond becomes a stray triangle, while the Mekong at Phnom Penh is tens of square kilometres.
 */
export const MIN_HOLE_KM2 = 2;

/** The [west, south, east, north] of a ring. */
function ringBox(ring: Position[]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = NaN, y = NaN] of ring) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

const meets = (a: BBox, b: BBox) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/**
 * The land polygons that reach into `box`, clipped to it (a little beyond, so that the tiles'
 * buffers at the edge of the region are filled too).
 */
export function landInBox(geometries: Array<Polygon | MultiPolygon>, box: BBox): Feature<Polygon>[] {
  const margin = 0.5;
  const clip: BBox = [box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin];
  const out: Feature<Polygon>[] = [];
  for (const g of geometries) {
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const rings of polys) {
      const outer = rings[0];
      if (!outer || outer.length < 4) continue;
      const b = ringBox(outer);
      if (!meets(b, clip)) continue;
      const inside = b[0] >= clip[0] && b[2] <= clip[2] && b[1] >= clip[1] && b[3] <= clip[3];
      const kept = [
        outer,
        ...rings.slice(1).filter((r) => r.length >= 4 && turf.area(turf.polygon([r])) >= MIN_HOLE_KM2 * 1e6),
      ];
      const poly = turf.polygon(kept);
      const clipped = inside ? poly : (turf.bboxClip(poly, [...clip]) as Feature<Polygon>);
      if ((clipped.geometry.coordinates[0]?.length ?? 0) >= 4) {
        out.push({ type: 'Feature', properties: {}, geometry: clipped.geometry });
      }
    }
  }
  return out;
}

/** Tile path (`z/x/y.pbf`) -> the tile's bytes; all-sea tiles are empty. */
export function buildLandTiles(land: Feature<Polygon>[], box: BBox): Map<string, Uint8Array> {
  return cutTiles(land, {
    layer: LAND_TILE_LAYER,
    zoom: LAND_TILE_ZOOM,
    extent: LAND_TILE_EXTENT,
    // In tile units: about 40 m at this zoom and extent, well under a port's quay.
    tolerance: 2,
    box,
  });
}

/** Reads the npm land polygons, tiles them and writes them under `outDir` (replacing what was there). */
export function writeLandTiles(nodeModules: string, outDir: string): { files: number; bytes: number } {
  const file = path.join(nodeModules, '@geo-maps', 'earth-lands-10m', 'map.geo.json');
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    geometries: Array<Polygon | MultiPolygon>;
  };
  const land = landInBox(data.geometries, REGION_BBOX);
  const tiles = buildLandTiles(land, REGION_BBOX);
  fs.rmSync(outDir, { recursive: true, force: true });
  let bytes = 0;
  for (const [name, content] of tiles) {
    const to = path.join(outDir, name);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.writeFileSync(to, content);
    bytes += content.length;
  }
  return { files: tiles.size, bytes };
}
