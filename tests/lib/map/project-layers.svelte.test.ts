// @vitest-environment happy-dom
import { flushSync, mount, unmount } from 'svelte';
import { describe, expect, it } from 'vitest';
import { validateAtlas } from '../../../src/lib/data/validate';
import { ENGLISH_LABELS } from '../../../src/lib/map/label-text';
import {
  PLACE_LABELS_FIRST,
  PROJECT_LAYER_IDS,
  labelMoves,
  withProjectLayers,
  type ProjectView,
} from '../../../src/lib/map/project-layers';
import { CAPITAL_LABELS } from '../../../src/lib/map/basemap-style';
import { projectTiles } from '../../../src/lib/map/project-tiles';
import { FakeMap } from '../../fixtures/fake-map';
import { corridor, project, rawAtlas } from '../../fixtures/atlas';
import Harness from './ProjectLayersHarness.svelte';

const { atlas } = validateAtlas(rawAtlas({ projects: [project(), corridor()] }));

const FILES = projectTiles('http://127.0.0.1/', [100, 10, 110, 20]);
const FONTS = { regular: ['Noto Sans Regular'], bold: ['Noto Sans SemiBold'] };

/**
 * A map made with the project layers declared in its style, for this view, once loaded (when
 * MapView mounts its children): its tile sources report the tiles they were declared with.
 */
function declaredMap(view: Partial<ProjectView> = {}) {
  const style = withProjectLayers(
    { version: 8, sources: {}, layers: [] },
    FILES,
    { fonts: FONTS, visible: null, statuses: null, labels: ENGLISH_LABELS, ...view },
    () => atlas!.projects.map((p) => p.id),
  );
  return new FakeMap(style as unknown as ConstructorParameters<typeof FakeMap>[0], { loaded: true });
}

function setup(
  selected: string | null = null,
  {
    map = new FakeMap(),
    tiles = FILES,
    basemap = [],
  }: {
    map?: FakeMap;
    tiles?: typeof FILES;
    basemap?: string[];
  } = {},
) {
  for (const id of basemap) map.addLayer({ id });
  const picked: (string | null)[] = [];
  const props = $state({
    map,
    projects: atlas!.projects,
    selected,
    onselect: (id: string | null) => picked.push(id),
    statuses: null as Map<string, 'planned' | 'operational' | null> | null,
    highlighted: [] as string[],
    tiles,
  });
  const component = mount(Harness, { target: document.body, props });
  flushSync();
  return { map, picked, props, component };
}

describe('ProjectLayers', () => {
  it('adds its sources and every project layer on mount', () => {
    const { map, component } = setup();
    expect([...map.sources.keys()]).toEqual(['projects', 'project-labels']);
    expect(map.layers.map((l) => l.id).sort()).toEqual(Object.values(PROJECT_LAYER_IDS).sort());
    unmount(component);
  });

  it('draws from the build’s tiles by address, inside their box, and highlights by the ids they carry', () => {
    const { map, component } = setup('metro-line');
    expect(map.sources.get('projects')).toMatchObject({
      type: 'vector',
      tiles: ['http://127.0.0.1/data/tiles/projects/{z}/{x}/{y}.pbf'],
      bounds: [100, 10, 110, 20],
    });
    expect(map.sources.get('project-labels')).toMatchObject({
      type: 'vector',
      tiles: ['http://127.0.0.1/data/tiles/project-labels/{z}/{x}/{y}.pbf'],
    });
    expect(map.layers.every((l) => (l as { 'source-layer'?: string })['source-layer'])).toBe(true);
    expect(map.featureState.get('1')).toEqual({ selected: true });
    expect(map.featureState.get('2')).toEqual({ selected: true });
    unmount(component);
  });

  it('adopts the sources and layers declared in the map’s style for the same view, changing nothing, though its sources have loaded', () => {
    const map = declaredMap();
    const { component } = setup(null, { map });
    expect(map.changes).toEqual([]);
    expect(map.layers.map((l) => l.id).sort()).toEqual(Object.values(PROJECT_LAYER_IDS).sort());
    unmount(component);
    flushSync();
    expect(map.layers).toEqual([]);
    expect(map.sources.size).toBe(0);
    expect(map.listeners).toEqual([]);
  });

  it('sets what differs on a declared layer, e.g. a filter the view no longer has', () => {
    const map = declaredMap({ visible: ['metro-line'] });
    const { component } = setup(null, { map });
    expect(map.changes).toContain(`setFilter ${PROJECT_LAYER_IDS.sites} unvalidated`);
    expect(map.changes.filter((c) => !c.startsWith('setFilter'))).toEqual([]);
    expect(JSON.stringify(map.getFilter(PROJECT_LAYER_IDS.sites))).not.toContain('metro-line');
    unmount(component);
  });

  it('gives a declared source its tiles when the style declared others', () => {
    const map = declaredMap();
    const tiles = { ...FILES, parts: { ...FILES.parts, tiles: 'http://127.0.0.1/other/{z}/{x}/{y}.pbf' } };
    const { component } = setup(null, { map, tiles });
    expect(map.changes).toEqual(['setTiles projects']);
    unmount(component);
  });

  it('declares the capitals’ labels under the markers in the first style, so adopting moves nothing', () => {
    const style = withProjectLayers(
      { version: 8, sources: {}, layers: [{ id: 'basemap-countries' }, { id: CAPITAL_LABELS }] } as never,
      FILES,
      { fonts: FONTS, visible: null, statuses: null, labels: ENGLISH_LABELS },
      () => atlas!.projects.map((p) => p.id),
    );
    const order = style.layers.map((l) => l.id);
    expect(order.indexOf(CAPITAL_LABELS)).toBe(order.indexOf(PROJECT_LAYER_IDS.markers) - 1);
    expect(labelMoves(order)).toEqual([]);
    const map = new FakeMap(style as unknown as ConstructorParameters<typeof FakeMap>[0]);
    const { component } = setup(null, { map });
    expect(map.changes.filter((c) => c.startsWith('moveLayer'))).toEqual([]);
    unmount(component);
  });

  it('places the capitals’ labels before the project labels and after the markers', () => {
    const { map, component } = setup(null, {
      basemap: ['basemap-countries', CAPITAL_LABELS, 'basemap-towns-label'],
    });
    const order = map.getLayersOrder();
    // MapLibre places labels from the top of the stack down.
    expect(order.indexOf(CAPITAL_LABELS)).toBeGreaterThan(order.indexOf(PROJECT_LAYER_IDS.labels));
    expect(order.indexOf(CAPITAL_LABELS)).toBe(order.indexOf(PROJECT_LAYER_IDS.markers) - 1);
    // The rest of the basemap stays under every project layer.
    expect(order.slice(0, 2)).toEqual(['basemap-countries', 'basemap-towns-label']);
    unmount(component);
    expect(map.getLayersOrder()).toEqual(['basemap-countries', 'basemap-towns-label', CAPITAL_LABELS]);
  });

  it('removes every layer, source and listener it added when destroyed', () => {
    const { map, component } = setup();
    expect(map.listeners.length).toBeGreaterThan(0);
    unmount(component);
    flushSync();
    expect(map.layers).toEqual([]);
    expect(map.sources.size).toBe(0);
    expect(map.listeners).toEqual([]);
  });

  it('highlights the selected project through feature-state, and clears it when the selection moves', () => {
    const { map, props, component } = setup('metro-line');
    // Features are numbered in project order: corridor (0), then metro-line's route (1) and station (2).
    expect(map.featureState.get('1')).toEqual({ selected: true });
    expect(map.featureState.get('2')).toEqual({ selected: true });
    props.selected = 'corridor';
    flushSync();
    expect(map.featureState.get('1')).toEqual({ selected: false });
    expect(map.featureState.get('0')).toEqual({ selected: true });
    unmount(component);
  });

  it('selects the project under a click by layer priority, and clears the selection on empty map', () => {
    const { map, picked, component } = setup();
    map.queryRenderedFeatures = () => [
      { layer: { id: PROJECT_LAYER_IDS.labels }, properties: { project: 'corridor' } },
      { layer: { id: PROJECT_LAYER_IDS.stations }, properties: { project: 'metro-line' } },
    ];
    map.emit('click', { point: { x: 1, y: 1 } });
    map.queryRenderedFeatures = () => [];
    map.emit('click', { point: { x: 1, y: 1 } });
    expect(picked).toEqual(['metro-line', null]);
    unmount(component);
  });

  it('on the timeline hides a project not yet begun and redraws built ones, without rebuilding a layer', () => {
    const { map, props, component } = setup();
    const sites = () => map.getLayer(PROJECT_LAYER_IDS.sites)!;
    const before = map.layers.length;
    props.statuses = new Map([
      ['metro-line', null],
      ['corridor', 'planned'],
    ]);
    flushSync();
    expect(JSON.stringify(map.getLayer(PROJECT_LAYER_IDS.stations)!.filter)).toContain(
      '["match",["get","project"],["corridor"],true,false]',
    );
    props.statuses = new Map([
      ['metro-line', 'operational'],
      ['corridor', 'planned'],
    ]);
    flushSync();
    expect(JSON.stringify(sites().paint?.['circle-color'])).toContain(
      '["match",["get","project"],["metro-line"],true,false]',
    );
    expect(map.layers.length).toBe(before);
    // The id lists are the map code's own, validated by its tests, not by MapLibre on each change.
    expect(map.changes).toContain(`setFilter ${PROJECT_LAYER_IDS.stations} unvalidated`);
    expect(map.changes.filter((c) => c.startsWith('setFilter')).every((c) => c.endsWith('unvalidated'))).toBe(
      true,
    );
    unmount(component);
  });

  it('marks the projects a scene highlights through feature-state', () => {
    const { map, props, component } = setup();
    props.highlighted = ['corridor'];
    flushSync();
    expect(map.featureState.get('0')).toEqual({ highlighted: true });
    props.highlighted = [];
    flushSync();
    expect(map.featureState.get('0')).toEqual({ highlighted: false });
    unmount(component);
  });
});

describe('the labels placed before the project labels', () => {
  const M = PROJECT_LAYER_IDS.markers;
  const L = PROJECT_LAYER_IDS.labels;

  it('are the capitals’ and major cities’', () => {
    expect(PLACE_LABELS_FIRST).toEqual([CAPITAL_LABELS]);
  });

  it('move to just under the markers, in their order', () => {
    expect(labelMoves(['a', 'b', L, M], ['a', 'b'])).toEqual([
      ['a', M],
      ['b', M],
    ]);
  });

  it('stay where they are once in place, or when the map has no markers yet', () => {
    expect(labelMoves([L, 'a', 'b', M, 'x'], ['a', 'b'])).toEqual([]);
    expect(labelMoves(['a', L], ['a'])).toEqual([]);
  });

  it('are left out where the basemap has no such layer', () => {
    expect(labelMoves(['b', L, M], ['a', 'b'])).toEqual([['b', M]]);
    expect(labelMoves([L, M], ['a'])).toEqual([]);
  });
});
