/**
 * Where the detailed land tiles live and which tiles exist: shared by the build script that
 * writes them (scripts/build-land-tiles.ts), the map style that reads them and the tests. The
 * tiles cover REGION_BBOX (basemap-style.ts).
 */

/**
 * The one zoom the tiles are cut at; MapLibre over-zooms them beyond it. At 8 a tile is about
 * 150 km across, so a project view needs a handful of them.
 */
export const LAND_TILE_ZOOM = 8;

/** Units across a tile: 8192 at zoom 8 is a grid of about 19 m. */
export const LAND_TILE_EXTENT = 8192;

/** The layer name inside each tile. */
export const LAND_TILE_LAYER = 'land';

/** Folder under public/ (and under the app's base address). */
export const LAND_TILE_DIR = 'basemap/land';

/** Web Mercator tile column of a longitude at zoom z. */
export function tileX(lon: number, z = LAND_TILE_ZOOM): number {
  return Math.floor(((lon + 180) / 360) * 2 ** z);
}

/** Web Mercator tile row of a latitude at zoom z. */
export function tileY(lat: number, z = LAND_TILE_ZOOM): number {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
}

/** The tile columns and rows that cover a [west, south, east, north] box at zoom z. */
export function tileRange(
  box: readonly [number, number, number, number],
  z: number,
): { x0: number; x1: number; y0: number; y1: number } {
  const [w, s, e, n] = box;
  return { x0: tileX(w, z), x1: tileX(e, z), y0: tileY(n, z), y1: tileY(s, z) };
}

/** The tile columns and rows that cover a [west, south, east, north] box at LAND_TILE_ZOOM. */
export function landTileRange(box: readonly [number, number, number, number]): {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
} {
  return tileRange(box, LAND_TILE_ZOOM);
}
