/**
 * What the page needs at start from the published features, without turf: where the build
 * publishes them, each project's feature ids, and boxes. features.ts makes the features.
 */
import type { ProjectEntry } from './schema.ts';

/** Where the build publishes the public data contract, the features of every located part. */
export const PROJECTS_FILE = 'data/projects.geojson';

/**
 * The feature ids of each project's parts, numbered as `projectFeatures` numbers them (every
 * part in project order), without building the features: the map reads them from the
 * published file and needs only the ids for hover and selection.
 */
export function featureIdsByProject(
  projects: readonly ProjectEntry[],
): ReadonlyMap<string, readonly number[]> {
  const ids = new Map<string, number[]>();
  let next = 0;
  for (const project of projects) {
    const parts = project.geometry.parts.length;
    if (parts === 0) continue;
    ids.set(
      project.id,
      Array.from({ length: parts }, () => next++),
    );
  }
  return ids;
}

/**
 * The extent of every located part of `projects`, [west, south, east, north]; null if none is
 * located. `bounds` gives one project's box: on the page, the one the build made (atlas.ts, boundsOf).
 */
export function projectsBounds<P>(
  projects: readonly P[],
  bounds: (project: P) => [number, number, number, number] | null,
): [number, number, number, number] | null {
  const boxes = projects.map(bounds).filter((b): b is [number, number, number, number] => b !== null);
  if (boxes.length === 0) return null;
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

type Box = readonly [number, number, number, number];

/** Whether two [west, south, east, north] boxes overlap (touching counts). */
export function boxesMeet(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
