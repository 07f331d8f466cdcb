/**
 * The static overview map drawn when the interactive map cannot be (no WebGL): D3 projects the
 * same basemap files and project features into SVG path strings; StaticMap.svelte renders them.
 */
import { ENGLISH_LABELS, NAME_FIELDS, labelString, type LabelOptions } from './label-text';
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { PartProperties } from '../data/features';

export type Box = readonly [number, number, number, number];

/** The basemap files the static map draws, in drawing order (all in public/basemap/). */
export const STATIC_BASEMAP_FILES = [
  'countries.geojson',
  'lakes.geojson',
  'rivers.geojson',
  'borders.geojson',
  'places.geojson',
] as const;
export type StaticBasemapFile = (typeof STATIC_BASEMAP_FILES)[number];

export interface BasemapShape {
  file: StaticBasemapFile;
  d: string;
  /** countries: whether the country is one of the five Mekong countries; borders: a Mekong border. */
  mekong: boolean;
}

export interface PlaceMark {
  /** The English name: the place's key. */
  name: string;
  /** What its label says, a line each: its name in the language, and its local-script name on request. */
  lines: string[];
  x: number;
  y: number;
  capital: boolean;
}

export interface ProjectMark {
  project: string;
  name: string;
  kind: PartProperties['kind'];
  sector: PartProperties['sector'];
  status: PartProperties['status'];
  /** Lines and areas, one path string for every non-point part. */
  lines: string;
  /** Point parts (sites, stations, nodes, crossings) in screen coordinates. */
  points: Array<{ x: number; y: number }>;
  /** Where the mark's label goes: its first point, else the middle of its path's box. */
  anchor: { x: number; y: number };
  /** The short name drawn beside it. */
  label: string;
  /** Where the label is drawn, or null where it would cover another label (the mark keeps its name). */
  labelAt: { x: number; y: number; align: 'start' | 'middle' | 'end' } | null;
}

export const LABEL_SIZE = 11.5;

/**
 * What a mark is called to a screen reader or to voice control. A spoken command names what the
 * user sees, so the name begins with the drawn label (WCAG 2.5.3, Label in Name; axe asks for it
 * first, not only somewhere inside) and goes on with the full name where the two differ.
 */
export function markName(mark: Pick<ProjectMark, 'name' | 'label' | 'labelAt'>): string {
  if (!mark.labelAt || mark.name.startsWith(mark.label)) return mark.name;
  return `${mark.label}: ${mark.name}`;
}

/** The label's width in pixels, estimated: CJK characters are a full em, Latin about 0.58. */
export function labelWidth(text: string, size = LABEL_SIZE): number {
  let em = 0;
  for (const ch of text) em += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.58;
  return em * size;
}

type Rect = [number, number, number, number];
const overlaps = (a: Rect, b: Rect) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Places each label right, left, above or below its anchor, the first that stays on the map and
 * clear of the labels already placed; corridors get no label (the legend names them).
 */
export function placeLabels(marks: ProjectMark[], width: number, height: number): void {
  const placed: Rect[] = [];
  const h = LABEL_SIZE + 2;
  for (const mark of marks) {
    mark.labelAt = null;
    if (mark.kind === 'corridor' || !Number.isFinite(mark.anchor.x)) continue;
    const w = labelWidth(mark.label);
    const { x, y } = mark.anchor;
    const options: Array<{ rect: Rect; at: NonNullable<ProjectMark['labelAt']> }> = [
      { rect: [x + 9, y - h / 2, x + 9 + w, y + h / 2], at: { x: x + 9, y: y + 4, align: 'start' } },
      { rect: [x - 9 - w, y - h / 2, x - 9, y + h / 2], at: { x: x - 9, y: y + 4, align: 'end' } },
      { rect: [x - w / 2, y - 10 - h, x + w / 2, y - 10], at: { x, y: y - 13, align: 'middle' } },
      { rect: [x - w / 2, y + 10, x + w / 2, y + 10 + h], at: { x, y: y + 21, align: 'middle' } },
    ];
    const fits = options.find(
      ({ rect }) =>
        rect[0] >= 2 &&
        rect[1] >= 2 &&
        rect[2] <= width - 2 &&
        rect[3] <= height - 2 &&
        !placed.some((r) => overlaps(r, rect)),
    );
    if (!fits) continue;
    placed.push(fits.rect);
    mark.labelAt = fits.at;
  }
}

export interface StaticMapLayout {
  width: number;
  height: number;
  basemap: BasemapShape[];
  places: PlaceMark[];
  projects: ProjectMark[];
}

const MEKONG = new Set(['KH', 'LA', 'MM', 'TH', 'VN']);

/**
 * Fits `bounds` ([west, south, east, north]) into a width × height box with `padding` pixels
 * around it, in Web Mercator like the interactive map.
 */
export function staticMapLayout(
  size: { width: number; height: number; padding: number },
  bounds: Box,
  basemap: Partial<Record<StaticBasemapFile, FeatureCollection>>,
  parts: ReadonlyArray<Feature<Geometry, PartProperties>>,
  names: (project: string) => { name: string; label: string },
  labels: LabelOptions = ENGLISH_LABELS,
): StaticMapLayout {
  const { width, height, padding } = size;
  const [w, s, e, n] = bounds;
  const frame: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [
      [w, s],
      [e, n],
    ],
  };
  const projection = geoMercator().fitExtent(
    [
      [padding, padding],
      [Math.max(padding + 1, width - padding), Math.max(padding + 1, height - padding)],
    ],
    frame,
  );
  const path = geoPath(projection);
  const at = (lon: number, lat: number) => {
    const [x = 0, y = 0] = projection([lon, lat]) ?? [];
    return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  };

  const shapes: BasemapShape[] = [];
  for (const file of STATIC_BASEMAP_FILES) {
    if (file === 'places.geojson') continue;
    for (const f of basemap[file]?.features ?? []) {
      const d = path(f);
      if (!d) continue;
      const props = (f.properties ?? {}) as { iso_a2?: string; mekong?: boolean };
      shapes.push({
        file,
        d,
        mekong: file === 'borders.geojson' ? !!props.mekong : MEKONG.has(props.iso_a2 ?? ''),
      });
    }
  }

  const places: PlaceMark[] = [];
  for (const f of basemap['places.geojson']?.features ?? []) {
    const props = (f.properties ?? {}) as { name?: string; rank?: number; capital?: boolean };
    if (f.geometry.type !== 'Point' || (props.rank ?? 3) > 1 || !props.name) continue;
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    const lines = labelString(f.properties ?? {}, NAME_FIELDS, labels).split('\n');
    places.push({ name: props.name, lines, capital: !!props.capital, ...at(lon, lat) });
  }

  const byProject = new Map<string, ProjectMark>();
  for (const f of parts) {
    const p = f.properties;
    let mark = byProject.get(p.project);
    if (!mark) {
      mark = {
        project: p.project,
        ...names(p.project),
        kind: p.kind,
        sector: p.sector,
        status: p.status,
        lines: '',
        points: [],
        anchor: { x: NaN, y: NaN },
        labelAt: null,
      };
      byProject.set(p.project, mark);
    }
    if (f.geometry.type === 'Point') {
      const [lon = 0, lat = 0] = f.geometry.coordinates;
      mark.points.push(at(lon, lat));
    } else {
      mark.lines += path(f) ?? '';
    }
  }
  const projects = [...byProject.values()];
  for (const mark of projects) {
    const [first] = mark.points;
    if (first) mark.anchor = first;
    else {
      const feature = {
        type: 'FeatureCollection' as const,
        features: parts.filter((f) => f.properties.project === mark.project),
      };
      const [[x0, y0], [x1, y1]] = path.bounds(feature);
      mark.anchor = { x: Math.round(((x0 + x1) / 2) * 10) / 10, y: Math.round(((y0 + y1) / 2) * 10) / 10 };
    }
  }
  placeLabels(projects, width, height);
  return { width, height, basemap: shapes, places, projects };
}
