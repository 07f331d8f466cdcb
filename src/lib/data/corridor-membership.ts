/**
 * Which corridor a project is on, from its `corridors` entries (see corridors.ts, which also
 * measures them). Kept apart from the measuring and its turf code, so the first script, which
 * filters and lists by corridor, does not carry them.
 */
import type { CorridorMembership, Precision, ProjectEntry } from './schema.ts';

/** The distances the panel offers for "within N km". */
export const NEAR_KM = [5, 10, 20, 50] as const;
export type NearKm = (typeof NEAR_KM)[number];
export const DEFAULT_NEAR_KM: NearKm = 20;

export const PRECISIONS: readonly Precision[] = ['follows-road', 'approximate', 'schematic'];

/** A corridor record is not a project: it is listed and counted apart from them. */
export const isCorridor = (project: ProjectEntry): boolean => project.kind === 'corridor';

/** The corridor and sub-corridor ids a project is on; a corridor is on itself and its sub-corridors. */
export function corridorIdsOf(project: ProjectEntry): string[] {
  if (project.kind === 'corridor') return [project.id, ...project.subCorridors.map((s) => s.id)];
  const ids = project.corridors.flatMap((m) => (m.subCorridor ? [m.corridor, m.subCorridor] : [m.corridor]));
  return [...new Set(ids)];
}

/** The top-level corridors a project is on (not its sub-corridors). */
export function corridorsOf(project: ProjectEntry): string[] {
  if (project.kind === 'corridor') return [project.id];
  return [...new Set(project.corridors.map((m) => m.corridor))];
}

export interface Member {
  project: ProjectEntry;
  /** The project's entries for this corridor, with the sources that place it there. */
  memberships: CorridorMembership[];
}

/** The projects a source places on this corridor, in the order given. */
export function membersOf(projects: readonly ProjectEntry[], corridorId: string): Member[] {
  return projects.flatMap((project) => {
    const memberships = project.corridors.filter((m) => m.corridor === corridorId);
    return memberships.length ? [{ project, memberships }] : [];
  });
}
