/**
 * What the legend lists: only the sectors, statuses and kinds of feature that the map is drawing
 * now, so a legend on a scene never explains a symbol the audience cannot see.
 */
import type { Part, Project } from '../data/schema';
import { STATUS_ORDER } from '../data/filter';
import { BUILT_STATUSES } from './project-style';

type Status = Project['status']['value'];

export interface LegendItems {
  sectors: Project['sector'][];
  /** Some line or site is drawn solid or filled (operational). */
  built: boolean;
  /** The statuses drawn dashed or hollow, in lifecycle order. */
  notBuilt: Status[];
  corridor: boolean;
  parts: Part['kind'][];
}

/** `statuses` (timeline) overrides each project's own status; a null status is not drawn. */
export function legendItems(
  projects: readonly Project[],
  statuses: ReadonlyMap<string, Status | null> | null = null,
): LegendItems {
  const sectors = new Set<Project['sector']>();
  const drawn = new Set<Status>();
  const parts = new Set<Part['kind']>();
  let corridor = false;
  for (const project of projects) {
    const status = statuses ? statuses.get(project.id) : project.status.value;
    if (!status || project.geometry.parts.length === 0) continue;
    if (project.kind === 'corridor') {
      corridor = true;
      project.geometry.parts.forEach((p) => p.kind === 'border-crossing' && parts.add(p.kind));
      continue;
    }
    sectors.add(project.sector);
    drawn.add(status);
    project.geometry.parts.forEach((p) => parts.add(p.kind));
  }
  return {
    sectors: [...sectors].sort(),
    built: BUILT_STATUSES.some((s) => drawn.has(s)),
    notBuilt: STATUS_ORDER.filter((s) => drawn.has(s) && !BUILT_STATUSES.includes(s)),
    corridor,
    parts: (['site', 'route', 'station', 'border-crossing'] as const).filter((k) => parts.has(k)),
  };
}
