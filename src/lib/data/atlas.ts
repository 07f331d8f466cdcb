/**
 * The validated atlas, as the build produced it (see scripts/vite-plugin-data.ts),
 * with the lookups the UI needs. Data is validated once, at build time; this module
 * only indexes it.
 */
import data from 'virtual:atlas';
import type { Atlas } from './validate';
import type { Project, Source } from './schema';

export interface AtlasIndex extends Atlas {
  projectById: ReadonlyMap<string, Project>;
  sourceById: ReadonlyMap<string, Source>;
}

export function indexAtlas(atlas: Atlas): AtlasIndex {
  return {
    ...atlas,
    projectById: new Map(atlas.projects.map((p) => [p.id, p])),
    sourceById: new Map(atlas.sources.map((s) => [s.id, s])),
  };
}

export const atlas: AtlasIndex = indexAtlas(data);
