/**
 * The shipped corridors: every route says its precision; no drawn stretch lies at sea on the
 * detailed land the map shows at project zoom (public/basemap/land), within a stated tolerance;
 * and their per-country lengths, measured on the overview's country polygons
 * (public/basemap/countries.geojson), leave little outside every country.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { length } from '@turf/length';
import { lineString } from '@turf/helpers';
import {
  corridorRoutes,
  lengthByCountry,
  measureCorridor,
  PRECISIONS,
  type CountryShape,
} from '../../src/lib/data/corridors';
import { loadAtlas } from '../../src/lib/data/read-geodata';
import type { Part, Project } from '../../src/lib/data/schema';
import { metresFromLand, surfaceAt } from './detailed-land';

const atlas = loadAtlas(new URL('../../', import.meta.url).pathname);
const land = (
  JSON.parse(readFileSync(new URL('../../public/basemap/countries.geojson', import.meta.url), 'utf8')) as {
    features: CountryShape[];
  }
).features;
const corridors = atlas.projects.filter((p) => p.kind === 'corridor');

/**
 * Each stretch is sampled every 250 m on the detailed land the map draws from project zoom on
 * (the land tiles), where the generalised 1:50m coast of the overview no longer hides the
 * difference. Rivers and lakes are inland water, not sea: a road crosses them on bridges and a
 * schematic line between river towns may run along the Mekong. The sea (which in OpenStreetMap's
 * coast also runs up the estuaries) may be crossed for at most 2.5 km in a stretch: the bridges
 * across the estuaries at Koh Kong and at Mawlamyine, and the coves that an approximate line, straight
 * between waypoints a few kilometres apart, cuts across on the narrow coast at Khlong Yai.
 */
const SEA_KM = 2.5;
const SAMPLE_KM = 0.25;

/** The stretches (`part[i]`, from vertex i-1 to vertex i) that cross more than SEA_KM of sea in one run. */
function stretchesAtSea(corridor: Project): string[] {
  const found: string[] = [];
  for (const part of corridorRoutes(corridor)) {
    if (part.geometry.type !== 'LineString') continue;
    const c = part.geometry.coordinates;
    for (let i = 1; i < c.length; i++) {
      const [a, b] = [c[i - 1]!, c[i]!];
      let run = 0;
      const km = length(lineString([a, b]), { units: 'kilometers' });
      const pieces = Math.max(1, Math.ceil(km / SAMPLE_KM));
      let flagged = false;
      for (let k = 1; k <= pieces; k++) {
        const t = k / pieces;
        const sea = surfaceAt(a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t) === 'sea';
        run = sea ? run + km / pieces : 0;
        if (run > SEA_KM) flagged = true;
      }
      if (flagged) found.push(`${part.id}[${i}]`);
    }
  }
  return found;
}

/** A corridor of one route through the given points. */
function fixtureCorridor(coordinates: [number, number][]): Project {
  const [template] = corridors;
  const route: Part = {
    ...corridorRoutes(template!)[0]!,
    id: 'fixture',
    geometry: { type: 'LineString', coordinates },
  };
  return { ...template!, geometry: { ...template!.geometry, parts: [route] } };
}

/**
 * Kilometres of a corridor that its per-country lengths, measured on the overview's country
 * polygons, leave "outside any country": border rivers, and roads the generalised coast leaves
 * out (the coast road by Koh Kong lies up to 13 km off it). At most 2% of the drawn length.
 */
const OUTSIDE_SHARE = 0.02;

/** A crossing on a bridge over a border river (the Mekong at Mukdahan) stands mid-river. */
const CROSSING_M = 1_000;

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

  it(`draw no stretch across more than ${SEA_KM} km of sea on the detailed land`, () => {
    expect(corridors.flatMap(stretchesAtSea)).toEqual([]);
  });

  it('are checked by a rule that finds the sea: straight from Trat to Hat Lek crosses the bay', () => {
    const trat: [number, number] = [102.51514, 12.24364];
    const hatLek: [number, number] = [102.907, 11.6557];
    expect(stretchesAtSea(fixtureCorridor([trat, hatLek]))).toEqual(['fixture[1]']);
  });

  it('are checked by a rule that tells a river from the sea: along the Mekong from Stung Treng to Pakse passes', () => {
    const stungTreng: [number, number] = [105.9683, 13.52586];
    const pakse: [number, number] = [105.79898, 15.12022];
    expect(stretchesAtSea(fixtureCorridor([stungTreng, pakse]))).toEqual([]);
  });

  it(`count all but ${OUTSIDE_SHARE * 100}% of their drawn length for a country, on the country polygons`, () => {
    for (const c of corridors) {
      const segments = measureCorridor(c, land);
      const total = segments.reduce((km, s) => km + s.km, 0);
      expect(lengthByCountry(segments).outside ?? 0, c.id).toBeLessThan(total * OUTSIDE_SHARE);
    }
  });

  it(`place every border crossing on the detailed land, or within ${CROSSING_M} m of it on a border river`, () => {
    const off = corridors.flatMap((c) =>
      c.geometry.parts
        .filter((p) => p.kind === 'border-crossing' && p.geometry.type === 'Point')
        .map((p) => ({
          id: `${c.id} ${p.id}`,
          at: (p.geometry as { coordinates: [number, number] }).coordinates,
        }))
        .filter(({ at }) => metresFromLand(at[0], at[1]) > CROSSING_M)
        .map(({ id }) => id),
    );
    expect(off).toEqual([]);
  });
});
