import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { basemapStyle } from '../../../src/lib/map/basemap-style';
import { ENGLISH_LABELS } from '../../../src/lib/map/label-text';
import { projectTiles } from '../../../src/lib/map/project-tiles';
import {
  PROJECT_LAYER_IDS,
  builtExpression,
  projectIn,
  withProjectLayers,
  PLACE_LABELS_FIRST,
} from '../../../src/lib/map/project-layers';

/** Evaluates an expression as MapLibre does, on a feature with these properties. */
function evaluate(value: unknown, properties: Record<string, unknown>): unknown {
  const parsed = createExpression(value, { type: 'boolean' } as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 6 }, { type: 'Point', properties } as never);
}

describe('the map filter over project ids', () => {
  it('keeps the features of the projects given and no others', () => {
    const filter = projectIn(['hcmc-metro-line-1', 'national-road-5']);
    expect(evaluate(filter, { project: 'national-road-5' })).toBe(true);
    expect(evaluate(filter, { project: 'hcmc-metro-line-1' })).toBe(true);
    expect(evaluate(filter, { project: 'thilawa-sez' })).toBe(false);
  });

  it('is a match on the id, a lookup rather than a scan of the list', () => {
    expect(projectIn(['a', 'b'])[0]).toBe('match');
  });

  it('leaves nothing when no project is given, which a match cannot say', () => {
    expect(evaluate(projectIn([]), { project: 'national-road-5' })).toBe(false);
  });

  it('takes an id given twice once, as a match requires', () => {
    expect(evaluate(projectIn(['a', 'a', 'b']), { project: 'a' })).toBe(true);
  });

  it('holds 10,000 projects', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `project-${i}`);
    const filter = projectIn(ids);
    expect(evaluate(filter, { project: 'project-9999' })).toBe(true);
    expect(evaluate(filter, { project: 'project-10000' })).toBe(false);
  });
});

describe('drawn as built', () => {
  it('follows the data’s status without a timeline year', () => {
    expect(evaluate(builtExpression(null), { project: 'x', status: 'operational' })).toBe(true);
    expect(evaluate(builtExpression(null), { project: 'x', status: 'planned' })).toBe(false);
  });

  it('follows the projects built in the timeline’s year, whatever the data’s status', () => {
    const built = builtExpression(['x']);
    expect(evaluate(built, { project: 'x', status: 'planned' })).toBe(true);
    expect(evaluate(built, { project: 'y', status: 'operational' })).toBe(false);
    expect(evaluate(builtExpression([]), { project: 'x', status: 'operational' })).toBe(false);
  });
});

describe('the project layers declared in the map’s first style', () => {
  const files = projectTiles('http://127.0.0.1/', [100, 10, 110, 20]);
  const fonts = { regular: ['Noto Sans Regular'], bold: ['Noto Sans SemiBold'] };
  const ids = () => ['a', 'b', 'c'];

  it('make a valid style with the basemap, filtered and on the timeline alike (the map does not validate it again)', () => {
    const base = basemapStyle({ baseUrl: './' });
    const views = [
      { visible: null, statuses: null },
      { visible: ['a', 'b'], statuses: null },
      {
        visible: ['a'],
        statuses: new Map([
          ['a', 'operational' as const],
          ['b', null],
        ]),
      },
    ];
    for (const view of views)
      expect(
        validateStyleMin(withProjectLayers(base, files, { fonts, labels: ENGLISH_LABELS, ...view }, ids)),
      ).toEqual([]);
  });

  it('draw above the basemap, every project layer from its source, the labels from the label points', () => {
    const base = basemapStyle({ baseUrl: './' });
    const style = withProjectLayers(
      base,
      files,
      { fonts, labels: ENGLISH_LABELS, visible: null, statuses: null },
      ids,
    );
    // The basemap stays underneath, but for the capitals' labels, which go under the markers.
    const under = base.layers.filter((l) => !PLACE_LABELS_FIRST.includes(l.id));
    expect(style.layers.slice(0, under.length)).toEqual(under);
    const order = style.layers.map((l) => l.id);
    for (const id of PLACE_LABELS_FIRST)
      expect(order.indexOf(id)).toBeLessThan(order.indexOf(PROJECT_LAYER_IDS.markers));
    const projectIds = new Set<string>(Object.values(PROJECT_LAYER_IDS));
    const added = style.layers.filter((l) => projectIds.has(l.id)) as {
      id: string;
      source: string;
      'source-layer': string;
    }[];
    expect(added.map((l) => l.id).sort()).toEqual(Object.values(PROJECT_LAYER_IDS).sort());
    expect(added.find((l) => l.id === PROJECT_LAYER_IDS.labels)).toMatchObject({
      source: 'project-labels',
      'source-layer': files.labels.layer,
    });
    expect(
      added.filter((l) => l.source === 'projects').every((l) => l['source-layer'] === files.parts.layer),
    ).toBe(true);
    expect(new Set(added.filter((l) => l.id !== PROJECT_LAYER_IDS.labels).map((l) => l.source))).toEqual(
      new Set(['projects']),
    );
    expect(style.sources['projects']).toMatchObject({ type: 'vector', tiles: [files.parts.tiles] });
    expect(style.sources['project-labels']).toMatchObject({ type: 'vector', tiles: [files.labels.tiles] });
  });

  it('label every project shown at every zoom when there are few, the others at none', () => {
    const style = withProjectLayers(
      { version: 8, sources: {}, layers: [] },
      files,
      { fonts, labels: ENGLISH_LABELS, visible: ['a', 'c'], statuses: null },
      ids,
    );
    const labels = style.layers.find((l) => l.id === PROJECT_LAYER_IDS.labels) as { filter: unknown };
    const parsed = createExpression(labels.filter, { type: 'boolean' } as never);
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    for (const zoom of [0, 3, 5, 6, 8, 10, 16])
      expect(
        ['a', 'b', 'c'].filter((project) =>
          parsed.value.evaluate({ zoom }, { type: 'Point', properties: { project } } as never),
        ),
      ).toEqual(['a', 'c']);
  });

  it('leave out the projects the filters leave out, on every layer', () => {
    const style = withProjectLayers(
      { version: 8, sources: {}, layers: [] },
      files,
      { fonts, labels: ENGLISH_LABELS, visible: ['b'], statuses: null },
      ids,
    );
    for (const layer of style.layers as { filter?: unknown }[]) {
      expect(
        evaluate(layer.filter, { project: 'a', kind: 'road', partKind: 'site', status: 'planned' }),
      ).toBe(false);
    }
  });
});
