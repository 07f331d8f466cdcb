/**
 * The public data contract: one RFC 7946 FeatureCollection of every located part.
 * The map draws these same features, so what users download is what they see.
 */
import { localized } from './localized';
import { along } from '@turf/along';
import { bbox } from '@turf/bbox';
import { centroid } from '@turf/centroid';
import { lineString } from '@turf/helpers';
import { length } from '@turf/length';
import type { Feature, FeatureCollection, Geometry, LineString, Point, Position } from 'geojson';
import { corridorIdsOf } from './corridor-membership.ts';
import type { Part, Project } from './schema.ts';

// What the page needs at start lives apart from turf: the files' names, the feature ids, boxes.
export { PROJECTS_FILE, boxesMeet, featureIdsByProject, projectsBounds } from './feature-index.ts';

/** The languages of the Mekong countries, whose scripts the map can show beside a name. */
export const LOCAL_LANGUAGES = ['km', 'lo', 'my', 'th', 'vi'] as const;

/** A name in a Mekong country's own language and script, or null where the data has none. */
export function localName(names: Readonly<Record<string, string>> | undefined): string | null {
  const lang = Object.keys(names ?? {}).find((l) => (LOCAL_LANGUAGES as readonly string[]).includes(l));
  return lang ? names![lang]! : null;
}

/** Label text in English, Japanese (where the data has it) and the local script (where it has one). */
interface NameProperties {
  name: string;
  name_ja: string | null;
  name_local: string | null;
}

export interface PartProperties extends NameProperties {
  /** The project id: the key users and later tools join on. */
  project: string;
  part: string;
  partName: string;
  partName_ja: string | null;
  /** The part's own name in the local script (a corridor town, a station), where the data has one. */
  partName_local: string | null;
  partKind: Part['kind'];
  kind: Project['kind'];
  sector: Project['sector'];
  status: Project['status']['value'];
  /** Comma-separated ISO alpha-2 codes, because map styles cannot test array members. */
  countries: string;
  /** Comma-separated corridor and sub-corridor ids, for the same reason. */
  corridors: string;
  subCorridor: string | null;
  /** For corridor routes: follows-road, approximate or schematic. */
  precision: Part['precision'] | null;
  /** The name the map writes along a corridor route, or beside a corridor town; null otherwise. */
  label: string | null;
  label_ja: string | null;
}

export type PartFeature = Feature<Geometry, PartProperties> & { id: number };

export function projectFeatures(projects: readonly Project[]): FeatureCollection<Geometry, PartProperties> & {
  features: PartFeature[];
} {
  const features: PartFeature[] = [];
  for (const project of projects) {
    const corridors = corridorIdsOf(project);
    for (const part of project.geometry.parts) {
      features.push({
        type: 'Feature',
        // Numeric ids let the map keep hover and selection in feature-state.
        id: features.length,
        geometry: part.geometry as Geometry,
        properties: {
          project: project.id,
          name: project.name.en,
          name_ja: project.name.ja ?? null,
          name_local: localName(project.names),
          part: part.id,
          partName: part.name.en,
          partName_ja: part.name.ja ?? null,
          partName_local: localName(part.names),
          partKind: part.kind,
          kind: project.kind,
          sector: project.sector,
          status: part.status?.value ?? project.status.value,
          countries: project.countries.join(','),
          corridors: corridors.join(','),
          subCorridor: part.subCorridor ?? null,
          precision: part.precision ?? null,
          label: corridorLabel(project, part, 'en'),
          label_ja: corridorLabel(project, part, 'ja'),
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

/** A corridor route's label: the corridor, and its sub-corridor if it draws one; a corridor town's name. */
function corridorLabel(project: Project, part: Part, locale: 'en' | 'ja'): string | null {
  if (project.kind !== 'corridor') return null;
  if (part.kind !== 'route') return localized(part.name, locale);
  const corridor = localized(project.shortName ?? project.name, locale);
  const sub = project.subCorridors.find((s) => s.id === part.subCorridor);
  return sub ? `${corridor} · ${subCorridorShortName(sub, locale)}` : corridor;
}

/** A sub-corridor's name without its description after the colon, e.g. "Central subcorridor". */
export function subCorridorShortName(sub: Project['subCorridors'][number], locale: string): string {
  return localized(sub.name, locale).split(/[:：]/)[0]!.trim();
}

export interface LabelProperties extends NameProperties {
  project: string;
  sector: Project['sector'];
  status: Project['status']['value'];
}

/**
 * One label anchor per located project: its site, or the middle of its longest route
 * (measured along the line), so a long line gets one name rather than one per vertex. Placed
 * once, at build time, from the validated atlas, into the map's label tiles (scripts/project-tiles.ts).
 */
export function projectLabelPoints(projects: readonly Project[]): FeatureCollection<Point, LabelProperties> {
  const features: Feature<Point, LabelProperties>[] = [];
  for (const project of projects) {
    if (project.kind === 'corridor') continue;
    const anchor = labelAnchor(project.geometry.parts);
    if (!anchor) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: anchor },
      properties: {
        project: project.id,
        name: (project.shortName ?? project.name).en,
        name_ja: (project.shortName ?? project.name).ja ?? null,
        name_local: localName(project.names),
        sector: project.sector,
        status: project.status.value,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

function labelAnchor(parts: readonly Part[]): Position | null {
  const site = parts.find((p) => p.kind === 'site');
  if (site) {
    if (site.geometry.type === 'Point') return site.geometry.coordinates;
    return centroid(site.geometry as Geometry).geometry.coordinates;
  }
  let best: { line: Feature<LineString>; km: number } | null = null;
  for (const part of parts) {
    if (part.kind !== 'route') continue;
    const lines =
      part.geometry.type === 'LineString'
        ? [part.geometry.coordinates]
        : part.geometry.type === 'MultiLineString'
          ? part.geometry.coordinates
          : [];
    for (const coords of lines) {
      const line = lineString(coords);
      const km = length(line);
      if (!best || km > best.km) best = { line, km };
    }
  }
  if (best) return along(best.line, best.km / 2).geometry.coordinates;
  const point = parts.find((p) => p.geometry.type === 'Point');
  return point && point.geometry.type === 'Point' ? point.geometry.coordinates : null;
}

/** The bounding box of a project's located parts, or null when it has none. */
export function projectBounds(project: Project): [number, number, number, number] | null {
  if (project.geometry.parts.length === 0) return null;
  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: project.geometry.parts.map((part) => ({
      type: 'Feature',
      properties: {},
      geometry: part.geometry as Geometry,
    })),
  };
  return bbox(collection) as [number, number, number, number];
}
