/**
 * Where the detailed rivers live and which tiles exist: shared by the build script that writes
 * them (scripts/build-river-tiles.ts), the map style that reads them and the tests. The rivers are
 * Natural Earth's 1:10m river centrelines (public domain), clipped to REGION_BBOX
 * (basemap-style.ts) and cut into vector tiles at one zoom that MapLibre over-zooms, so the
 * overview, drawn from the 1:50m rivers, never downloads them.
 */

/**
 * The one zoom the tiles are cut at. At 7 a tile is about 300 km across: a project view needs one
 * to four of them, and the region is about a hundred.
 */
export const RIVER_TILE_ZOOM = 7;

/** Units across a tile: 4096 at zoom 7 is a grid of about 75 m, finer than the 1:10m lines. */
export const RIVER_TILE_EXTENT = 4096;

/** The layer name inside each tile. */
export const RIVER_TILE_LAYER = 'rivers';

/** Folder under public/ (and under the app's base address). */
export const RIVER_TILE_DIR = 'basemap/rivers';
