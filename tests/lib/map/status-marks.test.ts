import { describe, expect, it } from 'vitest';
import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { STATUS_ORDER } from '../../../src/lib/data/filter';
import { PROJECT_LAYER_IDS, projectLayers } from '../../../src/lib/map/project-layers';
import { STATUS_DASHES, STATUS_MARKS } from '../../../src/lib/map/status-marks';

const fonts = { regular: ['Noto Sans Regular'], bold: ['Noto Sans SemiBold'] };
type Properties = Record<string, unknown>;
/** A layer's paint and layout, read as plain records (each layer type has its own keys). */
const layer = (id: string, layers = projectLayers(fonts)) => {
  const spec = layers.find((l) => l.id === id)!;
  return { paint: (spec.paint ?? {}) as Properties, layout: (spec.layout ?? {}) as Properties };
};

/** Evaluates a layer property for one feature, as MapLibre would. */
function evaluate(value: unknown, properties: Record<string, unknown>): unknown {
  const parsed = createExpression(value, 'layers[0].paint.line-dasharray');
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 6 }, { type: 'Point', properties } as never);
}

describe('status told by shape as well as colour', () => {
  it('gives every status its own line pattern and its own site mark', () => {
    const dashes = STATUS_ORDER.map((s) => JSON.stringify(STATUS_DASHES[s]));
    const marks = STATUS_ORDER.map((s) => STATUS_MARKS[s]);
    expect(new Set(dashes).size).toBe(STATUS_ORDER.length);
    expect(new Set(marks).size).toBe(STATUS_ORDER.length);
    expect(STATUS_DASHES.operational).toBeNull();
    expect(STATUS_DASHES.suspended?.[0]).toBe(0);
  });

  it('draws each line by its status: dashed when planned, dotted when suspended', () => {
    const dash = layer(PROJECT_LAYER_IDS.routesPlanned).paint['line-dasharray'];
    expect(evaluate(dash, { status: 'planned' })).toEqual(STATUS_DASHES.planned);
    expect(evaluate(dash, { status: 'suspended' })).toEqual(STATUS_DASHES.suspended);
    expect(evaluate(dash, { status: 'under-construction' })).toEqual(STATUS_DASHES['under-construction']);
  });

  it('on the timeline uses the project’s status in that year', () => {
    const layers = projectLayers(fonts, [], new Map([['road', 'suspended']]));
    const dash = layer(PROJECT_LAYER_IDS.routesPlanned, layers).paint['line-dasharray'];
    expect(evaluate(dash, { project: 'road', status: 'planned' })).toEqual(STATUS_DASHES.suspended);
    expect(evaluate(dash, { project: 'other', status: 'planned' })).toEqual(STATUS_DASHES.planned);
  });

  it('puts a mark in a site by its status, and only an empty image on other markers', () => {
    const image = layer(PROJECT_LAYER_IDS.markers).layout['icon-image'];
    expect(evaluate(image, { partKind: 'site', status: 'suspended' })).toBe('status-pause');
    expect(evaluate(image, { partKind: 'site', status: 'cancelled' })).toBe('status-cross');
    expect(evaluate(image, { partKind: 'site', status: 'under-construction' })).toBe('status-half');
    expect(evaluate(image, { partKind: 'site', status: 'operational' })).toBe('marker-space');
    expect(evaluate(image, { partKind: 'node', status: 'suspended' })).toBe('marker-space');
  });
});

describe('labels clear of markers', () => {
  // MapLibre places symbol layers from the top of the stack down: a layer above is placed first.
  it('stacks the markers above the labels, always drawn and blocking, so the labels placed after avoid them', () => {
    const layers = projectLayers(fonts);
    const ids = layers.map((l) => l.id);
    expect(ids.indexOf(PROJECT_LAYER_IDS.markers)).toBeGreaterThan(ids.indexOf(PROJECT_LAYER_IDS.labels));
    expect(ids.indexOf(PROJECT_LAYER_IDS.markers)).toBeGreaterThan(
      ids.indexOf(PROJECT_LAYER_IDS.corridorTownLabels),
    );
    expect(layer(PROJECT_LAYER_IDS.markers).layout).toMatchObject({
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
    });
    const labels = layer(PROJECT_LAYER_IDS.labels).layout;
    expect(labels['text-allow-overlap']).not.toBe(true);
    expect((labels['text-variable-anchor'] as string[]).length).toBeGreaterThanOrEqual(8);
  });

  it('blocks as much room as each marker covers: a whole site, a corridor town’s smaller dot', () => {
    const size = layer(PROJECT_LAYER_IDS.markers).layout!['icon-size'];
    const at = (zoom: number, partKind: string): number => {
      const parsed = createExpression(size, 'layers[0].layout.icon-size');
      if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
      return parsed.value.evaluate({ zoom }, { type: 'Point', properties: { partKind } } as never) as number;
    };
    // The empty marker image is 20 px: a site's 7 px circle inside its 3 px stroke.
    expect(at(4, 'site')).toBe(1);
    expect(at(10, 'site')).toBe(1);
    // A town's dot is 2.5 px in radius with a 1 px stroke at zoom 4, 5 px with 2 at zoom 8.
    expect(at(4, 'node') * 20).toBeGreaterThanOrEqual(2 * 3.5);
    expect(at(4, 'node') * 20).toBeLessThan(2 * 5);
    expect(at(8, 'border-crossing') * 20).toBeGreaterThanOrEqual(2 * 7);
  });

  it('sets each label far enough from its own site that the site’s marker never hides it', () => {
    const labels = layer(PROJECT_LAYER_IDS.labels).layout;
    const markers = layer(PROJECT_LAYER_IDS.markers).layout;
    // The smallest label size, at the lowest zoom: ['interpolate', ['linear'], ['zoom'], 4, 11, …].
    const smallest = Math.min(...(labels['text-size'] as number[]).slice(3).filter((_, i) => i % 2 === 1));
    const blocked = 20 / 2 + (markers['icon-padding'] as number) + (labels['text-padding'] as number);
    expect((labels['text-radial-offset'] as number) * smallest).toBeGreaterThanOrEqual(blocked);
  });

  it('is a valid style', () => {
    const layers = projectLayers(fonts).map((l) => ({ ...l, source: 'projects' }));
    const style = {
      version: 8,
      glyphs: 'fonts/{fontstack}/{range}.pbf',
      sources: { projects: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
      layers,
    };
    expect(validateStyleMin(style as never)).toEqual([]);
  });
});
