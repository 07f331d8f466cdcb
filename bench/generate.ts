/**
 * Synthetic projects for the benchmark: copies of the real projects' records (status,
 * milestones, financing, figures and their sources, trimmed to keep files small), each placed
 * at a random spot on the land of one Mekong country. Seeded, so a set is the same on every
 * machine. They pass the real schema; they are never shown to users.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { inRegion } from '../src/lib/data/region.ts';

/** A small, fast, seeded generator (mulberry32): the same seed gives the same numbers. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Land {
  country: 'KH' | 'LA' | 'MM' | 'TH' | 'VN';
  shape: Feature<Polygon | MultiPolygon>;
  bbox: [number, number, number, number];
}

type Raw = Record<string, unknown>;
type Position = [number, number];

const REF_LISTS = new Set(['refs', 'descriptionRefs', 'mentionedIn']);
const LINE_KINDS = new Set(['rail', 'metro', 'road', 'transmission', 'bridge']);

/** The record with every list of sources cut to its first entry: still sourced, far smaller. */
function firstRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(firstRefs);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      REF_LISTS.has(key) && Array.isArray(v) ? v.slice(0, 1).map(firstRefs) : firstRefs(v),
    ]),
  );
}

const round = (v: number) => Math.round(v * 1e5) / 1e5;

function onLand(land: Land, [lon, lat]: Position): boolean {
  return inRegion([lon, lat]) && booleanPointInPolygon([lon, lat], land.shape);
}

function pointOn(land: Land, random: () => number): Position {
  const [w, s, e, n] = land.bbox;
  for (;;) {
    const p: Position = [round(w + random() * (e - w)), round(s + random() * (n - s))];
    if (onLand(land, p)) return p;
  }
}

/** A route of four vertices from `start`, each step a few kilometres, every vertex on land. */
function routeFrom(land: Land, start: Position, random: () => number): Position[] {
  const route = [start];
  while (route.length < 4) {
    const [lon, lat] = route[route.length - 1]!;
    const heading = random() * 2 * Math.PI;
    const step = 0.03 + random() * 0.1;
    const next: Position = [round(lon + step * Math.cos(heading)), round(lat + step * Math.sin(heading))];
    if (onLand(land, next) && (next[0] !== lon || next[1] !== lat)) route.push(next);
  }
  return route;
}

/**
 * `count` synthetic project records, the i-th made from templates[i % templates.length].
 * Templates are raw project files that are not corridors (a corridor's members would not follow).
 */
export function syntheticProjects(templates: Raw[], land: Land[], count: number, seed: number): Raw[] {
  const random = seededRandom(seed);
  const out: Raw[] = [];
  for (let i = 0; i < count; i++) {
    const template = firstRefs(templates[i % templates.length]) as Raw;
    const area = land[Math.floor(random() * land.length)]!;
    const kind = String(template.kind);
    const number = String(i + 1).padStart(5, '0');
    const id = `synthetic-${kind}-${number}`;
    const name = `Synthetic ${kind} ${number}`;
    const refs = (template.descriptionRefs as unknown[]).slice(0, 1);
    const start = pointOn(area, random);
    const parts = LINE_KINDS.has(kind)
      ? [
          {
            id: 'route',
            kind: 'route',
            name: { en: `${name} route` },
            geometry: { type: 'LineString', coordinates: routeFrom(area, start, random) },
            refs,
          },
          {
            id: 'terminal',
            kind: 'station',
            name: { en: `${name} terminal` },
            geometry: { type: 'Point', coordinates: start },
            refs,
          },
        ]
      : [
          {
            id: 'site',
            kind: 'site',
            name: { en: `${name} site` },
            geometry: { type: 'Point', coordinates: start },
            refs,
          },
        ];
    out.push({
      ...template,
      id,
      name: { en: name, ja: `合成${kind} ${number}`, jaTranslated: true },
      shortName: { en: `Synthetic ${number}` },
      names: {},
      aliases: [],
      countries: [area.country],
      subCorridors: [],
      milestones: ((template.milestones as unknown[] | undefined) ?? []).slice(0, 4),
      financing: ((template.financing as unknown[] | undefined) ?? []).slice(0, 3),
      figures: ((template.figures as unknown[] | undefined) ?? []).slice(0, 3),
      geometry: { derivation: { en: 'Synthetic: placed at random on land for the benchmark.' }, parts },
    });
  }
  return out;
}

/** The land of the five Mekong countries, from the basemap the app ships. */
export function mekongLand(repoRoot: string): Land[] {
  const countries = JSON.parse(readFileSync(join(repoRoot, 'public/basemap/countries.geojson'), 'utf8')) as {
    features: Feature<Polygon | MultiPolygon, { iso_a2: string }>[];
  };
  return countries.features
    .filter((f) => ['KH', 'LA', 'MM', 'TH', 'VN'].includes(f.properties.iso_a2))
    .map((shape) => {
      const rings =
        shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
      const points = rings.flat(2) as Position[];
      const lons = points.map((p) => p[0]);
      const lats = points.map((p) => p[1]);
      return {
        country: shape.properties.iso_a2 as Land['country'],
        shape,
        bbox: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)],
      };
    });
}

/**
 * A copy of the repository's geodata/ at `dest` (a folder named geodata) holding `total`
 * projects: the real ones and synthetic ones after them. Returns the folder.
 */
export function writeSyntheticGeodata(repoRoot: string, dest: string, total: number, seed = 11): string {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  cpSync(join(repoRoot, 'geodata'), dest, { recursive: true });
  const folder = join(dest, 'projects');
  const real = readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as Raw);
  const templates = real.filter((p) => p.kind !== 'corridor');
  for (const project of syntheticProjects(
    templates,
    mekongLand(repoRoot),
    Math.max(0, total - real.length),
    seed,
  ))
    writeFileSync(join(folder, `${String(project.id)}.json`), JSON.stringify(project));
  return dest;
}
