import { beforeAll, describe, expect, it } from 'vitest';
import { legendItems, legendRows } from '../../../src/lib/map/legend';
import { loadLocale, translate } from '../../../src/lib/i18n/translate';
import { CORRIDOR_COLOUR } from '../../../src/lib/map/project-style';
import { validateAtlas } from '../../../src/lib/data/validate';
import { corridor, corridorRoute, project, rawAtlas } from '../../fixtures/atlas';

// Japanese is loaded on demand in the app; these tests read it from the start.
beforeAll(() => loadLocale('ja'));

const { atlas } = validateAtlas(
  rawAtlas({
    projects: [
      project(),
      project({
        id: 'plant',
        sector: 'energy',
        kind: 'power-plant',
        status: { value: 'suspended', confirmed: '2021-03', refs: [{ source: 'operator' }] },
        geometry: {
          derivation: { en: 'Its site.' },
          parts: [
            {
              id: 'site',
              kind: 'site',
              name: { en: 'Site' },
              geometry: { type: 'Point', coordinates: [100.9, 12.9] },
              refs: [{ source: 'operator' }],
            },
          ],
        },
      }),
      corridor(),
      corridor({
        id: 'three-ways',
        geometry: {
          derivation: { en: 'One stretch of each precision.' },
          parts: (['schematic', 'follows-road', 'approximate'] as const).map((precision, i) =>
            corridorRoute(
              [
                [100.5 + i, 13.75],
                [101 + i, 13.5],
              ],
              { id: `stretch-${precision}`, name: { en: precision }, precision },
            ),
          ),
        },
      }),
    ],
  }),
);
const [metro, plant, road, threeWays] = ['metro-line', 'plant', 'corridor', 'three-ways'].map((id) =>
  atlas!.projects.find((p) => p.id === id)!,
);

describe('legendItems', () => {
  it('lists only the sectors, statuses and features drawn', () => {
    expect(legendItems([metro!])).toEqual({
      sectors: ['transport'],
      built: true,
      notBuilt: [],
      corridor: false,
      corridorPrecisions: [],
      parts: ['route', 'station'],
    });
  });

  it('names a suspended project among the hollow ones', () => {
    const items = legendItems([metro!, plant!, road!]);
    expect(items.notBuilt).toEqual(['suspended']);
    expect(items.sectors).toEqual(['energy', 'transport']);
    expect(items.corridor).toBe(true);
    expect(items.parts).toEqual(['site', 'route', 'station']);
  });

  it('follows the timeline: a project not begun is left out, and the year’s status is used', () => {
    const items = legendItems(
      [metro!, plant!],
      new Map([
        ['metro-line', 'under-construction'],
        ['plant', null],
      ]),
    );
    expect(items).toMatchObject({ sectors: ['transport'], built: false, notBuilt: ['under-construction'] });
  });
});

describe('legendRows', () => {
  const t = (key: Parameters<typeof translate>[1]) => translate('en', key);

  it('reads sectors, then the corridor, then what line and symbol patterns mean', () => {
    const rows = legendRows(legendItems([metro!, plant!, road!]), t);
    expect(rows.map((r) => [r.swatch, r.label])).toEqual([
      ['line', 'Energy'],
      ['line', 'Transport'],
      ['band', 'Economic corridor'],
      ['dotted', 'Corridor: schematic, straight between towns'],
      ['route-operational', 'Operational'],
      ['route-suspended', 'Suspended or stalled'],
      ['site-operational', 'Site: Operational'],
      ['site-suspended', 'Site: Suspended or stalled'],
      ['dot-small', 'Station'],
    ]);
    expect(rows.find((r) => r.label === 'Energy')).toMatchObject({ swatch: 'line', colour: '#D55E00' });
  });

  it('explains the solid, dashed and dotted corridor lines drawn, in English and Japanese', () => {
    const ja = (key: Parameters<typeof translate>[1]) => translate('ja', key);
    const corridorRows = (rows: ReturnType<typeof legendRows>) =>
      rows.filter((r) => r.colour === CORRIDOR_COLOUR).map((r) => [r.swatch, r.label]);
    expect(corridorRows(legendRows(legendItems([threeWays!]), t))).toEqual([
      ['band', 'Economic corridor'],
      ['line', 'Corridor: follows the road'],
      ['dashed', 'Corridor: approximate, through points on the road'],
      ['dotted', 'Corridor: schematic, straight between towns'],
    ]);
    expect(corridorRows(legendRows(legendItems([threeWays!]), ja)).slice(1)).toEqual([
      ['line', '回廊:道路に沿う'],
      ['dashed', '回廊:近似(道路上の点を結ぶ)'],
      ['dotted', '回廊:模式図(町と町を直線で結ぶ)'],
    ]);
  });

  it('explains only the corridor line patterns the map draws', () => {
    const items = legendItems([road!]);
    expect(items.corridorPrecisions).toEqual(['schematic']);
    expect(legendRows(items, t).map((r) => r.swatch)).not.toContain('dashed');
  });

  it('has no rows when nothing is drawn', () => {
    expect(legendRows(legendItems([]), t)).toEqual([]);
  });
});
