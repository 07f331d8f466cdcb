/**
 * The floor: the least a page can do to show the atlas's map. The same MapLibre, basemap style,
 * files and fonts, and data/projects.geojson drawn by one line and one circle layer, declared in
 * the initial style; nothing else. The benchmark measures the app against it.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { basemapBounds, basemapStyle } from '../../src/lib/map/basemap-style.ts';

setWorkerUrl(workerUrl);
const base = new URL(import.meta.env.BASE_URL, window.location.href).href;
const style = basemapStyle({ baseUrl: base });
style.sources.projects = { type: 'geojson', data: `${base}data/projects.geojson` };
style.layers.push(
  {
    id: 'projects-line',
    type: 'line',
    source: 'projects',
    filter: ['==', ['geometry-type'], 'LineString'],
    paint: { 'line-color': '#0072B2', 'line-width': 2 },
  },
  {
    id: 'projects-circle',
    type: 'circle',
    source: 'projects',
    filter: ['==', ['geometry-type'], 'Point'],
    paint: { 'circle-color': '#0072B2', 'circle-radius': 4 },
  },
);
const container = document.getElementById('map')!;
const map = new MapLibreMap({ container, style, bounds: basemapBounds, fitBoundsOptions: { padding: 24 } });
// The same hook the app's tests use, so one measuring script reads both pages.
(container as HTMLElement & { maplibreMap?: MapLibreMap }).maplibreMap = map;
