import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { getContext, setContext } from 'svelte';
import { ENGLISH_LABELS, type LabelOptions } from './label-text';

/**
 * The one owner of a MapLibre map. Child components (sources, layers) read the map
 * from here; nothing else keeps a reference, so a second map gets its own context.
 */
export class MapContext {
  map = $state.raw<MapLibreMap | null>(null);
  /** True once the style has loaded and sources and layers may be added. */
  ready = $state(false);
  /**
   * What the labels say now (label-text.ts). It turns Japanese only once the map can draw
   * Japanese, so layers that write their labels from it never draw one with missing glyphs.
   */
  labels = $state.raw<LabelOptions>(ENGLISH_LABELS);
}

const MAP = Symbol('map');
const SOURCE = Symbol('map-source');

export function setMapContext(context: MapContext): MapContext {
  return setContext(MAP, context);
}

export function getMapContext(): MapContext {
  const context = getContext<MapContext | undefined>(MAP);
  if (!context) throw new Error('A map layer or source must be placed inside <MapView>.');
  return context;
}

/** The source a layer inside a source component draws from: its id, and its tiles' layer if it has tiles. */
export interface LayerSource {
  id: string;
  layer?: string;
}

export function setLayerSource(source: LayerSource): void {
  setContext(SOURCE, source);
}

export function getLayerSource(): LayerSource {
  const source = getContext<LayerSource | undefined>(SOURCE);
  if (!source) throw new Error('A map layer must be placed inside a source component.');
  return source;
}

/** A layer as a source component places it: the source is the component's. */
export type LayerSpec = Omit<
  Exclude<LayerSpecification, { type: 'background' | 'raster' | 'hillshade' }>,
  'source'
>;
