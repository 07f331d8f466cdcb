import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/turf';
import { afterAll, describe, expect, it } from 'vitest';
import { mekongLand, seededRandom, syntheticProjects, writeSyntheticGeodata } from '../../bench/generate';
import { loadAtlas } from '../../src/lib/data/read-geodata';
import { inRegion } from '../../src/lib/data/region';
import { Project } from '../../src/lib/data/schema';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const land = mekongLand(repo);
const templates = readdirSync(join(repo, 'geodata/projects'))
  .map((f) => JSON.parse(readFileSync(join(repo, 'geodata/projects', f), 'utf8')) as Record<string, unknown>)
  .filter((p) => p.kind !== 'corridor');

describe('seededRandom', () => {
  it('gives the same numbers for the same seed and others for another, all in [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('syntheticProjects', () => {
  const projects = syntheticProjects(templates, land, 200, 11);

  it('is the same for the same seed and differs for another', () => {
    expect(syntheticProjects(templates, land, 200, 11)).toEqual(projects);
    expect(syntheticProjects(templates, land, 200, 12)).not.toEqual(projects);
  });

  it('makes the number asked for, with unique ids, each passing the real schema', () => {
    expect(projects).toHaveLength(200);
    expect(new Set(projects.map((p) => p.id)).size).toBe(200);
    for (const p of projects) {
      const parsed = Project.safeParse(p);
      expect(parsed.error?.issues ?? [], String(p.id)).toEqual([]);
    }
  });

  it('places every position inside the region and on the land of the project’s country', () => {
    const shapes = new Map(land.map((l) => [l.country, l.shape]));
    for (const p of projects.map((p) => Project.parse(p))) {
      const shape = shapes.get(p.countries[0] as 'KH')!;
      for (const part of p.geometry.parts) {
        const g = part.geometry;
        const positions = g.type === 'Point' ? [g.coordinates] : g.type === 'LineString' ? g.coordinates : [];
        expect(positions.length).toBeGreaterThan(0);
        for (const pos of positions) {
          expect(inRegion(pos)).toBe(true);
          expect(booleanPointInPolygon(pos, shape), `${p.id} ${pos.join(',')}`).toBe(true);
        }
      }
    }
  });

  it('spreads the projects over all five countries', () => {
    expect(new Set(projects.map((p) => (p.countries as string[])[0])).size).toBe(5);
  });
});

describe('writeSyntheticGeodata', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-generate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a geodata folder with that many projects that the whole data check accepts', () => {
    const geodata = writeSyntheticGeodata(repo, join(dir, 'geodata'), 60, 3);
    const atlas = loadAtlas(dir, geodata);
    expect(atlas.projects).toHaveLength(60);
    const real = readdirSync(join(repo, 'geodata/projects')).map((f) => f.replace(/\.json$/, ''));
    // The real projects stay, so decks and corridor memberships still resolve.
    expect(atlas.projects.map((p) => p.id)).toEqual(expect.arrayContaining(real));
  });
});
