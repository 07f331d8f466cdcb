/**
 * The detailed land the map draws at project zoom, read from the land tiles the app ships
 * (public/basemap/land): OpenStreetMap land polygons, with the wide rivers and lakes as holes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PbfReader } from 'pbf';
import { VectorTile } from '@mapbox/vector-tile';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { LAND_TILE_DIR, LAND_TILE_LAYER, LAND_TILE_ZOOM, tileX, tileY } from '../../src/lib/map/land-tiles';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const tileCache = new Map<string, Feature<Polygon | MultiPolygon>[]>();

/** The land polygons of the tile a point is in. */
export function landAround(lon: number, lat: number): Feature<Polygon | MultiPolygon>[] {
  const [x, y] = [tileX(lon), tileY(lat)];
  const key = `${LAND_TILE_ZOOM}/${x}/${y}`;
  const cached = tileCache.get(key);
  if (cached) return cached;
  const bytes = fs.readFileSync(path.join(ROOT, 'public', LAND_TILE_DIR, `${key}.pbf`));
  const layer = new VectorTile(new PbfReader(bytes)).layers[LAND_TILE_LAYER];
  const out: Feature<Polygon | MultiPolygon>[] = [];
  for (let i = 0; layer && i < layer.length; i++) {
    out.push(layer.feature(i).toGeoJSON(x, y, LAND_TILE_ZOOM) as Feature<Polygon | MultiPolygon>);
  }
  tileCache.set(key, out);
  return out;
}

/** 0 on land, else metres to the nearest shore in the point's tile. */
export function metresFromLand(lon: number, lat: number): number {
  const pt = turf.point([lon, lat]);
  let best = Infinity;
  for (const f of landAround(lon, lat)) {
    if (turf.booleanPointInPolygon(pt, f)) return 0;
    for (const line of turf.flatten(turf.polygonToLine(f) as Feature).features) {
      best = Math.min(best, turf.pointToLineDistance(pt, line as Feature<never>, { units: 'meters' }));
    }
  }
  return best;
}

/**
 * What a point is on: land; inland water (a river or lake, a hole in the land); or the sea
 * (outside the coast, which in OpenStreetMap's data also runs up the estuaries).
 */
export function surfaceAt(lon: number, lat: number): 'land' | 'inland-water' | 'sea' {
  const pt = turf.point([lon, lat]);
  let inland = false;
  for (const f of landAround(lon, lat)) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const rings of polygons) {
      if (!rings[0] || !turf.booleanPointInPolygon(pt, turf.polygon([rings[0]]))) continue;
      if (turf.booleanPointInPolygon(pt, turf.polygon(rings))) return 'land';
      inland = true;
    }
  }
  return inland ? 'inland-water' : 'sea';
}
