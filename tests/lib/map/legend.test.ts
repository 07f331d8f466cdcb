import { describe, expect, it } from 'vitest';
import { legendItems, legendRows } from '../../../src/lib/map/legend';
import { translate } from '../../../src/lib/i18n/translate';
import { validateAtlas } from '../../../src/lib/data/validate';
import { corridor, project, rawAtlas } from '../../fixtures/atlas';

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
    ],
  }),
);
const [metro, plant, road] = ['metro-line', 'plant', 'corridor'].map((id) =>
  atlas!.projects.find((p) => p.id === id)!,
);

describe('legendItems', () => {
  it('lists only the sectors, statuses and features drawn', () => {
    expect(legendItems([metro!])).toEqual({
      sectors: ['transport'],
      built: true,
      notBuilt: [],
      corridor: false,
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
      ['route-operational', 'Operational'],
      ['route-suspended', 'Suspended or stalled'],
      ['site-operational', 'Site: Operational'],
      ['site-suspended', 'Site: Suspended or stalled'],
      ['dot-small', 'Station'],
    ]);
    expect(rows.find((r) => r.label === 'Energy')).toMatchObject({ swatch: 'line', colour: '#D55E00' });
  });

  it('has no rows when nothing is drawn', () => {
    expect(legendRows(legendItems([]), t)).toEqual([]);
  });
});
