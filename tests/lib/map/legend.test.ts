import { describe, expect, it } from 'vitest';
import { legendItems } from '../../../src/lib/map/legend';
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
          derivation: 'Its site.',
          parts: [
            {
              id: 'site',
              kind: 'site',
              name: 'Site',
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
