import { describe, expect, it } from 'vitest';
import { barLayout, programmeFunding, projectFunding } from '../../../src/lib/charts/funding';
import { validateAtlas } from '../../../src/lib/data/validate';
import type { Rate } from '../../../src/lib/data/schema';
import { corridor, project, rawAtlas } from '../../fixtures/atlas';

const tranche = (amount: number | null, currency: string, date: string | null, instrument = 'oda-loan') => ({
  name: `T ${amount}`,
  financier: 'JICA',
  financiers: ['japan-oda'],
  instrument,
  amount:
    amount === null
      ? null
      : { amount, currency, asStated: `${amount} ${currency}`, refs: [{ source: 'operator' }] },
  agreementDate: date,
  refs: [{ source: 'operator' }],
});

const { atlas } = validateAtlas(
  rawAtlas({
    projects: [
      project({ financing: [tranche(100e9, 'JPY', '2016-05-28'), tranche(null, 'JPY', '2017')] }),
      project({
        id: 'port',
        countries: ['KH'],
        corridors: ['corridor'],
        financing: [tranche(50e9, 'JPY', '2015-03'), tranche(10e6, 'USD', '2016-05', 'private-or-other')],
      }),
      corridor({ financing: [] }),
    ],
    programmes: [
      {
        id: 'covid-loan',
        name: 'COVID-19 loan',
        countries: ['KH'],
        scope: 'country',
        sector: 'finance',
        description: 'A loan.',
        descriptionRefs: [{ source: 'summit' }],
        financing: [tranche(25e9, 'JPY', '2020-11-10')],
        mentionedIn: [{ source: 'summit' }],
      },
    ],
  }),
);
const rates: Rate[] = [
  { currency: 'JPY', perUsd: 100, date: '2016-05', basis: 'monthly average', refs: [{ source: 'operator' }] },
];

describe('projectFunding', () => {
  it('sums tranches per project in yen, converting dollar amounts with the sourced rate', () => {
    const { bars, excluded } = projectFunding(atlas!.projects, 'project', 'JPY', rates);
    expect(bars.map((b) => [b.key, b.value])).toEqual([
      ['metro-line', 100e9],
      ['port', 50e9 + 10e6 * 100],
    ]);
    expect(excluded.map((e) => [e.owner, e.reason])).toEqual([['metro-line', 'not-disclosed']]);
  });

  it('leaves out, and lists, tranches no sourced rate can convert', () => {
    const { bars, excluded } = projectFunding(atlas!.projects, 'project', 'USD', rates);
    expect(bars.map((b) => [b.key, b.value])).toEqual([
      ['metro-line', 1e9],
      ['port', 10e6],
    ]);
    expect(excluded.map((e) => [e.owner, e.reason])).toEqual([
      ['metro-line', 'not-disclosed'],
      ['port', 'no-rate'],
    ]);
  });

  it('groups by country, corridor and instrument', () => {
    const key = (grouping: 'country' | 'corridor' | 'instrument') =>
      projectFunding(atlas!.projects, grouping, 'JPY', rates).bars.map((b) => b.key);
    expect(key('country')).toEqual(['VN', 'KH']);
    expect(key('corridor')).toEqual(['none', 'corridor']);
    expect(key('instrument')).toEqual(['oda-loan', 'private-or-other']);
  });
});

describe('programmeFunding', () => {
  it('keeps programmes apart from project finance', () => {
    const { bars } = programmeFunding(atlas!.programmes, 'JPY', rates);
    expect(bars).toEqual([{ key: 'covid-loan', project: null, value: 25e9, tranches: 1 }]);
  });
});

describe('barLayout', () => {
  it('gives one band per bar and a scale from zero to at least the largest value', () => {
    const { x, y, height } = barLayout(
      [
        { key: 'a', project: null, value: 80, tranches: 1 },
        { key: 'b', project: null, value: 40, tranches: 1 },
      ],
      200,
    );
    expect(height).toBe(44);
    expect(x.domain()[0]).toBe(0);
    expect(x.domain()[1]).toBeGreaterThanOrEqual(80);
    expect(y('b')).toBeGreaterThan(y('a')!);
  });
});
