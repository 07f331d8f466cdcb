/**
 * How many project labels the map tries to place at each zoom. At the overview it labels only the
 * most important projects shown, and more as the map zooms in, so a label keeps about the same
 * room at every zoom; from ALL_LABELS_ZOOM every project shown has a label. Placing labels is what
 * a filter change costs the map (each label tries eight places around its point): with 10,000
 * projects, placing all of them at the overview took seconds and showed none of them better.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
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

/**
 * The label points with each project's place in `rank` as their `rank` property, written at build
 * time into data/project-labels.geojson, so the filter of a view with nothing filtered needs no
 * data (`rankedLabelFilter`): the map can start drawing before the data has arrived.
 */
export function withLabelRank<P extends { project: string }>(
  points: FeatureCollection<Point, P>,
  rank: readonly string[],
): FeatureCollection<Point, P & { rank: number | null }> {
  const place = new Map<string, number>();
  for (const id of rank) if (!place.has(id)) place.set(id, place.size);
  return {
    ...points,
    features: points.features.map((f): Feature<Point, P & { rank: number | null }> => ({
      ...f,
      properties: { ...f.properties, rank: place.get(f.properties.project) ?? null },
    })),
  };
}

/**
 * The label layer's filter when every project is shown, read from each point's build-time `rank`:
 * the same as `labelFilter(labelGroups(rank, null))` for the same `rank`, with no id list. A point
 * with no rank is labelled from ALL_LABELS_ZOOM.
 */
export function rankedLabelFilter(): ExpressionSpecification {
  return [
    '>=',
    ['zoom'],
    [
      'step',
      ['coalesce', ['get', 'rank'], Number.MAX_SAFE_INTEGER],
      ...LABEL_BANDS.flatMap((band, i) => (i === 0 ? [band.zoom] : [LABEL_BANDS[i - 1]!.count, band.zoom])),
      LABEL_BANDS[LABEL_BANDS.length - 1]!.count,
      ALL_LABELS_ZOOM,
    ],
  ] as unknown as ExpressionSpecification;
}
