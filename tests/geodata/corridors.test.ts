/**
 * The shipped corridors: every route says its precision, and no drawn stretch lies at sea on
 * the app's own land polygons (public/basemap/countries.geojson), within a stated tolerance.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureCorridor, PRECISIONS, type CountryShape } from '../../src/lib/data/corridors';
import { loadAtlas } from '../../src/lib/data/read-geodata';
import type { Part, Project } from '../../src/lib/data/schema';

const atlas = loadAtlas(new URL('../../', import.meta.url).pathname);
const land = (
  JSON.parse(readFileSync(new URL('../../public/basemap/countries.geojson', import.meta.url), 'utf8')) as {
    features: CountryShape[];
  }
).features;
const corridors = atlas.projects.filter((p) => p.kind === 'corridor');

/**
 * Up to 2 km of a stretch may fall outside every country polygon: the basemap's generalised
 * coast and the border rivers a corridor bridges (the Mekong at Mukdahan) are not drawn exactly.
 */
const TOLERANCE_KM = 2;

/**
 * Stretches still drawn straight across water, until a source places the road between their
 * towns. The list may only shrink: a stretch fixed, or a new one at sea, fails the test.
 */
const KNOWN_AT_SEA = [
  // Ba Ria – Vung Tau: the basemap draws the Vung Tau peninsula as an island.
  'sec-central-ho-chi-minh-city-vung-tau[5]',
  // Trat – Hat Lek – Koh Kong – Sre Ambel: the basemap's coast lies inland of the road here.
  'sec-southern-coastal-route[7]',
  'sec-southern-coastal-route[8]',
  'sec-southern-coastal-route[9]',
];

function stretchesAtSea(corridor: Project): string[] {
  const found: string[] = [];
  for (const part of corridor.geometry.parts.filter((p) => p.kind === 'route')) {
    if (part.geometry.type !== 'LineString') continue;
    const c = part.geometry.coordinates;
    for (let i = 1; i < c.length; i++) {
      const stretch: Part = { ...part, geometry: { type: 'LineString', coordinates: [c[i - 1]!, c[i]!] } };
      const [measured] = measureCorridor(
        { ...corridor, geometry: { ...corridor.geometry, parts: [stretch] } },
        land,
      );
      if ((measured!.byCountry.outside ?? 0) > TOLERANCE_KM) found.push(`${part.id}[${i}]`);
    }
  }
  return found;
}

describe('the shipped corridors', () => {
  it('are the two the joint statement names', () => {
    expect(corridors.map((c) => c.id).sort()).toEqual([
      'east-west-economic-corridor',
      'southern-economic-corridor',
    ]);
  });

  it('say the precision of every route segment', () => {
    for (const c of corridors)
      for (const part of c.geometry.parts.filter((p) => p.kind === 'route'))
        expect(PRECISIONS, `${c.id} ${part.id}`).toContain(part.precision);
  });

  it(`draw no stretch at sea beyond ${TOLERANCE_KM} km, but for the listed ones still to be traced`, () => {
    expect(corridors.flatMap(stretchesAtSea)).toEqual(KNOWN_AT_SEA);
  });

  it('place every border crossing on land', () => {
    for (const c of corridors)
      for (const part of c.geometry.parts.filter((p) => p.kind === 'border-crossing')) {
        const [x, y] = (part.geometry as { coordinates: [number, number] }).coordinates;
        const tiny: Part = {
          ...part,
          kind: 'route',
          geometry: {
            type: 'LineString',
            coordinates: [
              [x, y],
              [x + 0.001, y],
            ],
          },
        };
        const [m] = measureCorridor({ ...c, geometry: { ...c.geometry, parts: [tiny] } }, land);
        // A crossing on a border river may sit just off both banks: within the tolerance of land.
        expect(m!.byCountry.outside ?? 0, `${c.id} ${part.id}`).toBeLessThan(TOLERANCE_KM);
      }
  });
});
