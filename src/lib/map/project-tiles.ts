/**
 * The projects on the map come as vector tiles cut once at build time from the same validated
 * features as data/projects.geojson (scripts/project-tiles.ts): the map's worker reads the tiles
 * in view instead of parsing, indexing and re-encoding every feature of the GeoJSON on each load,
 * which is what stopped scaling at 10,000 projects. Shared by the build, the dev server and the
 * map's style.
 */
import type { VectorSourceSpecification } from 'maplibre-gl';

type Box = readonly [number, number, number, number];

/** Units across a tile; MapLibre reads no finer grid than 8192. */
export const PROJECT_TILE_EXTENT = 8192;
/**
 * Simplification and the reach past a tile's edge, in tile units of a 512 px tile (16 units a
 * pixel): MapLibre's own for GeoJSON (0.375 px), and 32 px, room for the largest marker.
 */
export const PROJECT_TILE_TOLERANCE = 6;
export const PROJECT_TILE_BUFFER = 512;

/**
 * Each tile set: its folder under the page's address, the layer inside its tiles, and the deepest
 * zoom cut (the map stretches those tiles for closer views). The parts are cut to 10, a grid of
 * about 5 m, so a route and its stations stay true at street zoom (at 8, a 19 m grid, a curve
 * turns to steps from zoom 13); a label point is placed an em from its anchor, so 8 is enough.
 */
export const PROJECT_TILE_SETS = {
  parts: { dir: 'data/tiles/projects', layer: 'parts', maxzoom: 10 },
  labels: { dir: 'data/tiles/project-labels', layer: 'labels', maxzoom: 8 },
} as const;

export type TileSetName = keyof typeof PROJECT_TILE_SETS;

/** Where a set's tiles are and the box they cover: what a map source is made from. */
export interface ProjectTiles {
  /** The tiles' address template, `…/{z}/{x}/{y}.pbf`. */
  tiles: string;
  /** [west, south, east, north]: the map asks for no tile outside it. */
  bounds: Box;
  /** The layer inside each tile. */
  layer: string;
  /** The deepest zoom cut. */
  maxzoom: number;
}

/**
 * The box the tiles are cut over: the projects' extent, made at build time. A build with no
 * located project has a box of no size: its few tiles are empty, and the map asks for at most one.
 */
export const tileBox = (extent: Box | null): Box => extent ?? [0, 0, 0, 0];

/** The addresses of both tile sets under a page's base address. */
export function projectTiles(baseUrl: string, extent: Box | null): Record<TileSetName, ProjectTiles> {
  const at = (set: TileSetName): ProjectTiles => ({
    tiles: `${new URL(PROJECT_TILE_SETS[set].dir, baseUrl).href}/{z}/{x}/{y}.pbf`,
    bounds: tileBox(extent),
    layer: PROJECT_TILE_SETS[set].layer,
    maxzoom: PROJECT_TILE_SETS[set].maxzoom,
  });
  return { parts: at('parts'), labels: at('labels') };
}

/** The map source for a tile set. */
export function tileSource(set: ProjectTiles, attribution?: string): VectorSourceSpecification {
  return {
    type: 'vector',
    tiles: [set.tiles],
    bounds: [...set.bounds],
    minzoom: 0,
    maxzoom: set.maxzoom,
    ...(attribution ? { attribution } : {}),
  };
}
