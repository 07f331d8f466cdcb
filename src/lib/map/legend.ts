/**
 * What the legend lists: only the sectors, statuses and kinds of feature that the map is drawing
 * now, so a legend on a scene never explains a symbol the audience cannot see.
 */
import type { Part, Precision, ProjectEntry } from '../data/schema';
import { PRECISIONS } from '../data/corridor-membership';
import { STATUS_ORDER } from '../data/filter';
import type { MessageKey } from '../i18n/en';
import { BUILT_STATUSES, CORRIDOR_COLOUR, SECTOR_COLOURS } from './project-style';

type Status = ProjectEntry['status']['value'];

export interface LegendItems {
  sectors: ProjectEntry['sector'][];
  /** Some line or site is drawn solid or filled (operational). */
  built: boolean;
  /** The statuses drawn dashed or hollow, in lifecycle order. */
  notBuilt: Status[];
  corridor: boolean;
  /** How closely the drawn corridor routes follow their roads, in PRECISIONS order. */
  corridorPrecisions: Precision[];
  parts: Part['kind'][];
}

/** What one project puts on the map whatever the year: worked out once per project. */
interface Drawn {
  kinds: Part['kind'][];
  /** Today's statuses of its parts (each part's own, else the project's). */
  statuses: Status[];
  precisions: Precision[];
}
const drawnBy = new WeakMap<ProjectEntry, Drawn>();
function drawnOf(project: ProjectEntry): Drawn {
  let drawn = drawnBy.get(project);
  if (drawn) return drawn;
  const kinds = new Set<Part['kind']>();
  const statuses = new Set<Status>();
  const precisions = new Set<Precision>();
  for (const part of project.geometry.parts) {
    kinds.add(part.kind);
    statuses.add(part.status?.value ?? project.status.value);
    if (part.kind === 'route' && part.precision) precisions.add(part.precision);
  }
  drawn = { kinds: [...kinds], statuses: [...statuses], precisions: [...precisions] };
  drawnBy.set(project, drawn);
  return drawn;
}

/**
 * `statuses` (timeline) overrides each project's own status; a null status is not drawn. What
 * each project draws is kept, so a filter change at 10,000 projects adds up a few values each.
 */
export function legendItems(
  projects: readonly ProjectEntry[],
  statuses: ReadonlyMap<string, Status | null> | null = null,
): LegendItems {
  const sectors = new Set<ProjectEntry['sector']>();
  const drawn = new Set<Status>();
  const parts = new Set<Part['kind']>();
  const precisions = new Set<Precision>();
  let corridor = false;
  for (const project of projects) {
    const status = statuses ? statuses.get(project.id) : project.status.value;
    if (!status || project.geometry.parts.length === 0) continue;
    const own = drawnOf(project);
    if (project.kind === 'corridor') {
      corridor = true;
      if (own.kinds.includes('border-crossing')) parts.add('border-crossing');
      for (const p of own.precisions) precisions.add(p);
      continue;
    }
    sectors.add(project.sector);
    // Today's map draws each part by its own status where it has one; a past year by the project's.
    if (statuses) drawn.add(status);
    else for (const s of own.statuses) drawn.add(s);
    for (const k of own.kinds) parts.add(k);
  }
  return {
    sectors: [...sectors].sort(),
    built: BUILT_STATUSES.some((s) => drawn.has(s)),
    notBuilt: STATUS_ORDER.filter((s) => drawn.has(s) && !BUILT_STATUSES.includes(s)),
    corridor,
    corridorPrecisions: PRECISIONS.filter((p) => precisions.has(p)),
    parts: (['site', 'route', 'station', 'border-crossing'] as const).filter((k) => parts.has(k)),
  };
}

/**
 * How a legend row's symbol is drawn, the same on screen (LegendRows.svelte) and in an exported
 * image: a route or a site in a status's pattern (status-marks.ts), a corridor line by its
 * precision (solid, dashed, dotted), or a fixed symbol.
 */
export type Swatch =
  'line' | 'band' | 'dashed' | 'dotted' | 'dot-small' | 'dot-border' | `route-${Status}` | `site-${Status}`;

const PRECISION_SWATCH: Record<Precision, Swatch> = {
  'follows-road': 'line',
  approximate: 'dashed',
  schematic: 'dotted',
};

export interface LegendRow {
  swatch: Swatch;
  /** The symbol's colour; the text colour where a row explains a pattern rather than a sector. */
  colour: string | null;
  label: string;
}

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The legend's rows in reading order: sectors, corridor, then what line and symbol patterns mean. */
export function legendRows(items: LegendItems, t: Translate): LegendRow[] {
  const rows: LegendRow[] = items.sectors.map((s) => ({
    swatch: 'line',
    colour: SECTOR_COLOURS[s],
    label: t(`sector.${s}`),
  }));
  if (items.corridor) rows.push({ swatch: 'band', colour: CORRIDOR_COLOUR, label: t('part.corridor') });
  // The map draws corridor routes solid, dashed or dotted by how closely they follow the road.
  for (const precision of items.corridorPrecisions)
    rows.push({
      swatch: PRECISION_SWATCH[precision],
      colour: CORRIDOR_COLOUR,
      label: t(`legend.corridor.${precision}`),
    });
  // Each status drawn gets its own row: its line pattern and site mark differ, not just its colour.
  const drawn = [...(items.built ? BUILT_STATUSES : []), ...items.notBuilt];
  if (items.parts.includes('route'))
    for (const s of drawn) rows.push({ swatch: `route-${s}`, colour: null, label: t(`status.${s}`) });
  if (items.parts.includes('site')) {
    const site = t('part.site');
    for (const s of drawn)
      rows.push({ swatch: `site-${s}`, colour: null, label: `${site}: ${t(`status.${s}`)}` });
  }
  if (items.parts.includes('station'))
    rows.push({ swatch: 'dot-small', colour: null, label: t('part.station') });
  if (items.parts.includes('border-crossing'))
    rows.push({ swatch: 'dot-border', colour: CORRIDOR_COLOUR, label: t('part.border-crossing') });
  return rows;
}
