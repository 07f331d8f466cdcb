/**
 * The view snapshot's shape and defaults, without its schema: what the first view needs to show
 * a view, write it to the address and frame a scene. Reading untrusted input (a link naming a
 * view, a deck file) takes the zod schema in ./snapshot.ts, which loads only when there is
 * something to read.
 */
import type { Locale } from '../i18n/translate';
import { DIMENSIONS, NO_FILTERS, type Dimension, type FilterValues } from '../data/filter';
import { DEFAULT_NEAR_KM } from '../data/corridor-membership.ts';
import type { Camera, PanelChoices, ViewSpec } from './snapshot';

export type { Camera, PanelChoices, ViewSpec };

/**
 * Version 1, extended compatibly: a field added since (`textSize`, `localNames`) is optional in a deck file and
 * defaults when a link or file leaves it out, so every older link and deck still reads the same.
 */
export const SNAPSHOT_VERSION = 1;

/** Type size: `large` scales the whole interface and the map labels up, for a projector. */
export const TEXT_SIZES = ['normal', 'large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** Longest search text kept; longer input is cut, not rejected. */
export const MAX_QUERY = 100;

export const DEFAULT_PANELS: PanelChoices = {
  fundingBy: 'project',
  currency: 'JPY',
  trade: 'trade',
  chart: null,
  nearKm: DEFAULT_NEAR_KM,
};

export interface ViewSnapshot {
  version: typeof SNAPSHOT_VERSION;
  locale: Locale;
  textSize: TextSize;
  localNames: boolean;
  project: string | null;
  camera: Camera | null;
  fit: readonly string[] | null;
  filters: FilterValues;
  query: string;
  panels: PanelChoices;
  year: number | null;
}

export const DEFAULT_SNAPSHOT: ViewSnapshot = {
  version: SNAPSHOT_VERSION,
  locale: 'en',
  textSize: 'normal',
  localNames: false,
  project: null,
  camera: null,
  fit: null,
  filters: NO_FILTERS,
  query: '',
  panels: DEFAULT_PANELS,
  year: null,
};

/** The values a snapshot may name; anything else in untrusted input is dropped. */
export interface KnownValues {
  projects: ReadonlySet<string>;
  options: Record<Dimension, ReadonlySet<string>>;
}

/** A strictly read view with its defaults filled in. */
export function completeSnapshot(spec: ViewSpec): ViewSnapshot {
  const filters: Record<string, unknown> = { ...NO_FILTERS };
  for (const dimension of DIMENSIONS) filters[dimension] = spec.filters?.[dimension] ?? [];
  filters.years = spec.filters?.years ?? NO_FILTERS.years;
  return {
    ...DEFAULT_SNAPSHOT,
    ...Object.fromEntries(Object.entries(spec).filter(([, v]) => v !== undefined)),
    version: SNAPSHOT_VERSION,
    filters: filters as unknown as FilterValues,
    panels: { ...DEFAULT_PANELS, ...spec.panels },
  };
}

/** The parts of a snapshot a scene keeps: only what differs from the defaults. */
export function toViewSpec(snapshot: ViewSnapshot): ViewSpec {
  // A scene follows the presenter's language and type size, so those are left out.
  const spec: ViewSpec = { version: SNAPSHOT_VERSION };
  if (snapshot.project) spec.project = snapshot.project;
  if (snapshot.camera) spec.camera = snapshot.camera;
  else if (snapshot.fit) spec.fit = [...snapshot.fit];
  const filters: NonNullable<ViewSpec['filters']> = {};
  for (const dimension of DIMENSIONS)
    if (snapshot.filters[dimension].length) filters[dimension] = [...snapshot.filters[dimension]];
  if (snapshot.filters.years.from !== null || snapshot.filters.years.to !== null)
    filters.years = { ...snapshot.filters.years };
  if (Object.keys(filters).length) spec.filters = filters;
  if (snapshot.query) spec.query = snapshot.query;
  const panels = Object.fromEntries(
    Object.entries(snapshot.panels).filter(([k, v]) => DEFAULT_PANELS[k as keyof PanelChoices] !== v),
  );
  if (Object.keys(panels).length) spec.panels = panels;
  if (snapshot.year !== null) spec.year = snapshot.year;
  return spec;
}
