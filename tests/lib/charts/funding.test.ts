import { describe, expect, it } from 'vitest';
import {
  MAX_BARS,
  OTHERS,
  barLayout,
  capBars,
  cappedFunding,
  programmeFunding,
  projectFunding,
  type Bar,
} from '../../../src/lib/charts/funding';
import { validateAtlas } from '../../../src/lib/data/validate';
import type { Rate } from '../../../src/lib/data/schema';
import { corridor, project, rawAtlas } from '../../fixtures/atlas';

const tranche = (
  amount: number | null,
  currency: string,
  date: string | null,
  instrument = 'oda-loan',
  financiers = ['japan-oda'],
) => ({
  name: { en: `T ${amount}` },
  financier: { en: financiers.join(', ') },
  financiers,
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
        corridors: [{ corridor: 'corridor', refs: [{ source: 'summit' }] }],
        financing: [
          tranche(50e9, 'JPY', '2015-03'),
          tranche(10e6, 'USD', '2016-05', 'private-or-other', ['adb']),
        ],
      }),
      corridor({ financing: [] }),
    ],
    programmes: [
      {
        id: 'covid-loan',
        name: { en: 'COVID-19 loan' },
        countries: ['KH'],
        scope: 'country',
        sector: 'finance',
        description: { en: 'A loan.' },
        descriptionRefs: [{ source: 'summit' }],
        financing: [tranche(25e9, 'JPY', '2020-11-10')],
        mentionedIn: [{ source: 'summit' }],
      },
    ],
  }),
);
const rates: Rate[] = [
  {
    currency: 'JPY',
    perUsd: 100,
    date: '2016-05',
    basis: { en: 'monthly average' },
    refs: [{ source: 'operator' }],
  },
  {
    currency: 'JPY',
    perUsd: 105,
    date: '2020-11',
    basis: { en: 'monthly average' },
    refs: [{ source: 'operator' }],
  },
];
const sums = (bars: { key: string; value: number }[]) => bars.map((b) => [b.key, b.value]);
const notConvertible = (bars: { key: string; notConvertible: { name: { en: string } }[] }[]) =>
  bars.map((b) => [b.key, b.notConvertible.map((t) => t.name.en)]);

describe('projectFunding', () => {
  it('sums tranches per project in yen, converting dollar amounts with the sourced rate', () => {
    const { bars, excluded } = projectFunding(atlas!.projects, 'project', 'JPY', rates);
    expect(sums(bars)).toEqual([
      ['metro-line', 100e9],
      ['port', 10e6 * 100],
    ]);
    expect(excluded.map((e) => [e.owner, e.reason])).toEqual([['metro-line', 'not-disclosed']]);
  });

  it('sums the same tranches in yen and in dollars', () => {
    const jpy = projectFunding(atlas!.projects, 'project', 'JPY', rates).bars;
    const usd = projectFunding(atlas!.projects, 'project', 'USD', rates).bars;
    expect(jpy.map((b) => [b.key, b.tranches])).toEqual(usd.map((b) => [b.key, b.tranches]));
    expect(sums(usd)).toEqual([
      ['metro-line', 1e9],
      ['port', 10e6],
    ]);
  });

  it('keeps a tranche with no sourced rate in its bar as not convertible, in both views', () => {
    // The 2015 yen tranche has no rate for its month: it cannot be given in dollars, so the yen
    // view does not add it either, and both show it beside the bar instead of dropping it.
    for (const currency of ['JPY', 'USD'] as const) {
      const { bars, excluded } = projectFunding(atlas!.projects, 'project', currency, rates);
      expect(notConvertible(bars)).toEqual([
        ['metro-line', []],
        ['port', ['T 50000000000']],
      ]);
      expect(excluded.map((e) => e.reason)).toEqual(['not-disclosed']);
    }
  });

  it("keeps Japan's share apart from co-financiers' within each bar", () => {
    const { bars } = projectFunding(atlas!.projects, 'project', 'JPY', rates);
    expect(bars.map((b) => [b.key, b.japanese])).toEqual([
      ['metro-line', 100e9],
      ['port', 0],
    ]);
  });

  it('counts only the tranches of the chosen financiers and instruments', () => {
    const adb = projectFunding(atlas!.projects, 'project', 'JPY', rates, { financier: ['adb'] });
    expect(adb.bars.map((b) => [b.key, b.value, b.japanese, b.notConvertible.length])).toEqual([
      ['port', 10e6 * 100, 0, 0],
    ]);
    // A tranche that does not count is neither summed nor listed as left out.
    expect(adb.excluded).toEqual([]);
    const loans = projectFunding(atlas!.projects, 'project', 'JPY', rates, { instrument: ['oda-loan'] });
    expect(loans.bars.map((b) => [b.key, b.value, b.notConvertible.length])).toEqual([
      ['metro-line', 100e9, 0],
      ['port', 0, 1],
    ]);
  });

  it('groups by country, corridor and instrument', () => {
    const key = (grouping: 'country' | 'corridor' | 'instrument') =>
      projectFunding(atlas!.projects, grouping, 'JPY', rates).bars.map((b) => b.key);
    expect(key('country')).toEqual(['VN', 'KH']);
    expect(key('corridor')).toEqual(['none', 'corridor']);
    expect(key('instrument')).toEqual(['oda-loan', 'private-or-other']);
  });

  it('gives the same bars when asked again, and a corridor shown or not still decides its bar', () => {
    const first = projectFunding(atlas!.projects, 'corridor', 'JPY', rates);
    expect(projectFunding(atlas!.projects, 'corridor', 'JPY', rates)).toEqual(first);
    // Without the corridor among the projects shown, its project's tranches have no corridor bar.
    const withoutCorridor = atlas!.projects.filter((p) => p.kind !== 'corridor');
    expect(projectFunding(withoutCorridor, 'corridor', 'JPY', rates).bars.map((b) => b.key)).toEqual([
      'none',
    ]);
    // What a project adds is kept per currency and tranche filter: another one is summed afresh.
    expect(sums(projectFunding(atlas!.projects, 'project', 'USD', rates).bars)).toEqual([
      ['metro-line', 1e9],
      ['port', 10e6],
    ]);
    expect(
      projectFunding(atlas!.projects, 'project', 'JPY', rates, { financier: ['adb'] }).bars,
    ).toHaveLength(1);
  });
});

describe('programmeFunding', () => {
  it('keeps programmes apart from project finance', () => {
    const { bars } = programmeFunding(atlas!.programmes, 'JPY', rates);
    expect(bars).toEqual([
      { key: 'covid-loan', project: null, value: 25e9, japanese: 25e9, tranches: 1, notConvertible: [] },
    ]);
  });

  it('shows a programme with no sourced rate as not convertible, not as missing', () => {
    const { bars } = programmeFunding(atlas!.programmes, 'USD', rates.slice(0, 1));
    expect(bars.map((b) => [b.key, b.value, b.notConvertible.length])).toEqual([['covid-loan', 0, 1]]);
  });

  it('follows the financier and instrument filters too', () => {
    expect(programmeFunding(atlas!.programmes, 'JPY', rates, { financier: ['adb'] }).bars).toEqual([]);
    expect(programmeFunding(atlas!.programmes, 'JPY', rates, { instrument: ['oda-loan'] }).bars).toHaveLength(
      1,
    );
  });
});

describe('barLayout', () => {
  it('gives one band per bar and a scale from zero to at least the largest value', () => {
    const { x, y, height } = barLayout(
      [
        { key: 'a', project: null, value: 80, japanese: 80, tranches: 1, notConvertible: [] },
        { key: 'b', project: null, value: 40, japanese: 0, tranches: 1, notConvertible: [] },
      ],
      200,
    );
    expect(height).toBe(44);
    expect(x.domain()[0]).toBe(0);
    expect(x.domain()[1]).toBeGreaterThanOrEqual(80);
    expect(y('b')).toBeGreaterThan(y('a')!);
  });
});

describe('the funding chart at most MAX_BARS bars', () => {
  const bar = (key: string, value: number, japanese = value, notConvertible = 0): Bar => ({
    key,
    project: key,
    value,
    japanese,
    tranches: value > 0 ? 1 : 0,
    notConvertible: Array.from({ length: notConvertible }, () => ({}) as Bar['notConvertible'][number]),
  });
  // 30 bars, largest first, as projectFunding returns them: 30, 29, … 1.
  const bars = Array.from({ length: 30 }, (_, i) => bar(`p${i}`, 30 - i, i % 2 ? 30 - i : 0));
  const sum = (list: readonly Bar[], of: (b: Bar) => number) => list.reduce((s, b) => s + of(b), 0);

  it('leaves a chart of MAX_BARS or fewer as it is', () => {
    const few = bars.slice(0, MAX_BARS);
    expect(capBars(few)).toEqual({ bars: few, others: 0 });
  });

  it('keeps the largest bars and sums the rest into one', () => {
    const capped = capBars(bars);
    expect(capped.bars).toHaveLength(MAX_BARS);
    expect(capped.bars.slice(0, -1).map((b) => b.key)).toEqual(bars.slice(0, MAX_BARS - 1).map((b) => b.key));
    const others = capped.bars.at(-1)!;
    expect(others.key).toBe(OTHERS);
    expect(others.project).toBeNull();
    expect(capped.others).toBe(30 - (MAX_BARS - 1));
  });

  it('keeps the total, Japan’s part, the tranches and the not-convertible tranches', () => {
    const withStubs = [...bars, bar('stub', 0, 0, 2)];
    const capped = capBars(withStubs, 5);
    for (const of of [(b: Bar) => b.value, (b: Bar) => b.japanese, (b: Bar) => b.tranches])
      expect(sum(capped.bars, of)).toBe(sum(withStubs, of));
    expect(capped.bars.at(-1)!.notConvertible).toHaveLength(2);
  });

  it('picks the largest bars out of a list in any order, as sorting it first would', () => {
    // The same 30 bars, interleaved from both ends: 30, 1, 29, 2, …
    const shuffled = bars.flatMap((_, i) => (i % 2 ? [bars[bars.length - 1 - (i >> 1)]!] : [bars[i >> 1]!]));
    expect(shuffled).toHaveLength(bars.length);
    expect(capBars(shuffled)).toEqual(capBars(bars));
    expect(capBars(shuffled.slice(0, MAX_BARS)).bars).toEqual(
      [...shuffled.slice(0, MAX_BARS)].sort((a, b) => b.value - a.value),
    );
  });

  it('keeps bars of equal value in the order they came, kept or summed', () => {
    const ties = [bar('a', 5), bar('b', 7), bar('c', 5), bar('d', 5), bar('e', 1, 1, 1), bar('f', 5, 5, 1)];
    const capped = capBars(ties, 4);
    expect(capped.bars.map((b) => b.key)).toEqual(['b', 'a', 'c', OTHERS]);
    expect(capped.others).toBe(3);
    // The summed bars' not-convertible tranches, largest bar first: f's, then e's.
    const [first, second] = capped.bars.at(-1)!.notConvertible;
    expect(first).toBe(ties[5]!.notConvertible[0]);
    expect(second).toBe(ties[4]!.notConvertible[0]);
  });

  it('draws a real chart from the same bars as capping projectFunding’s', () => {
    for (const grouping of ['project', 'country', 'corridor', 'instrument'] as const) {
      const funding = projectFunding(atlas!.projects, grouping, 'JPY', rates);
      expect(cappedFunding(atlas!.projects, grouping, 'JPY', rates, {}, 1)).toEqual({
        ...capBars(funding.bars, 1),
        excluded: funding.excluded,
      });
    }
  });

  it('sums a real chart grouped by project to the same total', () => {
    const funding = projectFunding(atlas!.projects, 'project', 'JPY', rates);
    const capped = capBars(funding.bars, 1);
    expect(capped.bars).toHaveLength(1);
    expect(capped.bars[0]!.value).toBeCloseTo(sum(funding.bars, (b) => b.value));
  });
});
