/**
 * Where a view puts the camera: its own camera, else the projects it names (those it frames,
 * or its selected project), else everything its filters leave. Pure, so a scene's framing can
 * be tested without a map.
 */
import type { ProjectEntry } from '../data/schema';
import { filterProjects } from '../data/filter';
import { projectsBounds } from '../data/feature-index';
import type { ViewSnapshot } from './snapshot';

export type Framing =
  | { kind: 'camera'; camera: NonNullable<ViewSnapshot['camera']> }
  | { kind: 'bounds'; bounds: [number, number, number, number]; named: boolean };

export function viewFraming<P extends ProjectEntry>(
  snapshot: ViewSnapshot,
  projects: readonly P[],
  byId: ReadonlyMap<string, P>,
  /** A project's box: on the page, the one the build made (atlas.ts, boundsOf). */
  bounds: (project: P) => [number, number, number, number] | null,
): Framing | null {
  if (snapshot.camera) return { kind: 'camera', camera: snapshot.camera };
  const named = snapshot.fit ?? (snapshot.project ? [snapshot.project] : null);
  const targets = named
    ? named.flatMap((id) => byId.get(id) ?? [])
    : filterProjects(projects, snapshot.filters);
  const box = projectsBounds(targets, bounds) ?? projectsBounds(projects, bounds);
  return box ? { kind: 'bounds', bounds: box, named: named !== null } : null;
}
