import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { Rate } from '../../../src/lib/data/schema';
import {
  ALL_LABELS_ZOOM,
  LABEL_BANDS,
  labelFilter,
  labelGroups,
  labelRank,
  labelledAt,
  rankedLabelFilter,
  withLabelRank,
} from '../../../src/lib/map/label-density';
import { tranche } from '../../fixtures/tranche';

/** A layer filter as MapLibre evaluates it, on a feature of this project in a tile of this zoom. */
function compile(filter: unknown): (project: string, zoom: number) => unknown {
  const parsed = createExpression(filter, { type: 'boolean' } as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const expression = parsed.value;
  return (project, zoom) =>
    expression.evaluate({ zoom }, { type: 'Point', properties: { project } } as never);
}

const ids = (n: number, prefix = 'p') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const ZOOMS = Array.from({ length: 16 }, (_, z) => z);
const FIRST = LABEL_BANDS[0]!.count;

describe('the order project labels are chosen in', () => {
  const japanese = (amount: number | null) => tranche('t', amount);
  const rates: Rate[] = [
    { currency: 'JPY', perUsd: 110, date: '2020', basis: { en: 'annual average' }, refs: [{ source: 's' }] },
  ];

  it("puts the largest Japanese commitment first, summed as the project's own total", () => {
    const projects = [
      { id: 'small', financing: [japanese(5e9)] },
      { id: 'large', financing: [japanese(30e9)] },
      { id: 'two-tranches', financing: [japanese(10e9), japanese(12e9)] },
    ];
    expect(labelRank(projects, rates)).toEqual(['large', 'two-tranches', 'small']);
  });

  it("counts Japan's finance only, not a co-financier's", () => {
    const projects = [
      { id: 'cofinanced', financing: [japanese(1e9), tranche('t', 90e9, 'JPY', '2020-01', ['adb'])] },
      { id: 'japanese', financing: [japanese(2e9)] },
    ];
    expect(labelRank(projects, rates)).toEqual(['japanese', 'cofinanced']);
  });

  it('orders projects with the same total, none disclosed among them, by id', () => {
    const projects = [
      { id: 'c', financing: [japanese(null)] },
      { id: 'a', financing: [] },
      { id: 'b', financing: [japanese(1e9)] },
    ];
    expect(labelRank(projects, rates)).toEqual(['b', 'a', 'c']);
  });
});

describe('which projects are labelled at each zoom', () => {
  it('labels every project shown at every zoom when they are few', () => {
    const shown = ids(FIRST);
    const groups = labelGroups(shown, null);
    for (const zoom of ZOOMS) expect(labelledAt(groups, zoom).sort()).toEqual([...shown].sort());
  });

  it('labels only the most important shown at the overview, more at each zoom in, and all from ALL_LABELS_ZOOM', () => {
    const rank = ids(20_000);
    const groups = labelGroups(rank, null);
    expect(labelledAt(groups, 0)).toEqual(rank.slice(0, FIRST));
    let before = 0;
    for (const zoom of ZOOMS) {
      const labelled = labelledAt(groups, zoom);
      // The first of the ranking, never more than the band allows, and never fewer than the zoom before.
      expect(labelled).toEqual(rank.slice(0, labelled.length));
      expect(labelled.length).toBeGreaterThanOrEqual(before);
      const band = LABEL_BANDS.findLast((b) => b.zoom <= zoom)!;
      if (zoom < ALL_LABELS_ZOOM) expect(labelled.length).toBeLessThanOrEqual(band.count);
      before = labelled.length;
    }
    expect(labelledAt(groups, ALL_LABELS_ZOOM)).toHaveLength(rank.length);
    expect(labelledAt(groups, ALL_LABELS_ZOOM - 1).length).toBeLessThan(rank.length);
  });

  it('follows the filter: a project filtered out is never labelled, the most important shown take its place', () => {
    const rank = ids(1000);
    const shown = rank.filter((_, i) => i % 2 === 1);
    const groups = labelGroups(rank, shown);
    const everywhere = new Set(ZOOMS.flatMap((zoom) => labelledAt(groups, zoom)));
    expect([...everywhere].sort()).toEqual([...shown].sort());
    expect(labelledAt(groups, 0)).toEqual(shown.slice(0, FIRST));
  });

  it('keeps the label of a shown project labelled at the overview when others are filtered out', () => {
    const rank = ids(1000);
    const top = rank[3]!;
    expect(labelledAt(labelGroups(rank, null), 0)).toContain(top);
    expect(labelledAt(labelGroups(rank, [rank[999]!, top, rank[500]!]), 0)).toContain(top);
  });

  it('labels a shown project the ranking lacks after those it has, and nothing when nothing is shown', () => {
    const rank = ids(FIRST);
    expect(labelledAt(labelGroups(rank, ['new', ...rank]), 0)).not.toContain('new');
    expect(labelledAt(labelGroups(rank, ['new', ...rank]), ALL_LABELS_ZOOM)).toContain('new');
    expect(labelGroups(rank, [])).toEqual([]);
  });
});

describe('the label layer’s filter', () => {
  it('draws a label from its group’s zoom, as labelledAt says, and never one not shown', () => {
    const rank = ids(3000);
    const shown = rank.filter((_, i) => i % 3 !== 0);
    const groups = labelGroups(rank, shown);
    const drawn = compile(labelFilter(groups));
    const sample = [
      ...rank.slice(0, 60),
      ...rank.slice(150, 170),
      ...rank.slice(600, 700),
      ...rank.slice(2990),
    ];
    for (const zoom of [0, 5, 6, 7, 8, 9, 10, 14]) {
      const labelled = new Set(labelledAt(groups, zoom));
      for (const id of sample) expect(drawn(id, zoom)).toBe(labelled.has(id));
    }
    expect(drawn('not-a-project', 22)).toBe(false);
  });

  it('draws nothing when no project is shown', () => {
    expect(compile(labelFilter([]))('p0', 22)).toBe(false);
  });

  it('with nothing filtered, reads each point’s build-time rank and draws exactly what the id list would', () => {
    const rank = ids(12000);
    const points = withLabelRank(
      {
        type: 'FeatureCollection',
        features: [...rank, 'unranked'].map((project) => ({
          type: 'Feature' as const,
          geometry: { type: 'Point' as const, coordinates: [0, 0] },
          properties: { project },
        })),
      },
      rank,
    );
    const parsed = createExpression(rankedLabelFilter(), { type: 'boolean' } as never);
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    const byRank = (i: number, zoom: number) =>
      parsed.value.evaluate({ zoom }, { type: 'Point', properties: points.features[i]!.properties } as never);
    const byIds = compile(labelFilter(labelGroups(rank, null)));
    const sample = [0, 39, 40, 159, 160, 639, 640, 2559, 2560, 10239, 10240, 11999];
    for (const zoom of [0, 5, 6, 7, 8, 9, 10, 14])
      for (const i of sample) expect(byRank(i, zoom), `${i} at ${zoom}`).toBe(byIds(rank[i]!, zoom));
    // A point the build gave no rank: labelled from the zoom every project is.
    expect(points.features.at(-1)!.properties.rank).toBeNull();
    expect(byRank(rank.length, ALL_LABELS_ZOOM - 1)).toBe(false);
    expect(byRank(rank.length, ALL_LABELS_ZOOM)).toBe(true);
  });
});
