/**
 * The map, started the moment the page's script runs, before its data (data/atlas.json) has
 * arrived and the app has mounted: the basemap, the project files and the first frames load,
 * parse and draw while the data is on its way, as on the floor page. MapView adopts it when the
 * app mounts (`takeStartedMap`); its MapContext is the map's one owner from then on.
 *
 * Only an address that names no view (a first visit) starts it: that view's map needs nothing
 * from the data but the projects' extent, made at build time (the labels' order is in each label
 * point, label-density.ts). Any other address makes its map when the app mounts, as it always has.
 */
import {
  Map as MapLibreMap,
  type ErrorEvent as MapErrorEvent,
  type LngLatBoundsLike,
  type MapOptions,
  type StyleSpecification,
} from 'maplibre-gl';
import extent from 'virtual:atlas-extent';
import { MapContext } from './map-context.svelte';
import type { Camera } from '../state/snapshot';
import { markImages, type MapImage } from './status-marks';
import { config } from '../config';
import { namesView, readSceneLink } from '../state/address';
import { noteMapMade, webglForcedOff } from './webgl';
import { FONT_REGULAR, FONT_SEMIBOLD, basemapBounds, basemapMaxBounds, basemapStyle } from './basemap-style';
import { withProjectLayers } from './project-layers';
import { ENGLISH_LABELS } from './label-text';
import { projectTiles } from './project-tiles';

/** Room around the fitted bounds for the labels of the outermost features, less on a phone. */
export const fitPadding = (width: number, height: number): number =>
  Math.round(Math.min(80, width * 0.08, height * 0.08));

/** What a map is made with: the same for a map started early and one MapView makes itself. */
export interface MapSetup {
  container: HTMLElement;
  style: StyleSpecification | string;
  bounds: LngLatBoundsLike;
  camera?: Camera | null;
  maxBounds?: LngLatBoundsLike;
}

/** The options MapView's map is made with. */
export function mapOptions({ container, style, bounds, camera, maxBounds }: MapSetup): MapOptions {
  const padding = fitPadding(container.clientWidth, container.clientHeight);
  return {
    container,
    style,
    ...(camera ? { center: camera.center, zoom: camera.zoom } : { bounds, fitBoundsOptions: { padding } }),
    ...(maxBounds ? { maxBounds } : {}),
    attributionControl: { compact: true },
    // The app's own style (the basemap and the declared project layers) is validated by the
    // unit tests; each browser need not validate it again. A style given by address is.
    validateStyle: typeof style === 'string',
    // No preserved drawing buffer (under software WebGL a copy every frame): exports draw the map
    // again and read its canvas in the same task (export/map-pixels.ts).
  };
}

/** The map a page started before the app mounted, until MapView adopts it. */
export interface StartedMap {
  /** The map's owner. */
  readonly context: MapContext;
  readonly map: MapLibreMap;
  /** The element the map draws in, hidden until MapView puts it in its place. */
  readonly container: HTMLDivElement;
  readonly bounds: LngLatBoundsLike;
  /** The container's size when the map was made, in CSS pixels. */
  readonly size: { width: number; height: number };
  /** Whether the map's `load` has passed. */
  loaded(): boolean;
  /** What the map reported before it was adopted, oldest first. */
  errors(): readonly MapErrorEvent[];
  /** Ends the starter's own listeners: the map is its adopter's from now on. */
  release(): void;
}

let started: StartedMap | null = null;

/** The map started for this page, handed over once; null when none was started (or it was taken). */
export function takeStartedMap(): StartedMap | null {
  const map = started;
  started = null;
  return map;
}

/** Removes a started map that no app will adopt (the data failed to load). */
export function dropStartedMap(): void {
  const map = takeStartedMap();
  if (!map) return;
  map.release();
  map.map.remove();
  map.container.remove();
}

/**
 * The size the map area will have, in CSS pixels, by the layout's rules (App.svelte): the window
 * less the header and, on a wide screen, the side panel (clamp(20rem, 30vw, 36rem)); on a phone
 * less the sheet's peek (7.5rem). The header's height is as measured (HEADER); should the area
 * turn out otherwise (another font, a wrapped title), MapView fits the camera to the size it finds.
 */
export function expectedMapArea(
  viewport: { width: number; height: number },
  rem = 16,
): { width: number; height: number } {
  if (viewport.width <= 760)
    return { width: viewport.width, height: Math.max(0, viewport.height - PHONE_HEADER - 7.5 * rem) };
  const side = Math.min(36 * rem, Math.max(20 * rem, viewport.width * 0.3));
  const header = HEADER.find((h) => viewport.width > h.wider)!.height;
  return { width: Math.max(0, viewport.width - side), height: Math.max(0, viewport.height - header) };
}
/**
 * The header's height in CSS pixels, on one line at 1920 px and wrapping onto more on narrower
 * screens (measured in Chromium with the page's fonts, December 2026).
 */
const HEADER: readonly { wider: number; height: number }[] = [
  { wider: 1600, height: 62.90625 },
  { wider: 1280, height: 106.71875 },
  { wider: 0, height: 96.390625 },
];
const PHONE_HEADER = 73.78125;

export interface StartOptions {
  style: StyleSpecification;
  /** The camera's bounds when the projects have no extent. */
  fallbackBounds: LngLatBoundsLike;
  maxBounds?: LngLatBoundsLike;
  /** Images the style's layers draw (status-marks.ts). */
  images: readonly MapImage[];
}

/**
 * Makes the map now, in a hidden element of the map area's expected size, for MapView to adopt.
 * Returns it, or null when the browser could not make it (MapView then tries, and falls back).
 */
export function startMap({ style, fallbackBounds, maxBounds, images }: StartOptions): StartedMap | null {
  const size = expectedMapArea({ width: window.innerWidth, height: window.innerHeight });
  const container = document.createElement('div');
  // Where the map area will be, but not shown until MapView puts it in its place: a frame drawn
  // before the app mounted is neither seen nor a layout shift.
  Object.assign(container.style, {
    position: 'fixed',
    left: '0',
    top: '0',
    width: `${size.width}px`,
    height: `${size.height}px`,
    visibility: 'hidden',
    pointerEvents: 'none',
  });
  document.body.append(container);
  // As MapLibre reads it (whole pixels), to compare with the size MapView finds.
  const made = { width: container.clientWidth, height: container.clientHeight };
  const bounds: LngLatBoundsLike = extent ?? fallbackBounds;
  let map: MapLibreMap;
  try {
    map = new MapLibreMap(mapOptions({ container, style, bounds, maxBounds }));
  } catch {
    // No WebGL2 context: the app finds so too (canDrawMap) and shows the static map.
    container.remove();
    return null;
  }
  noteMapMade();
  for (const { id, image, pixelRatio } of images) map.addImage(id, image, { pixelRatio });
  const context = new MapContext();
  context.map = map;
  let loaded = false;
  const errors: MapErrorEvent[] = [];
  const onLoad = () => (loaded = true);
  const onError = (event: MapErrorEvent) => void errors.push(event);
  map.once('load', onLoad);
  map.on('error', onError);
  started = {
    context,
    map,
    container,
    bounds,
    size: made,
    loaded: () => loaded,
    errors: () => errors,
    release() {
      map.off('load', onLoad);
      map.off('error', onError);
    },
  };
  return started;
}

/** The fonts of the project labels. */
export const PROJECT_FONTS = { regular: [FONT_REGULAR], bold: [FONT_SEMIBOLD] };

/** The project tiles the map's worker reads (project-tiles.ts), over the build's extent. */
export const projectFiles = (baseUrl: string) => projectTiles(baseUrl, extent);

/**
 * Whether the map of the view an address opens on can be made before the data: the address names
 * no view and no scene, the map is the app's own basemap, and WebGL is not turned off. Whether the
 * browser can draw it is found by making it (`startMap`), not by a test context first.
 */
export function startsBeforeData(
  search: string,
  styleUrl: string | null = config.basemapStyleUrl,
  canDraw: (search: string) => boolean = (search) => !webglForcedOff(search),
): boolean {
  return !namesView(search) && !readSceneLink(search) && !styleUrl && canDraw(search);
}

/**
 * Starts the map of the view an address opens on, if it can be made before the data: an address
 * naming no view and no scene, on the app's own basemap, in a browser that can draw it.
 */
export function startMapFor(search: string, baseUrl: string): StartedMap | null {
  if (!startsBeforeData(search)) return null;
  const style = withProjectLayers(
    basemapStyle({ baseUrl }),
    projectFiles(baseUrl),
    { fonts: PROJECT_FONTS, visible: null, statuses: null, labels: ENGLISH_LABELS },
    // With nothing filtered the labels' order is each label point's own rank: no ids needed.
    () => [],
  );
  return startMap({
    style,
    fallbackBounds: basemapBounds,
    maxBounds: basemapMaxBounds,
    images: markImages() ?? [],
  });
}
