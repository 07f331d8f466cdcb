/**
 * The projects' lines, polygons and points on the page, for what truly needs them (the map
 * without WebGL, the GeoJSON download, distances to a corridor): read on demand from the
 * published data/projects.geojson, once, through this one loader.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { PROJECTS_FILE, type PartProperties } from './features';
import type { Part } from './schema';

export type ProjectCollection = FeatureCollection<Geometry, PartProperties> & { asOf?: string };

export function geometryLoader(base: () => string, fetchFile: typeof fetch = (...a) => fetch(...a)) {
  let pending: Promise<ProjectCollection> | null = null;
  return (): Promise<ProjectCollection> =>
    (pending ??= (async () => {
      try {
        const response = await fetchFile(new URL(PROJECTS_FILE, base()));
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return (await response.json()) as ProjectCollection;
      } catch {
        pending = null;
        throw new Error(`${PROJECTS_FILE} could not be loaded`);
      }
    })());
}

/** The page's one loader of data/projects.geojson. */
export const projectGeometry = geometryLoader(() =>
  typeof document === 'undefined' ? 'http://localhost/' : document.baseURI,
);

/** Each project's part geometries, by project id. */
export function geometriesByProject(collection: ProjectCollection): Map<string, Part['geometry'][]> {
  const byId = new Map<string, Part['geometry'][]>();
  for (const f of collection.features) {
    const list = byId.get(f.properties.project) ?? [];
    // The build wrote these features from the validated parts' geometry (features.ts).
    list.push(f.geometry as Part['geometry']);
    byId.set(f.properties.project, list);
  }
  return byId;
}

/**
 * The public data contract for some projects, in their order, as `projectsGeojson` would write
 * it from their records: the published features of those projects, numbered again from 0.
 */
export function subsetGeojson(collection: ProjectCollection, ids: readonly string[], asOf: string): string {
  const byProject = new Map<string, ProjectCollection['features']>();
  for (const f of collection.features) {
    const list = byProject.get(f.properties.project) ?? [];
    list.push(f);
    byProject.set(f.properties.project, list);
  }
  const features = ids.flatMap((id) => byProject.get(id) ?? []).map((f, i) => ({ ...f, id: i }));
  return JSON.stringify({ type: 'FeatureCollection', features, asOf });
}
