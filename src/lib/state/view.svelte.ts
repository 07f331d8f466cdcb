/**
 * The view's state: what a link, a scene or a second map needs to reproduce a view.
 * Everything here is plain data (see `snapshot`), so it can go into a URL or a scene file.
 */
import { isLocale, translate, type Locale } from '../i18n/translate';
import type { MessageKey } from '../i18n/en';
import {
  ALL_YEARS,
  DIMENSIONS,
  NO_FILTERS,
  type Dimension,
  type FilterValues,
  type YearRange,
} from '../data/filter';
import { GROUPINGS, type Grouping } from '../charts/funding';
import type { Currency } from '../data/convert';

/** Choices made in the side panels. */
export interface PanelChoices {
  fundingBy: Grouping;
  currency: Currency;
  trade: 'trade' | 'fdi';
}

export const DEFAULT_PANELS: PanelChoices = { fundingBy: 'project', currency: 'JPY', trade: 'trade' };

function parsePanels(input: unknown): PanelChoices {
  const value = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  return {
    fundingBy: (GROUPINGS as readonly unknown[]).includes(value.fundingBy)
      ? (value.fundingBy as Grouping)
      : 'project',
    currency: value.currency === 'USD' ? 'USD' : 'JPY',
    trade: value.trade === 'fdi' ? 'fdi' : 'trade',
  };
}

export interface Camera {
  center: [number, number];
  zoom: number;
}

export interface ViewSnapshot {
  locale: Locale;
  project: string | null;
  camera: Camera | null;
  filters: FilterValues;
  /** The text in the search box. */
  query: string;
  panels: PanelChoices;
}

/** Longest search text kept; longer input is cut, not rejected. */
export const MAX_QUERY = 100;

/** The values a snapshot may name; anything else in untrusted input is dropped. */
export interface KnownValues {
  projects: ReadonlySet<string>;
  options: Record<Dimension, ReadonlySet<string>>;
}

function parseFilters(input: unknown, known: KnownValues): FilterValues {
  const value = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const filters = { ...NO_FILTERS };
  for (const dimension of DIMENSIONS) {
    const chosen = value[dimension];
    if (!Array.isArray(chosen)) continue;
    filters[dimension] = [
      ...new Set(chosen.filter((v): v is string => typeof v === 'string' && known.options[dimension].has(v))),
    ];
  }
  filters.years = parseYears(value.years);
  return filters;
}

/** Plausible years for a milestone; anything else in a link is noise. */
const FIRST_YEAR = 1950;
const LAST_YEAR = 2100;

function parseYear(input: unknown): number | null {
  return typeof input === 'number' && Number.isInteger(input) && input >= FIRST_YEAR && input <= LAST_YEAR
    ? input
    : null;
}

/** A reversed range is dropped whole rather than guessed at. */
function parseYears(input: unknown): YearRange {
  const value = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const from = parseYear(value.from);
  const to = parseYear(value.to);
  return from !== null && to !== null && from > to ? ALL_YEARS : { from, to };
}

/** Reads a snapshot from untrusted input (a link, a scene file): anything malformed falls back to the default. */
export function parseSnapshot(input: unknown, known: KnownValues): ViewSnapshot {
  const value = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const project =
    typeof value.project === 'string' && known.projects.has(value.project) ? value.project : null;
  const camera = value.camera as Record<string, unknown> | undefined;
  const center = camera?.center;
  const validCamera =
    Array.isArray(center) &&
    center.length === 2 &&
    center.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    Math.abs(center[0] as number) <= 180 &&
    Math.abs(center[1] as number) <= 85 &&
    typeof camera?.zoom === 'number' &&
    camera.zoom >= 0 &&
    camera.zoom <= 22;
  return {
    locale: isLocale(value.locale) ? value.locale : 'en',
    project,
    camera: validCamera
      ? { center: [center[0] as number, center[1] as number], zoom: camera.zoom as number }
      : null,
    filters: parseFilters(value.filters, known),
    query: typeof value.query === 'string' ? value.query.slice(0, MAX_QUERY) : '',
    panels: parsePanels(value.panels),
  };
}

export class ViewState {
  locale = $state<Locale>('en');
  /** The selected project id. */
  project = $state<string | null>(null);
  /** Transient pointer state; not part of a snapshot. */
  hovered = $state<string | null>(null);
  camera = $state.raw<Camera | null>(null);
  filters = $state.raw<FilterValues>(NO_FILTERS);
  query = $state('');
  panels = $state.raw<PanelChoices>(DEFAULT_PANELS);

  constructor(initial?: Partial<ViewSnapshot>) {
    if (initial?.locale) this.locale = initial.locale;
    if (initial?.project) this.project = initial.project;
    if (initial?.camera) this.camera = initial.camera;
    if (initial?.filters) this.filters = initial.filters;
    if (initial?.query) this.query = initial.query;
    if (initial?.panels) this.panels = initial.panels;
  }

  toggleFilter(dimension: Dimension, value: string): void {
    const chosen = this.filters[dimension];
    this.filters = {
      ...this.filters,
      [dimension]: chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value],
    };
  }

  setYears(years: YearRange): void {
    this.filters = { ...this.filters, years };
  }

  setPanel<K extends keyof PanelChoices>(key: K, value: PanelChoices[K]): void {
    this.panels = { ...this.panels, [key]: value };
  }

  clearFilters(): void {
    this.filters = NO_FILTERS;
  }

  t = (key: MessageKey, params?: Record<string, string | number>): string =>
    translate(this.locale, key, params);

  /** Bumped when the user asks to be taken to a project (from a list or search, not a map click). */
  focusRequest = $state(0);

  select(id: string | null): void {
    this.project = id;
  }

  /** Selects a project and asks the map to bring it into view. */
  focus(id: string): void {
    this.project = id;
    this.focusRequest++;
  }

  /** Bumped when the camera should jump to `camera` (restoring a link or going back). */
  cameraRequest = $state(0);

  /** Applies a whole snapshot, e.g. from the address bar after back or forward. */
  restore(snapshot: ViewSnapshot): void {
    this.locale = snapshot.locale;
    this.project = snapshot.project;
    this.filters = snapshot.filters;
    this.query = snapshot.query;
    this.panels = snapshot.panels;
    if (snapshot.camera) {
      this.camera = snapshot.camera;
      this.cameraRequest++;
    }
  }

  snapshot(): ViewSnapshot {
    return {
      locale: this.locale,
      project: this.project,
      camera: this.camera,
      filters: this.filters,
      query: this.query,
      panels: this.panels,
    };
  }
}
