import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature } from 'geojson';
import { tileRange } from '../src/lib/map/land-tiles';

export interface TileCut {
  /** The vector-tile layer the features go into. */
  layer: string;
  /** The one zoom the tiles are cut at; the map stretches them for closer views. */
  zoom: number;
  extent: number;
  /** Simplification, in tile units. */
  tolerance: number;
  /** [west, south, east, north] the tiles cover. */
  box: readonly [number, number, number, number];
}

/**
 * Tile path (`z/x/y.pbf`) -> the tile's bytes, for every tile over the box. A tile with nothing
 * in it is an empty file, so the map never meets a 404 inside the region.
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
      buffer: 64,
    },
  );
  const tiles = new Map<string, Uint8Array>();
  const { x0, x1, y0, y1 } = tileRange(cut.box, cut.zoom);
  for (let x = x0; x <= x1; x++) {
    for (let y = y0; y <= y1; y++) {
      const tile = index.getTile(cut.zoom, x, y);
      const bytes =
        tile && tile.features.length
          ? fromGeojsonVt({ [cut.layer]: tile }, { version: 2, extent: cut.extent })
          : new Uint8Array(0);
      tiles.set(`${cut.zoom}/${x}/${y}.pbf`, bytes);
    }
  }
  return tiles;
}
