/**
 * What the build publishes from the validated atlas for the page: the index and one detail file
 * per project (see project-split.ts). Runs at build time only.
 */
import { sourceIdsOf } from './export.ts';
import { projectBounds } from './features.ts';
import { detailFile, projectDetail, projectEntry, type AtlasFile, type Box } from './project-split.ts';
import type { Atlas } from './validate.ts';

export function atlasIndexFile(atlas: Atlas): AtlasFile {
  const bounds: Record<string, Box> = {};
  const sources: Record<string, string[]> = {};
  for (const project of atlas.projects) {
    const box = projectBounds(project);
    if (box) bounds[project.id] = box;
    sources[project.id] = sourceIdsOf(project);
  }
  return { ...atlas, projects: atlas.projects.map(projectEntry), bounds, projectSources: sources };
}

/** Each project's detail file: its address relative to the page, and its JSON. */
export function detailFiles(atlas: Atlas): { fileName: string; source: string }[] {
  return atlas.projects.map((p) => ({
    fileName: detailFile(p.id),
    source: JSON.stringify(projectDetail(p)),
  }));
}
