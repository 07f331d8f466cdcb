/**
 * The fake map stands in for MapLibre in component tests. Every method it imitates must exist
 * on the real map, so an upgrade that renames one fails here, by name, not on a live map.
 */
import { describe, expect, it } from 'vitest';
import { Map as MapLibreMap } from 'maplibre-gl';
import { FakeMap } from '../../fixtures/fake-map';

const imitated = Object.getOwnPropertyNames(FakeMap.prototype).filter(
  (name) => name !== 'constructor' && name !== 'emit',
);

describe('the fake map', () => {
  it.each([...imitated, 'queryRenderedFeatures'])('imitates %s, which the real map has', (name) => {
    expect(typeof (MapLibreMap.prototype as unknown as Record<string, unknown>)[name]).toBe('function');
  });
});
