/**
 * A project in two files: its index entry (data/atlas.json), which filters, list, charts,
 * timeline, map and search read at start, and its detail (data/projects/<id>.json), which only
 * an opened project's panel and brief need. Both are written by the build from the same
 * validated record, and an entry joined with its detail is that record again.
 */
import type { Atlas } from './validate';
import type { Project, ProjectDetail, ProjectEntry, Ref } from './schema';

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

/**
 * A source's words, the atlas's notes on them and why a status is not confirmed more recently are
 * read in an opened project's panel and brief, not by the filters, list, charts or map: the index
 * keeps each ref's source and paragraph only, and the detail carries the fields that cite (status,
 * milestones, financing, corridors) whole. At 10,000 projects they were a quarter of the index.
 */
const bareRef = ({ source, para }: Ref): Ref => (para === undefined ? { source } : { source, para });

/** The value with every ref in it cut to its source and paragraph, and no status's stale reason. */
function bare<T>(value: T): T {
  if (Array.isArray(value)) return value.map(bare) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'staleReason')
      .map(([key, v]) => [key, key === 'refs' && Array.isArray(v) ? v.map(bareRef) : bare(v)]),
  ) as T;
}

export function projectEntry(project: Project): ProjectEntry {
  const entry: Partial<Project> = { ...project };
  for (const key of DETAIL_ONLY) delete entry[key];
  const parts = project.geometry.parts.map(({ geometry: _g, refs: _s, ...part }) => part);
  return bare({ ...(entry as Omit<Project, (typeof DETAIL_ONLY)[number]>), geometry: { parts } });
}

export function projectDetail(project: Project): ProjectDetail {
  const { id, description, descriptionRefs, mentionedIn, figures, geometry } = project;
  const { status, milestones, financing, corridors, subCorridors } = project;
  return {
    id,
    description,
    descriptionRefs,
    mentionedIn,
    figures,
    status,
    milestones,
    financing,
    corridors,
    subCorridors,
    geometry,
  };
}

/**
 * The validated record again: the detail's citing fields (with the sources' words) and geometry
 * (with coordinates and sources) replace the entry's.
 */
export function joinProject(entry: ProjectEntry, detail: ProjectDetail): Project {
  return { ...entry, ...detail };
}
