/**
 * The map's project tiles (src/lib/map/project-tiles.ts), cut from the validated atlas: the
 * features of data/projects.geojson and one label point per project, each set a pyramid from
 * zoom 0 to its deepest cut, over the projects' extent.
 */
import type { Feature } from 'geojson';
import { cutTiles } from './cut-tiles.ts';
import {
  projectBounds,
  projectFeatures,
  projectLabelPoints,
  projectsBounds,
} from '../src/lib/data/features.ts';
import { labelRank, withLabelRank } from '../src/lib/map/label-density.ts';
import {
  PROJECT_TILE_BUFFER,
  PROJECT_TILE_EXTENT,
  PROJECT_TILE_SETS,
  PROJECT_TILE_TOLERANCE,
  tileBox,
  type TileSetName,
} from '../src/lib/map/project-tiles.ts';
import type { Atlas } from '../src/lib/data/validate.ts';

/** A written tile: its path under the page and its bytes. */
export interface TileFile {
  fileName: string;
  source: Uint8Array;
}

/**
 * The map's label point per project, each with its place in the labels' order (label-density.ts):
 * Japan's committed total, as the page ranks the projects.
 */
export function labelPoints(atlas: Atlas) {
  return withLabelRank(projectLabelPoints(atlas.projects), labelRank(atlas.projects, atlas.rates));
}

/** Every tile of both sets. */
export function projectTileFiles(atlas: Atlas): TileFile[] {
  const box = tileBox(projectsBounds(atlas.projects, projectBounds));
  const features: Record<TileSetName, Feature[]> = {
    parts: projectFeatures(atlas.projects).features,
    labels: labelPoints(atlas).features,
  };
  return (Object.keys(PROJECT_TILE_SETS) as TileSetName[]).flatMap((set) =>
    [
      ...cutTiles(features[set], {
        layer: PROJECT_TILE_SETS[set].layer,
        minZoom: 0,
        zoom: PROJECT_TILE_SETS[set].maxzoom,
        extent: PROJECT_TILE_EXTENT,
        tolerance: PROJECT_TILE_TOLERANCE,
        buffer: PROJECT_TILE_BUFFER,
        box,
      }),
    ].map(([path, source]) => ({ fileName: `${PROJECT_TILE_SETS[set].dir}/${path}`, source })),
  );
}
