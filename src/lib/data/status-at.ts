/**
 * A project's status in a past year, for timeline playback. Read from its milestones: a project
 * appears with its first milestone, is under construction from a construction start, and is
 * operational from an opening or completion. From the year its status was last confirmed on, the
 * confirmed status applies, so the last year of the timeline shows the map as it is today.
 */
import type { Milestone, ProjectEntry, Ref } from './schema';

type Status = ProjectEntry['status']['value'];

const STEP: Partial<Record<Milestone['kind'], Status>> = {
  'construction-start': 'under-construction',
  'partial-opening': 'under-construction',
  opening: 'operational',
  completion: 'operational',
};

const yearOf = (date: string): number => Number(date.slice(0, 4));

/** The status `project` had in `year`, or null when no milestone had yet passed. */
export function statusAt(project: ProjectEntry, year: number): Status | null {
  if (year >= yearOf(project.status.confirmed)) return project.status.value;
  const passed = project.milestones
    .filter((m) => yearOf(m.date) <= year)
    .sort((a, b) => a.date.localeCompare(b.date));
  if (passed.length === 0) return null;
  let status: Status = 'planned';
  for (const milestone of passed) {
    const next = STEP[milestone.kind];
    // A later phase's construction start does not take an opened project back.
    if (next && !(status === 'operational' && next === 'under-construction')) status = next;
  }
  return status;
}

/** The sources of the status `statusAt` gives: the milestones that passed, or the status's own. */
export function statusRefsAt(project: ProjectEntry, year: number | null): Ref[] {
  if (year === null || year >= yearOf(project.status.confirmed)) return project.status.refs;
  return project.milestones.filter((m) => yearOf(m.date) <= year).flatMap((m) => m.refs);
}

/** The years playback steps through: from the first milestone to the last confirmed status. */
export function timelineYears(projects: readonly ProjectEntry[]): { min: number; max: number } | null {
  const first = projects.flatMap((p) => p.milestones.map((m) => yearOf(m.date)));
  const last = projects.map((p) => yearOf(p.status.confirmed));
  if (first.length === 0) return null;
  return { min: Math.min(...first), max: Math.max(...last, Math.min(...first)) };
}

/** Each project's status in `year` (null: not yet on the map); null for `year` shows today's map. */
export function statusesAt(
  projects: readonly ProjectEntry[],
  year: number | null,
): Map<string, Status | null> | null {
  if (year === null) return null;
  return new Map(projects.map((p) => [p.id, statusAt(p, year)]));
}

export interface StatusRow {
  project: ProjectEntry;
  /** Null: not yet begun in that year, so not on the map. */
  status: Status | null;
  /** The sources of that status (the milestones passed, or the confirmed status's own). */
  refs: Ref[];
}

/**
 * What the map shows on the timeline, as rows for a table: each project's status in `year`
 * (null: today) with its sources, those on the map first and in `order`'s order.
 */
export function statusRows<P extends ProjectEntry>(
  projects: readonly P[],
  year: number | null,
  order: (a: P, b: P) => number,
): StatusRow[] {
  return projects
    .map((project) => ({
      project,
      status: year === null ? project.status.value : statusAt(project, year),
      refs: year === null || statusAt(project, year) !== null ? statusRefsAt(project, year) : [],
    }))
    .sort((a, b) => Number(a.status === null) - Number(b.status === null) || order(a.project, b.project));
}
