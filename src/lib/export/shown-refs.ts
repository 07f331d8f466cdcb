/**
 * The sources of what a map view shows: the figures a scene's caption states, then the status
 * drawn for each project in view. In a past timeline year the statuses are read from milestones,
 * so those milestones' sources are the ones that count.
 */
import type { ProjectEntry, Ref } from '../data/schema';
import { statusRefsAt } from '../data/status-at';

export function shownRefs(
  captionRefs: readonly Ref[],
  projects: readonly ProjectEntry[],
  year: number | null,
): { caption: Ref[]; map: Ref[] } {
  const seen = new Set(captionRefs.map((r) => `${r.source}#${r.para ?? ''}`));
  const map: Ref[] = [];
  for (const ref of projects.flatMap((p) => statusRefsAt(p, year))) {
    const key = `${ref.source}#${ref.para ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    map.push({ source: ref.source, ...(ref.para ? { para: ref.para } : {}) });
  }
  return { caption: [...captionRefs], map };
}
