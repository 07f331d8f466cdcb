/** The shipped data set: valid, complete for the ids users and later checks rely on, and true to the ground. */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadAtlas } from '../../src/lib/data/read-geodata';
import { projectFeatures } from '../../src/lib/data/features';
import { findRate } from '../../src/lib/data/convert';

const atlas = loadAtlas(fileURLToPath(new URL('../..', import.meta.url)));
const byId = new Map(atlas.projects.map((p) => [p.id, p]));

const REQUIRED = [
  'sihanoukville-port-nct',
  'national-road-5',
  'hcmc-metro-line-1',
  'bangkok-red-line',
  'bago-kyaikto-highway',
  'long-thanh-airport',
  'hanthawaddy-airport',
  'east-west-economic-corridor',
  'southern-economic-corridor',
  'phnom-penh-transmission',
  'tay-ninh-solar',
  'rojana-rayong-2',
];

describe('the shipped data', () => {
  it('has every project the joint statement names, under its stable id', () => {
    expect(REQUIRED.filter((id) => !byId.has(id))).toEqual([]);
  });

  it('cites the joint statement for every project it names', () => {
    for (const id of REQUIRED) {
      expect(
        byId.get(id)!.mentionedIn.some((r) => r.source === 'mj-summit-12-2020'),
        id,
      ).toBe(true);
    }
  });

  it('draws HCMC Line 1 with its 14 stations and a route through them', () => {
    const parts = byId.get('hcmc-metro-line-1')!.geometry.parts;
    expect(parts.filter((p) => p.kind === 'station')).toHaveLength(14);
    expect(parts.filter((p) => p.kind === 'route').length).toBeGreaterThanOrEqual(1);
  });

  it('draws the Red Line as its Dark Red and Light Red lines with their stations', () => {
    const parts = byId.get('bangkok-red-line')!.geometry.parts;
    const routes = parts.filter((p) => p.kind === 'route').map((p) => p.name.en.toLowerCase());
    expect(routes.some((n) => n.includes('dark red'))).toBe(true);
    expect(routes.some((n) => n.includes('light red'))).toBe(true);
    expect(parts.filter((p) => p.kind === 'station').length).toBeGreaterThan(10);
  });

  it('gives the Southern corridor its sub-corridors, including the Dawei link', () => {
    const sec = byId.get('southern-economic-corridor')!;
    expect(sec.subCorridors.length).toBeGreaterThanOrEqual(4);
    expect(sec.subCorridors.some((s) => /dawei/i.test(s.name.en))).toBe(true);
    for (const sub of sec.subCorridors) {
      expect(
        sec.geometry.parts.some((p) => p.subCorridor === sub.id),
        sub.id,
      ).toBe(true);
    }
  });

  it('passes the corridors through border crossings', () => {
    for (const id of ['east-west-economic-corridor', 'southern-economic-corridor']) {
      expect(
        byId.get(id)!.geometry.parts.filter((p) => p.kind === 'border-crossing').length,
        id,
      ).toBeGreaterThan(1);
    }
  });

  it("draws each project's routes through intermediate points, not as one straight line between termini", () => {
    for (const project of atlas.projects) {
      const positions = new Set<string>();
      for (const part of project.geometry.parts) {
        if (part.kind !== 'route') continue;
        const lines =
          part.geometry.type === 'LineString'
            ? [part.geometry.coordinates]
            : part.geometry.type === 'MultiLineString'
              ? part.geometry.coordinates
              : [];
        lines.flat().forEach((p) => positions.add(p.join(',')));
      }
      if (positions.size > 0) expect(positions.size, project.id).toBeGreaterThan(2);
    }
  });

  it('keeps the non-located funding of the joint statement as programmes', () => {
    const text = atlas.programmes.map((p) => p.name.en).join(' | ');
    expect(text).toMatch(/COVID-19/);
    expect(text).toMatch(/Mekong River Commission|MRC|Flood and Drought/);
    expect(text).toMatch(/KUSANONE|Grass-Roots/i);
  });

  it('has the ASEAN–Japan trade and FDI values of the ASEAN overview for 2011 and 2012', () => {
    const value = (id: string, year: number) =>
      atlas.series.find((s) => s.id === id)?.points.find((p) => p.year === year)?.value;
    expect([value('asean-japan-trade-total', 2011), value('asean-japan-trade-total', 2012)]).toEqual([
      273.3, 262.4,
    ]);
    expect([value('asean-exports-to-japan', 2011), value('asean-exports-to-japan', 2012)]).toEqual([
      145.2, 126.3,
    ]);
    expect([value('asean-imports-from-japan', 2011), value('asean-imports-from-japan', 2012)]).toEqual([
      128.1, 136.1,
    ]);
    expect([value('japan-fdi-into-asean', 2011), value('japan-fdi-into-asean', 2012)]).toEqual([16.4, 20.8]);
  });

  it('exports every located project in the public GeoJSON', () => {
    const ids = new Set(projectFeatures(atlas.projects).features.map((f) => f.properties.project));
    const located = atlas.projects.filter((p) => p.geometry.parts.length > 0).map((p) => p.id);
    expect([...ids].sort()).toEqual(located.sort());
  });
});

describe('disagreeing sources in the trade series', () => {
  it('keeps an earlier release’s figure beside the later one instead of dropping it', () => {
    const fdi2005 = atlas.series
      .find((s) => s.id === 'japan-fdi-into-asean')!
      .points.find((p) => p.year === 2005)!;
    expect(fdi2005.value).toBe(7.2);
    expect(fdi2005.alternatives.map((a) => a.value)).toEqual([3.16]);
  });
});

describe('exchange rates', () => {
  it('cover every dated yen amount, so the dollar view leaves out only undated or undisclosed ones', () => {
    const uncovered: string[] = [];
    const tranches = [...atlas.projects, ...atlas.programmes].flatMap((owner) =>
      owner.financing.map((tranche) => ({ owner: owner.id, tranche })),
    );
    for (const { owner, tranche } of tranches) {
      if (!tranche.amount || tranche.amount.currency !== 'JPY' || !tranche.agreementDate) continue;
      if (!findRate(atlas.rates, 'JPY', tranche.agreementDate))
        uncovered.push(`${owner} ${tranche.agreementDate}`);
    }
    expect(uncovered).toEqual([]);
  });
});
