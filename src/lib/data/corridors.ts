/**
 * Corridors, defined once. Membership comes only from a project's `corridors` entries, each
 * backed by a source that places the project on the corridor. Proximity ("within N km") is a
 * different relation, measured on the drawn geometry, and never counts as membership.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { lineString, point } from '@turf/helpers';
import { length } from '@turf/length';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Part, Precision, Project, ProjectEntry } from './schema.ts';
// The roll-up of finance along a corridor is a sum of commitments, defined with them.
export { financeByCountry, financeTotal, type CountryFinance, type FinanceTotal } from './totals.ts';

export {
  DEFAULT_NEAR_KM,
  NEAR_KM,
  PRECISIONS,
  corridorIdsOf,
  corridorsOf,
  isCorridor,
  membersOf,
  type Member,
  type NearKm,
} from './corridor-membership.ts';

/** The corridor's drawn routes, optionally of one sub-corridor. */
export function corridorRoutes(corridor: Project): Part[] {
  return corridor.geometry.parts.filter((p) => p.kind === 'route');
}

function linesOf(part: Part): Position[][] {
  const g = part.geometry;
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  return [];
}

type PartGeometry = Part['geometry'];

/** A whole project's part geometries. */
export const geometriesOf = (project: Project): PartGeometry[] =>
  project.geometry.parts.map((p) => p.geometry);

/** Every located position of some geometries: points, and the vertices of lines and polygon rings. */
function positionsOf(geometries: readonly PartGeometry[]): Position[] {
  return geometries.flatMap((g) => {
    switch (g.type) {
      case 'Point':
        return [g.coordinates];
      case 'LineString':
        return g.coordinates;
      case 'MultiLineString':
      case 'Polygon':
        return g.coordinates.flat();
    }
  });
}

/**
 * The shortest distance in km from a project's located points and line vertices to the
 * corridor's drawn routes; null when either has no geometry.
 */
export function distanceToCorridor(project: Project, corridor: Project): number | null {
  return distanceFrom(geometriesOf(project), corridor);
}

/** The shortest distance in km from some geometries' points and vertices to the corridor's routes. */
function distanceFrom(geometries: readonly PartGeometry[], corridor: Project): number | null {
  const lines = corridorRoutes(corridor).flatMap(linesOf);
  const positions = positionsOf(geometries);
  if (!lines.length || !positions.length) return null;
  let best = Infinity;
  for (const line of lines) {
    const feature = lineString(line);
    for (const position of positions) {
      best = Math.min(best, pointToLineDistance(point(position), feature, { units: 'kilometers' }));
    }
  }
  return best;
}

export interface Nearby<P extends ProjectEntry = Project> {
  project: P;
  km: number;
}

/**
 * Projects within `km` of the corridor's drawn routes, nearest first; members are left out.
 * `geometries` gives a project's part geometries: on the page, read from data/projects.geojson.
 */
export function projectsNear<P extends ProjectEntry>(
  projects: readonly P[],
  corridor: Project,
  km: number,
  geometries: (project: P) => readonly PartGeometry[],
): Nearby<P>[] {
  const near: Nearby<P>[] = [];
  for (const project of projects) {
    if (project.kind === 'corridor' || project.corridors.some((m) => m.corridor === corridor.id)) continue;
    const d = distanceFrom(geometries(project), corridor);
    if (d !== null && d <= km) near.push({ project, km: d });
  }
  return near.sort((a, b) => a.km - b.km);
}

export type CountryShape = Feature<Polygon | MultiPolygon, { iso_a2: string }>;

export interface SegmentLength {
  part: string;
  subCorridor: string | null;
  precision: Precision | null;
  km: number;
  /** Kilometres per ISO country code; "outside" is line over no country polygon (water, border rivers). */
  byCountry: Record<string, number>;
}

/** [west, south, east, north] of a country's polygons. */
function extent(shape: CountryShape): [number, number, number, number] {
  const g = shape.geometry;
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    for (const ring of polygon)
      for (const [x = NaN, y = NaN] of ring) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      }
  return box;
}

/** Pieces no longer than this are assigned whole to the country their midpoint is in. */
const STEP_KM = 0.5;

/**
 * The length of each corridor route, in total and per country, measured along the drawn line
 * on the given country polygons. Each stretch is cut into pieces of at most half a kilometre,
 * and a piece counts for the country its midpoint lies in.
 */
export function measureCorridor(corridor: Project, countries: readonly CountryShape[]): SegmentLength[] {
  // A point outside a country's bounding box is not in it: most countries are ruled out at once.
  const boxes = countries.map(extent);
  const countryAt = (x: number, y: number) =>
    countries.find((c, j) => {
      const [west, south, east, north] = boxes[j]!;
      return x >= west && x <= east && y >= south && y <= north && booleanPointInPolygon([x, y], c);
    })?.properties.iso_a2 ?? 'outside';
  return corridorRoutes(corridor).map((part) => {
    const byCountry: Record<string, number> = {};
    let km = 0;
    for (const line of linesOf(part)) {
      for (let i = 1; i < line.length; i++) {
        const a = line[i - 1]!;
        const b = line[i]!;
        const stretch = length(lineString([a, b]), { units: 'kilometers' });
        const pieces = Math.max(1, Math.ceil(stretch / STEP_KM));
        for (let k = 0; k < pieces; k++) {
          const t = (k + 0.5) / pieces;
          const country = countryAt(a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t);
          byCountry[country] = (byCountry[country] ?? 0) + stretch / pieces;
        }
        km += stretch;
      }
    }
    return {
      part: part.id,
      subCorridor: part.subCorridor ?? null,
      precision: part.precision ?? null,
      km,
      byCountry,
    };
  });
}

/** The sum of segment lengths, per country. */
export function lengthByCountry(segments: readonly SegmentLength[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const s of segments)
    for (const [country, km] of Object.entries(s.byCountry)) total[country] = (total[country] ?? 0) + km;
  return total;
}
