import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature } from 'geojson';
import { tileRange } from '../src/lib/map/land-tiles';

export interface TileCut {
  /** The vector-tile layer the features go into. */
  layer: string;
  /** The deepest zoom the tiles are cut at; the map stretches them for closer views. */
  zoom: number;
  /** The first zoom cut, for a pyramid from it to `zoom`; `zoom` alone by default. */
  minZoom?: number;
  extent: number;
  /** Simplification, in tile units. */
  tolerance: number;
  /** [west, south, east, north] the tiles cover. */
  box: readonly [number, number, number, number];
  /** How far features reach past a tile's edge, in tile units: room for a marker drawn there. */
  buffer?: number;
}

/**
 * Tile path (`z/x/y.pbf`) -> the tile's bytes, for every tile over the box at each zoom cut. A
 * tile with nothing in it is an empty file, so the map never meets a 404 inside the region.
 */
export function cutTiles(features: Feature[], cut: TileCut): Map<string, Uint8Array> {
  const index = new GeoJSONVT(
    { type: 'FeatureCollection', features },
    {
      maxZoom: cut.zoom,
      indexMaxZoom: cut.zoom,
      indexMaxPoints: 0,
      extent: cut.extent,
      tolerance: cut.tolerance,
      buffer: cut.buffer ?? 64,
    },
  );
  const tiles = new Map<string, Uint8Array>();
  for (let z = cut.minZoom ?? cut.zoom; z <= cut.zoom; z++) {
    const { x0, x1, y0, y1 } = tileRange(cut.box, z);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const tile = index.getTile(z, x, y);
        const bytes =
          tile && tile.features.length
            ? fromGeojsonVt({ [cut.layer]: tile }, { version: 2, extent: cut.extent })
            : new Uint8Array(0);
        tiles.set(`${z}/${x}/${y}.pbf`, bytes);
      }
    }
  }
  return tiles;
}
