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

/** `statuses` (timeline) overrides each project's own status; a null status is not drawn. */
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
    if (project.kind === 'corridor') {
      corridor = true;
      project.geometry.parts.forEach((p) => {
        if (p.kind === 'border-crossing') parts.add(p.kind);
        if (p.kind === 'route' && p.precision) precisions.add(p.precision);
      });
      continue;
    }
    sectors.add(project.sector);
    // Today's map draws each part by its own status where it has one; a past year by the project's.
    if (statuses) drawn.add(status);
    else project.geometry.parts.forEach((p) => drawn.add(p.status?.value ?? status));
    project.geometry.parts.forEach((p) => parts.add(p.kind));
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
