/**
 * Every located project point stands on the basemap's detailed land (or within a stated
 * tolerance of its shore): a port on its quay, not out at sea. Reads the land tiles the app ships.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/lib/data/read-geodata';
import { projectFeatures } from '../../src/lib/data/features';
import { metresFromLand } from './detailed-land';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const atlas = loadAtlas(ROOT);

/**
 * A terminal's quay may sit just off the generalised shore. A bridge, or a border crossing on
 * one, spans a river that the detailed land draws as water: its point is mid-river.
 */
const TOLERANCE_M = 300;
const BRIDGE_TOLERANCE_M = 1_000;
const tolerance = (point: { kind: string; projectKind: string }) =>
  point.kind === 'border-crossing' || point.projectKind === 'bridge' ? BRIDGE_TOLERANCE_M : TOLERANCE_M;

const points = projectFeatures(atlas.projects).features.flatMap((f) =>
  f.geometry.type === 'Point'
    ? [
        {
          id: `${f.properties.project}/${f.properties.part}`,
          kind: f.properties.partKind,
          projectKind: f.properties.kind,
          at: f.geometry.coordinates as [number, number],
        },
      ]
    : [],
);

describe('the detailed basemap land', () => {
  it('has project points to check', () => {
    expect(points.length).toBeGreaterThan(0);
  });

  it(`puts every project point on land, within ${TOLERANCE_M} m of the shore, a river bridge within ${BRIDGE_TOLERANCE_M} m`, () => {
    const off = points
      .map((p) => ({ ...p, m: Math.round(metresFromLand(p.at[0], p.at[1])) }))
      .filter((p) => p.m > tolerance(p))
      .map((p) => `${p.id} is ${p.m} m from land`);
    expect(off).toEqual([]);
  });

  it('puts the Sihanoukville container terminal on the shore, not 4 km out at sea', () => {
    const port = atlas.projects.find((p) => p.id === 'sihanoukville-port-nct');
    const site = port?.geometry.parts.find((p) => p.geometry.type === 'Point');
    expect(site?.geometry.type).toBe('Point');
    const [lon = NaN, lat = NaN] = site?.geometry.type === 'Point' ? site.geometry.coordinates : [];
    expect(metresFromLand(lon, lat)).toBeLessThanOrEqual(TOLERANCE_M);
  });

  it('keeps the open sea as sea: a point in the Gulf of Thailand is far from land', () => {
    expect(metresFromLand(102.5, 10.2)).toBeGreaterThan(10_000);
  });
});
