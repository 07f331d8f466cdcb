/**
 * The sources of what a map view shows: the figures a scene's caption states, then the status
 * drawn for each project in view. In a past timeline year the statuses are read from milestones,
 * so those milestones' sources are the ones that count.
 */
import type { Project, Ref } from '../data/schema';

const yearOf = (date: string) => Number(date.slice(0, 4));

export function statusRefs(project: Project, year: number | null): Ref[] {
  if (year === null || year >= yearOf(project.status.confirmed)) return project.status.refs;
  return project.milestones.filter((m) => yearOf(m.date) <= year).flatMap((m) => m.refs);
}

export function shownRefs(
  captionRefs: readonly Ref[],
  projects: readonly Project[],
  year: number | null,
): { caption: Ref[]; map: Ref[] } {
  const seen = new Set(captionRefs.map((r) => `${r.source}#${r.para ?? ''}`));
  const map: Ref[] = [];
  for (const ref of projects.flatMap((p) => statusRefs(p, year))) {
    const key = `${ref.source}#${ref.para ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    map.push({ source: ref.source, ...(ref.para ? { para: ref.para } : {}) });
  }
  return { caption: [...captionRefs], map };
}
