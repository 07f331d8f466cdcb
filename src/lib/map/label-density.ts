/**
 * How many project labels the map tries to place at each zoom. At the overview it labels only the
 * most important projects shown, and more as the map zooms in, so a label keeps about the same
 * room at every zoom; from ALL_LABELS_ZOOM every project shown has a label. Placing labels is what
 * a filter change costs the map (each label tries eight places around its point): with 10,000
 * projects, placing all of them at the overview took seconds and showed none of them better.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Project, Rate } from '../data/schema';
import { committedTotals } from '../data/totals';

/**
 * At most `count` labels from `zoom` (a tile's zoom: the map's zoom rounded down), the most
 * important first. Each zoom level shows four times the area of the one above, so four times
 * the labels keep the same room per label: about 40 over the whole region at the overview.
 */
export const LABEL_BANDS: readonly { zoom: number; count: number }[] = [
  { zoom: 0, count: 40 },
  { zoom: 6, count: 160 },
  { zoom: 7, count: 640 },
  { zoom: 8, count: 2560 },
  { zoom: 9, count: 10240 },
];

/** From this zoom every project shown is labelled, however many there are. */
export const ALL_LABELS_ZOOM = 10;

/**
 * The projects in the order their labels are chosen: Japan's committed total in yen first (the
 * same sum as the project's summary, src/lib/data/totals.ts), the largest first; projects with
 * the same total (none disclosed, say) by id. Made once per data set.
 */
export function labelRank(
  projects: readonly Pick<Project, 'id' | 'financing'>[],
  rates: readonly Rate[],
): string[] {
  const yen = new Map(projects.map((p) => [p.id, committedTotals(p, rates).japan.JPY]));
  return [...yen.keys()].sort((a, b) => yen.get(b)! - yen.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
}

/** The projects whose labels the map places from each zoom: the first group from the lowest. */
export interface LabelGroup {
  zoom: number;
  ids: string[];
}

/**
 * Who is labelled from which zoom: the projects shown (all when null), in `rank`'s order, the
 * first LABEL_BANDS counts from each band's zoom and the rest from ALL_LABELS_ZOOM. A project not
 * shown is in no group; a project shown that `rank` lacks comes last.
 */
export function labelGroups(rank: readonly string[], shown: readonly string[] | null): LabelGroup[] {
  let ordered: string[];
  if (shown) {
    const keep = new Set(shown);
    ordered = rank.filter((id) => keep.delete(id));
    ordered.push(...keep);
  } else ordered = [...new Set(rank)];
  const groups: LabelGroup[] = [];
  let from = 0;
  for (const band of LABEL_BANDS) {
    const to = Math.min(ordered.length, band.count);
    if (to > from) groups.push({ zoom: band.zoom, ids: ordered.slice(from, to) });
    from = Math.max(from, to);
  }
  if (from < ordered.length) groups.push({ zoom: ALL_LABELS_ZOOM, ids: ordered.slice(from) });
  return groups;
}

/** The projects labelled at a zoom, by `labelGroups`, as the map's filter evaluates it. */
export const labelledAt = (groups: readonly LabelGroup[], zoom: number): string[] =>
  groups.filter((g) => g.zoom <= Math.floor(zoom)).flatMap((g) => g.ids);

/**
 * The label layer's filter: a project's label is drawn from its group's zoom, and never for a
 * project in no group. One `match` on the id, as the other layers' shown-projects filter is.
 */
export function labelFilter(groups: readonly LabelGroup[]): ExpressionSpecification {
  if (groups.length === 0) return ['boolean', false];
  return [
    '>=',
    ['zoom'],
    // A project in no group: a zoom past the map's deepest (24).
    ['match', ['get', 'project'], ...groups.flatMap((g) => [g.ids, g.zoom]), 99],
  ] as unknown as ExpressionSpecification;
}
