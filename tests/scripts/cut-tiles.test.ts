import { describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { cutTiles } from '../../scripts/cut-tiles';

const cut = { layer: 'things', zoom: 6, extent: 4096, tolerance: 1, box: [100, 10, 106, 16] as const };
const line = {
  type: 'Feature' as const,
  properties: { name: 'a line' },
  geometry: {
    type: 'LineString' as const,
    coordinates: [
      [101.5, 12.5],
      [101.8, 12.7],
    ],
  },
};

describe('cutTiles', () => {
  it('writes every tile over the box, empty where nothing lies', () => {
    const tiles = cutTiles([], cut);
    expect(tiles.size).toBeGreaterThan(1);
    for (const [name, bytes] of tiles) {
      expect(name).toMatch(/^6\/\d+\/\d+\.pbf$/);
      expect(bytes.length).toBe(0);
    }
  });

  it('puts a feature in its layer, in the tile it lies in only', () => {
    const tiles = cutTiles([line], cut);
    const full = [...tiles].filter(([, bytes]) => bytes.length > 0);
    expect(full).toHaveLength(1);
    const layer = new VectorTile(new PbfReader(full[0]![1])).layers['things']!;
    expect(layer.length).toBe(1);
    expect(layer.feature(0).properties['name']).toBe('a line');
  });

  it('cuts a pyramid from its first zoom to its deepest, the feature in one tile at each', () => {
    const tiles = cutTiles([line], { ...cut, minZoom: 3 });
    for (const z of [3, 4, 5, 6]) {
      const full = [...tiles].filter(([name, bytes]) => name.startsWith(`${z}/`) && bytes.length > 0);
      expect(full, `zoom ${z}`).toHaveLength(1);
    }
    expect([...tiles.keys()].some((name) => name.startsWith('2/') || name.startsWith('7/'))).toBe(false);
  });
});
