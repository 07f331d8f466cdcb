/** Layer specifications for the project features (see data/features.ts for their properties). */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { LayerSpec } from './map-context.svelte';
import { ENGLISH_LABELS, NAME_FIELDS, labelText, type LabelFields, type LabelOptions } from './label-text';
import { BUILT_STATUSES, CORRIDOR_COLOUR, SELECTED_COLOUR, emphasis, sectorColour } from './project-style';
import { MARKER_SPACE_IMAGE, MARK_IMAGES, STATUS_DASHES, STATUS_MARKS } from './status-marks';
import type { Project } from '../data/schema';
import { CAPITAL_LABELS, CORRIDOR_TOWN_ZOOM, EIGHT_ANCHORS } from './basemap-style';
import { labelFilter, labelGroups, rankedLabelFilter } from './label-density';
import { tileSource, type ProjectTiles, type TileSetName } from './project-tiles';

type Status = Project['status']['value'];

type Spec = LayerSpec;

type Expr = ExpressionSpecification;
/**
 * True for the features of these projects. A `match` on the id is a hash lookup per feature,
 * where `in` over a literal list scanned the whole list: at 10,000 projects, the difference
 * between a filter that answers at once and one that takes seconds.
 */
export const projectIn = (ids: Iterable<string>): Expr => {
  const labels = [...new Set(ids)];
  // A match needs at least one label; no ids is a filter that leaves nothing.
  return (labels.length ? ['match', ['get', 'project'], labels, true, false] : ['boolean', false]) as Expr;
};
/** Drawn as built: by the data's status, or on the timeline by the projects built in that year. */
export const builtExpression = (builtIds: readonly string[] | null): Expr =>
  builtIds ? projectIn(builtIds) : ['in', ['get', 'status'], ['literal', [...BUILT_STATUSES]]];
/** A feature's status: its own (or its project's), or on the timeline its project's in that year. */
export const statusExpression = (statuses: ReadonlyMap<string, Status | null> | null): Expr => {
  const known = statuses ? [...statuses].filter((e): e is [string, Status] => e[1] !== null) : [];
  return known.length
    ? (['match', ['get', 'project'], ...known.flat(), ['get', 'status']] as unknown as Expr)
    : ['get', 'status'];
};
/** Each status's line pattern (status-marks.ts); a solid line for operational. */
const dashExpression = (status: Expr): Expr =>
  [
    'match',
    status,
    ...Object.entries(STATUS_DASHES).flatMap(([s, dash]) => [s, ['literal', dash ?? [1, 0]]]),
    ['literal', [1, 0]],
  ] as unknown as Expr;
/** The image of a site's status mark, or the empty image that keeps labels off a marker. */
const markExpression = (status: Expr): Expr =>
  [
    'case',
    ['==', ['get', 'partKind'], 'site'],
    [
      'match',
      status,
      ...Object.entries(STATUS_MARKS).flatMap(([s, mark]) => [
        s,
        mark in MARK_IMAGES ? MARK_IMAGES[mark as keyof typeof MARK_IMAGES] : MARKER_SPACE_IMAGE,
      ]),
      MARKER_SPACE_IMAGE,
    ],
    MARKER_SPACE_IMAGE,
  ] as unknown as Expr;
const isCorridor: Expr = ['==', ['get', 'kind'], 'corridor'];
const notCorridor: Expr = ['!=', ['get', 'kind'], 'corridor'];
const partIs = (kind: string): Expr => ['==', ['get', 'partKind'], kind];
const partIn = (kinds: string[]): Expr => ['in', ['get', 'partKind'], ['literal', kinds]];
const all = (...conditions: Expr[]): FilterSpecification => ['all', ...conditions];

/**
 * Credits for the project geometry, shown by the map's attribution control. Several routes
 * (HCMC Line 1, the Red Line, National Road No.5) are drawn from OpenStreetMap data, whose
 * licence (ODbL) asks for this credit wherever they are shown; each project cites the rest.
 */
export const PROJECT_ATTRIBUTION_HTML =
  'Projects: sources cited per project · some routes © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors (ODbL)';

/** The same credit as plain text, for exported images and print. */
export const PROJECT_ATTRIBUTION =
  'Projects: sources cited per project · some routes © OpenStreetMap contributors (ODbL)';

export const PROJECT_LAYER_IDS = {
  corridorRoutes: 'project-corridor-routes',
  corridorRoutesApproximate: 'project-corridor-routes-approximate',
  corridorRoutesSchematic: 'project-corridor-routes-schematic',
  corridorNodes: 'project-corridor-nodes',
  corridorLabels: 'project-corridor-labels',
  corridorTownLabels: 'project-corridor-town-labels',
  routesCasing: 'project-routes-casing',
  routesBuilt: 'project-routes-built',
  routesPlanned: 'project-routes-planned',
  stations: 'project-stations',
  sites: 'project-sites',
  markers: 'project-markers',
  labels: 'project-labels',
  stationLabels: 'project-station-labels',
} as const;

/** The project label layers, each with the feature properties its text is made of (data/features.ts). */
export const PROJECT_LABEL_FIELDS: Readonly<Record<string, LabelFields>> = {
  [PROJECT_LAYER_IDS.labels]: NAME_FIELDS,
  [PROJECT_LAYER_IDS.stationLabels]: { en: 'partName', ja: 'partName_ja', local: 'partName_local' },
  [PROJECT_LAYER_IDS.corridorLabels]: { en: 'label', ja: 'label_ja' },
  [PROJECT_LAYER_IDS.corridorTownLabels]: { en: 'label', ja: 'label_ja', local: 'partName_local' },
};

/**
 * Basemap labels placed before the project labels: the national capitals'. MapLibre places labels
 * layer by layer from the top, so these go above the project labels and under the project
 * markers: a capital keeps its name where a project's label would have taken the room (the
 * project's label tries its other places around its point) and still keeps clear of every marker.
 */
export const PLACE_LABELS_FIRST: readonly string[] = [CAPITAL_LABELS];

/**
 * The moves, as [layer, before] for map.moveLayer, that put each of `first` just under the
 * project markers in the map's layer order; none for a layer the map does not have (another
 * basemap) or one already in its place.
 */
export function labelMoves(
  order: readonly string[],
  first: readonly string[] = PLACE_LABELS_FIRST,
): [string, string][] {
  const markers = order.indexOf(PROJECT_LAYER_IDS.markers);
  if (markers < 0) return [];
  const wanted = first.filter((id) => order.includes(id));
  const inPlace = order.slice(Math.max(0, markers - wanted.length), markers).join() === wanted.join();
  return inPlace ? [] : wanted.map((id) => [id, PROJECT_LAYER_IDS.markers]);
}

/** Layers that respond to pointer and click, in the order a hit wins: small targets before large ones. */
export const PICK_ORDER: readonly string[] = [
  PROJECT_LAYER_IDS.sites,
  PROJECT_LAYER_IDS.stations,
  PROJECT_LAYER_IDS.routesBuilt,
  PROJECT_LAYER_IDS.routesPlanned,
  PROJECT_LAYER_IDS.corridorNodes,
  PROJECT_LAYER_IDS.labels,
  PROJECT_LAYER_IDS.corridorRoutes,
  PROJECT_LAYER_IDS.corridorRoutesApproximate,
  PROJECT_LAYER_IDS.corridorRoutesSchematic,
];

/** A project label's distance from its point, in ems, and the room it keeps from other symbols, in px. */
export const LABEL_OFFSET_EM = 1.3;
export const LABEL_PADDING = 2;

/**
 * The markers' collision size, as a share of the 20 px marker image: a site fills it (7 px radius
 * and a 3 px stroke); a corridor town or crossing is its dot (2.5 to 5 px radius, 1 to 2 px stroke).
 */
export const markerSize: Expr = [
  'interpolate',
  ['linear'],
  ['zoom'],
  4,
  ['case', ['==', ['get', 'partKind'], 'site'], 1, 0.35],
  8,
  ['case', ['==', ['get', 'partKind'], 'site'], 1, 0.7],
];

const precisionIs = (precision: string): Expr => ['==', ['get', 'precision'], precision];
/** A sub-corridor is drawn thinner than a corridor's own line, so the two differ without colour. */
const corridorWidth: Expr = [
  'interpolate',
  ['linear'],
  ['zoom'],
  4,
  ['case', ['==', ['get', 'subCorridor'], null], 4, 2.5],
  8,
  ['case', ['==', ['get', 'subCorridor'], null], 8, 5],
];
const corridorLine = (id: string, filter: Expr, dash: number[] | null): Spec => ({
  id,
  type: 'line',
  filter: all(isCorridor, partIs('route'), filter),
  layout: { 'line-cap': dash ? 'butt' : 'round', 'line-join': 'round' },
  paint: {
    'line-color': emphasis(CORRIDOR_COLOUR, CORRIDOR_COLOUR, SELECTED_COLOUR),
    'line-opacity': emphasis(0.45, 0.7, 0.7),
    'line-width': corridorWidth,
    ...(dash ? { 'line-dasharray': dash } : {}),
  },
});

export function projectLayers(
  fonts: { regular: string[]; bold: string[] },
  builtIds: readonly string[] | null = null,
  statuses: ReadonlyMap<string, Status | null> | null = null,
  labels: LabelOptions = ENGLISH_LABELS,
): Spec[] {
  const built = builtExpression(builtIds);
  const status = statusExpression(statuses);
  const text = (id: string) => labelText(PROJECT_LABEL_FIELDS[id]!, labels);
  return [
    // Precision by pattern: solid follows the road, dashed is approximate, dotted is schematic.
    corridorLine(
      PROJECT_LAYER_IDS.corridorRoutes,
      ['!', ['in', ['get', 'precision'], ['literal', ['approximate', 'schematic']]]],
      null,
    ),
    corridorLine(PROJECT_LAYER_IDS.corridorRoutesApproximate, precisionIs('approximate'), [3, 1.5]),
    corridorLine(PROJECT_LAYER_IDS.corridorRoutesSchematic, precisionIs('schematic'), [0.6, 1.2]),
    {
      id: PROJECT_LAYER_IDS.corridorLabels,
      type: 'symbol',
      filter: all(isCorridor, partIs('route')),
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-field': text(PROJECT_LAYER_IDS.corridorLabels),
        'text-font': fonts.bold,
        'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10, 8, 13],
        'text-letter-spacing': 0.05,
        'text-max-angle': 60,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': CORRIDOR_COLOUR, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
    {
      id: PROJECT_LAYER_IDS.corridorTownLabels,
      type: 'symbol',
      filter: all(isCorridor, partIn(['node', 'border-crossing'])),
      // At overview zooms the basemap already names the towns; closer in, every corridor town.
      minzoom: CORRIDOR_TOWN_ZOOM,
      layout: {
        'text-field': text(PROJECT_LAYER_IDS.corridorTownLabels),
        'text-font': fonts.regular,
        'text-size': 11,
        // Clear of the town's own marker, which every label must avoid; beside it where below collides.
        'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
        'text-radial-offset': 1.1,
        'text-optional': true,
      },
      paint: { 'text-color': '#3b2a55', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
    {
      id: PROJECT_LAYER_IDS.corridorNodes,
      type: 'circle',
      filter: all(isCorridor, partIn(['node', 'border-crossing'])),
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 2.5, 8, 5],
        'circle-color': ['match', ['get', 'partKind'], 'border-crossing', '#ffffff', CORRIDOR_COLOUR],
        'circle-stroke-color': emphasis(CORRIDOR_COLOUR, SELECTED_COLOUR, SELECTED_COLOUR),
        'circle-stroke-width': ['match', ['get', 'partKind'], 'border-crossing', 2, 1],
      },
    },
    {
      id: PROJECT_LAYER_IDS.routesCasing,
      type: 'line',
      filter: all(notCorridor, partIs('route')),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': emphasis('#ffffff', '#ffffff', '#ffe066'),
        'line-width': emphasis(5, 7, 9),
      },
    },
    {
      id: PROJECT_LAYER_IDS.routesBuilt,
      type: 'line',
      filter: all(notCorridor, partIs('route'), built),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': emphasis(sectorColour(), sectorColour(), SELECTED_COLOUR),
        'line-width': emphasis(3, 4, 5),
      },
    },
    {
      id: PROJECT_LAYER_IDS.routesPlanned,
      type: 'line',
      filter: all(notCorridor, partIs('route'), ['!', built]),
      // Round caps make a dash of length 0 a dot: suspended and cancelled lines are dotted.
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': emphasis(sectorColour(), sectorColour(), SELECTED_COLOUR),
        'line-width': emphasis(3, 4, 5),
        'line-dasharray': dashExpression(status),
      },
    },
    {
      id: PROJECT_LAYER_IDS.stations,
      type: 'circle',
      filter: all(notCorridor, partIs('station')),
      minzoom: 8,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 2.5, 13, 6],
        'circle-color': '#ffffff',
        'circle-stroke-color': emphasis(sectorColour(), sectorColour(), SELECTED_COLOUR),
        'circle-stroke-width': 2,
      },
    },
    {
      id: PROJECT_LAYER_IDS.sites,
      type: 'circle',
      filter: all(notCorridor, partIs('site')),
      paint: {
        'circle-radius': emphasis(7, 9, 10),
        'circle-color': ['case', built, sectorColour(), '#ffffff'],
        'circle-stroke-color': emphasis(sectorColour(), SELECTED_COLOUR, SELECTED_COLOUR),
        'circle-stroke-width': 3,
      },
    },
    {
      id: PROJECT_LAYER_IDS.labels,
      type: 'symbol',
      // Drawn from the label-point source (one point per project), which needs no filter.
      layout: {
        'symbol-placement': 'point',
        'text-field': text(PROJECT_LAYER_IDS.labels),
        'text-font': fonts.bold,
        'text-size': ['interpolate', ['linear'], ['zoom'], 4, 11, 10, 14],
        'text-max-width': 10,
        // Eight places to try, so on a crowded phone map a label finds one clear of every marker.
        'text-variable-anchor': [...EIGHT_ANCHORS],
        // Clear of the project's own marker, which blocks 11 px around a site (the 20 px marker
        // image and its 1 px padding) and 2 px more of the label's padding: 1.3 em at 11 px is 14 px.
        'text-radial-offset': LABEL_OFFSET_EM,
        'text-justify': 'auto',
        'text-padding': LABEL_PADDING,
      },
      paint: {
        'text-color': emphasis('#1d2733', '#000000', '#000000'),
        'text-halo-color': '#ffffff',
        'text-halo-width': 2,
      },
    },
    {
      // A site's status mark inside its circle, and on every point marker an empty image that
      // labels placed after it must avoid, so no label covers a marker. MapLibre places symbol
      // layers from the top down, so this layer sits above every label layer that must avoid it.
      id: PROJECT_LAYER_IDS.markers,
      type: 'symbol',
      filter: ['in', ['get', 'partKind'], ['literal', ['site', 'node', 'border-crossing']]],
      layout: {
        'icon-image': markExpression(status),
        // The empty image is a site's 20 px circle; a corridor town's dot is smaller and grows with zoom.
        'icon-size': markerSize,
        'icon-allow-overlap': true,
        'icon-ignore-placement': false,
        'icon-padding': 1,
      },
    },
    {
      id: PROJECT_LAYER_IDS.stationLabels,
      type: 'symbol',
      filter: all(notCorridor, partIs('station')),
      minzoom: 11,
      layout: {
        'text-field': text(PROJECT_LAYER_IDS.stationLabels),
        'text-font': fonts.regular,
        'text-size': 11,
        'text-offset': [0, 0.9],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: { 'text-color': '#333333', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  ];
}

/** The map's two project sources: every located part, and one label point per project. */
export const PROJECT_SOURCE = 'projects';
export const PROJECT_LABEL_SOURCE = 'project-labels';

/** The source a project layer draws from: the label points for the project labels, else the parts. */
export const layerSource = (id: string): string =>
  id === PROJECT_LAYER_IDS.labels ? PROJECT_LABEL_SOURCE : PROJECT_SOURCE;

/** The map sources of both tile sets (project-tiles.ts), by source id. */
export const projectSources = (tiles: Record<TileSetName, ProjectTiles>) => ({
  [PROJECT_SOURCE]: tileSource(tiles.parts, PROJECT_ATTRIBUTION_HTML),
  [PROJECT_LABEL_SOURCE]: tileSource(tiles.labels),
});

/** What the project layers show: the filters' result, fonts, the timeline year and the label language. */
export interface ProjectView {
  fonts: { regular: string[]; bold: string[] };
  /** Ids of the projects the filters leave; null shows all. */
  visible: readonly string[] | null;
  /** On the timeline: each project's status in that year, null for one not yet begun. */
  statuses: ReadonlyMap<string, Status | null> | null;
  labels: LabelOptions;
}

/** The projects drawn: those the filters leave, and on the timeline only those begun by its year. */
export function shownProjectIds(
  visible: readonly string[] | null,
  statuses: ReadonlyMap<string, Status | null> | null,
  allIds: () => readonly string[],
): readonly string[] | null {
  if (!statuses) return visible;
  return (visible ?? allIds()).filter((id) => statuses.get(id) != null);
}

/** The projects drawn as built on the timeline, or null without a year (the data's status decides). */
export const builtIdsAt = (statuses: ReadonlyMap<string, Status | null> | null): string[] | null =>
  statuses ? [...statuses].filter(([, s]) => s === 'operational').map(([id]) => id) : null;

/** True for the features of the projects shown; null when all are (no filter needed). */
export const shownExpression = (shown: readonly string[] | null): Expr | null =>
  shown ? projectIn(shown) : null;

/**
 * A layer's own filter, narrowed by `shownExpression` (null: all). The expression is made once
 * per change and shared by every layer: at 10,000 projects it is a 10,000-entry match.
 */
export function shownFilter(
  filter: FilterSpecification | undefined,
  only: Expr | null,
): FilterSpecification | undefined {
  if (!only) return filter;
  return filter ? ['all', filter as Expr, only] : only;
}

/**
 * The project labels' filter: the projects shown, the most important first (`rank`, every
 * project's id in label-density.ts's labelRank order), as many as fit each zoom. Made once per
 * filter change, as the other layers' `shownExpression`.
 */
export const labelsShownFilter = (rank: readonly string[], shown: readonly string[] | null): Expr =>
  // With nothing filtered, each label point's own build-time rank says the same, with no data.
  shown ? labelFilter(labelGroups(rank, shown)) : rankedLabelFilter();

/**
 * The filter of each project layer for the projects shown: the labels' own (`labelsShownFilter`),
 * every other layer's narrowed by `shownExpression`.
 */
export function shownFilters(
  layers: readonly Spec[],
  shown: readonly string[] | null,
  rank: readonly string[],
): Map<string, FilterSpecification | undefined> {
  const only = shownExpression(shown);
  return new Map(
    layers.map((spec) => [
      spec.id,
      spec.id === PROJECT_LAYER_IDS.labels
        ? (labelsShownFilter(rank, shown) as FilterSpecification)
        : shownFilter(spec.filter, only),
    ]),
  );
}

/**
 * A style with the project sources and layers declared in it, exactly as ProjectLayers places
 * them for this view, so the map's first round of loading, parsing and placing already draws the
 * projects. ProjectLayers then adopts them instead of adding them after the basemap has loaded.
 * `rank` gives every project's id, in the labels' order (label-density.ts, labelRank).
 */
export function withProjectLayers(
  style: StyleSpecification,
  tiles: Record<TileSetName, ProjectTiles>,
  view: ProjectView,
  rank: () => readonly string[],
): StyleSpecification {
  const ranked = rank();
  const layers = projectLayers(view.fonts, builtIdsAt(view.statuses), view.statuses, view.labels);
  const filters = shownFilters(
    layers,
    shownProjectIds(view.visible, view.statuses, () => ranked),
    ranked,
  );
  const all: LayerSpecification[] = [
    ...style.layers,
    ...layers.map((spec) => {
      const filter = filters.get(spec.id);
      const source = layerSource(spec.id);
      const layer = source === PROJECT_SOURCE ? tiles.parts.layer : tiles.labels.layer;
      return {
        ...spec,
        source,
        'source-layer': layer,
        ...(filter ? { filter } : {}),
      } as LayerSpecification;
    }),
  ];
  // The same order ProjectLayers would move the layers into: the capitals' labels under the markers.
  for (const [id, before] of labelMoves(all.map((l) => l.id))) {
    const layer = all.splice(
      all.findIndex((l) => l.id === id),
      1,
    )[0]!;
    all.splice(
      all.findIndex((l) => l.id === before),
      0,
      layer,
    );
  }
  return {
    ...style,
    sources: { ...style.sources, ...projectSources(tiles) },
    layers: all,
  };
}
