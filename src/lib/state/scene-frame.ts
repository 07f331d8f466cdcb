/**
 * Where a view puts the camera: its own camera, else the projects it names (those it frames,
 * or its selected project), else everything its filters leave. Pure, so a scene's framing can
 * be tested without a map.
 */
import type { Project } from '../data/schema';
import { filterProjects } from '../data/filter';
import { projectsBounds } from '../data/features';
import type { ViewSnapshot } from './snapshot';

export type Framing =
  | { kind: 'camera'; camera: NonNullable<ViewSnapshot['camera']> }
  | { kind: 'bounds'; bounds: [number, number, number, number]; named: boolean };

export function viewFraming(
  snapshot: ViewSnapshot,
  projects: readonly Project[],
  byId: ReadonlyMap<string, Project>,
): Framing | null {
  if (snapshot.camera) return { kind: 'camera', camera: snapshot.camera };
  const named = snapshot.fit ?? (snapshot.project ? [snapshot.project] : null);
  const targets = named
    ? named.flatMap((id) => byId.get(id) ?? [])
    : filterProjects(projects, snapshot.filters);
  const bounds = projectsBounds(targets) ?? projectsBounds(projects);
  return bounds ? { kind: 'bounds', bounds, named: named !== null } : null;
}
