/**
 * A project in two files: its index entry (data/atlas.json), which filters, list, charts,
 * timeline, map and search read at start, and its detail (data/projects/<id>.json), which only
 * an opened project's panel and brief need. Both are written by the build from the same
 * validated record, and an entry joined with its detail is that record again.
 */
import type { Atlas } from './validate';
import type { Project, ProjectDetail, ProjectEntry } from './schema';

/** [west, south, east, north] of a project's located parts. */
export type Box = [number, number, number, number];

/** The published index: the atlas with each project's entry, and each located project's box. */
export interface AtlasFile extends Omit<Atlas, 'projects'> {
  projects: ProjectEntry[];
  /** Made at build time from the validated geometry (features.ts, projectBounds); located projects only. */
  bounds: Record<string, Box>;
  /** Every source each project's whole record cites (export.ts, sourceIdsOf), for the projects CSV. */
  projectSources: Record<string, string[]>;
}

/** Where a project's detail is published, relative to the page. */
export const detailFile = (id: string): string => `data/projects/${id}.json`;

/** The fields only an opened project shows; the detail also carries the geometry whole. */
const DETAIL_ONLY = ['description', 'descriptionRefs', 'mentionedIn', 'figures'] as const;

export function projectEntry(project: Project): ProjectEntry {
  const entry: Partial<Project> = { ...project };
  for (const key of DETAIL_ONLY) delete entry[key];
  const parts = project.geometry.parts.map(({ geometry: _g, refs: _s, ...part }) => part);
  return { ...(entry as Omit<Project, (typeof DETAIL_ONLY)[number]>), geometry: { parts } };
}

export function projectDetail(project: Project): ProjectDetail {
  const { id, description, descriptionRefs, mentionedIn, figures, geometry } = project;
  return { id, description, descriptionRefs, mentionedIn, figures, geometry };
}

/** The validated record again: the detail's geometry (with coordinates and sources) replaces the entry's. */
export function joinProject(entry: ProjectEntry, detail: ProjectDetail): Project {
  return { ...entry, ...detail };
}
