import { describe, expect, it } from 'vitest';
import type { Member } from '../../../src/lib/data/corridor-membership';
import type { Project, Rate, Tranche } from '../../../src/lib/data/schema';
import {
  committedTotals,
  financeByCountry,
  financeTotal,
  isJapanese,
  trancheSources,
} from '../../../src/lib/data/totals';
import { tranche } from '../../fixtures/tranche';

const rates: Rate[] = [
  {
    currency: 'JPY',
    perUsd: 100,
    date: '2016-05',
    basis: { en: 'monthly average' },
    refs: [{ source: 's' }],
  },
  { currency: 'JPY', perUsd: 110, date: '2020', basis: { en: 'annual average' }, refs: [{ source: 's' }] },
];
const names = (tranches: Tranche[]) => tranches.map((t) => t.name.en);

describe('committedTotals', () => {
  it("sums Japan's own finance in yen and in dollars at each tranche's sourced rate", () => {
    const totals = committedTotals(
      { financing: [tranche('I', 10e9, 'JPY', '2016-05-28'), tranche('II', 11e9, 'JPY', '2020-11')] },
      rates,
    );
    expect(totals.japan.JPY).toBe(21e9);
    expect(totals.japan.USD).toBeCloseTo(10e9 / 100 + 11e9 / 110);
    expect(names(totals.japan.summed)).toEqual(['I', 'II']);
  });

  it('keeps co-financiers apart from Japan, JBIC and LEAP', () => {
    const totals = committedTotals(
      {
        financing: [
          tranche('JBIC', 2e6, 'USD', '2016-05', ['jbic']),
          tranche('LEAP', 1e6, 'USD', '2016-05', ['leap']),
          tranche('ADB', 5e6, 'USD', '2016-05', ['adb']),
          tranche('Banks', 3e6, 'USD', '2016-05', ['commercial-banks']),
        ],
      },
      rates,
    );
    expect(names(totals.japan.summed)).toEqual(['JBIC', 'LEAP']);
    expect(totals.japan.USD).toBe(3e6);
    expect(totals.japan.JPY).toBe(3e6 * 100);
    expect(names(totals.cofinance.summed)).toEqual(['ADB', 'Banks']);
    expect(totals.cofinance.USD).toBe(8e6);
  });

  it('sums the same tranches in both currencies: one with no sourced rate is in neither sum', () => {
    const totals = committedTotals(
      {
        financing: [
          tranche('dated', 10e9, 'JPY', '2016-05'),
          tranche('undated', 17e9, 'JPY', null),
          tranche('no rate that year', 5e6, 'USD', '2011'),
        ],
      },
      rates,
    );
    // The undated yen tranche is known in yen, but it cannot be given in dollars, so the yen
    // sum leaves it out too: otherwise the two totals would mean different things.
    expect(totals.japan.JPY).toBe(10e9);
    expect(totals.japan.USD).toBe(10e9 / 100);
    expect(names(totals.japan.notConvertible)).toEqual(['undated', 'no rate that year']);
  });

  it('lists a tranche with no disclosed amount apart, never as zero', () => {
    const totals = committedTotals(
      { financing: [tranche('secret', null, 'JPY', '2016-05', ['adb'])] },
      rates,
    );
    expect(names(totals.cofinance.notDisclosed)).toEqual(['secret']);
    expect(totals.cofinance.summed).toEqual([]);
    expect(totals.japan).toEqual({ JPY: 0, USD: 0, summed: [], notConvertible: [], notDisclosed: [] });
  });

  it('accounts for every tranche exactly once', () => {
    const financing = [
      tranche('a', 1e9, 'JPY', '2016-05'),
      tranche('b', 1e9, 'JPY', null),
      tranche('c', null, 'USD', null, ['adb']),
      tranche('d', 1e6, 'USD', '2020-03', ['adb']),
    ];
    const { japan, cofinance } = committedTotals({ financing }, rates);
    const all = [japan, cofinance].flatMap((g) => [...g.summed, ...g.notConvertible, ...g.notDisclosed]);
    expect(names(all).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('isJapanese', () => {
  it('counts a tranche as Japanese when any of its groups is Japanese', () => {
    expect(isJapanese(tranche('x', 1, 'USD', null, ['jbic', 'commercial-banks']))).toBe(true);
    expect(isJapanese(tranche('y', 1, 'USD', null, ['adb']))).toBe(false);
  });
});

describe('trancheSources', () => {
  const cited = (source: string, date: string | null, currency: 'JPY' | 'USD' = 'JPY'): Tranche => ({
    ...tranche(source, 1e9, currency, date),
    amount: {
      amount: 1e9,
      currency,
      asStated: '1 billion',
      approximate: false,
      refs: [{ source: `${source}-amount` }],
    },
    refs: [{ source: `${source}-entry` }],
  });

  it('names the amount, the entry and the rate that converted it', () => {
    expect(trancheSources(cited('t', '2016-05'), rates, 'USD')).toEqual([
      { source: 't-amount' },
      { source: 't-entry' },
      { source: 's' },
    ]);
  });

  it('names no rate when the amount is already in the currency shown', () => {
    expect(trancheSources(cited('t', '2016-05'), rates, 'JPY')).toEqual([
      { source: 't-amount' },
      { source: 't-entry' },
    ]);
  });
});

describe('financeByCountry, the roll-up along a corridor', () => {
  const member = (id: string, countries: string[], financing: Tranche[]): Member => ({
    project: { id, countries, financing } as unknown as Project,
    memberships: [],
  });
  const members = [
    member(
      'road-a',
      ['KH'],
      [
        { ...tranche('A', 10e9, 'JPY', '2016-05'), refs: [{ source: 'road-a' }] },
        tranche('A2', null, 'JPY', '2016-05'),
      ],
    ),
    member(
      'road-b',
      ['KH'],
      [
        { ...tranche('B', 5e9, 'JPY', '2020'), refs: [{ source: 'road-b' }] },
        { ...tranche('B-ADB', 1e6, 'USD', '2020', ['adb']), refs: [{ source: 'road-b-adb' }] },
      ],
    ),
    member(
      'bridge',
      ['TH', 'LA'],
      [{ ...tranche('C', 2e9, 'JPY', '2016-05'), refs: [{ source: 'bridge' }] }],
    ),
    member('port', ['VN'], [tranche('D', null, 'JPY', null)]),
  ];
  const rows = financeByCountry(members, rates, 'JPY');
  const row = (country: string) => rows.find((r) => r.country === country)!;

  it('sums Japan and co-financiers apart per country, a project in several countries in its own row', () => {
    expect(rows.map((r) => [r.country, r.japan, r.cofinance, r.projects])).toEqual([
      ['KH', 15e9, 1e6 * 110, ['road-a', 'road-b']],
      ['multi', 2e9, 0, ['bridge']],
      ['VN', 0, 0, ['port']],
    ]);
  });

  it('counts apart the tranches it cannot sum, never as zero', () => {
    expect(row('KH').notCounted).toBe(1);
    expect(row('VN').notCounted).toBe(1);
    expect(row('multi').notCounted).toBe(0);
  });

  it('gives each row the sources of the tranches it sums and of the rates it used, each once', () => {
    // The fixture's amounts and rates cite "s"; each tranche's entry cites its project.
    expect(row('KH').refs.map((r) => r.source)).toEqual(['s', 'road-a', 'road-b', 'road-b-adb']);
    expect(row('multi').refs.map((r) => r.source)).toEqual(['s', 'bridge']);
    expect(row('VN').refs).toEqual([]);
  });

  it('adds up to the same total in whichever order the rows come', () => {
    const total = { japan: 17e9, cofinance: 1e6 * 110, notCounted: 2, projects: 4 };
    expect(financeTotal(rows)).toEqual(total);
    expect(financeTotal([...rows].reverse())).toEqual(total);
    expect(financeTotal([])).toEqual({ japan: 0, cofinance: 0, notCounted: 0, projects: 0 });
  });

  it("is the sum of each project's own committed totals", () => {
    const own = members.reduce((sum, m) => sum + committedTotals(m.project, rates).japan.USD, 0);
    expect(financeTotal(financeByCountry(members, rates, 'USD')).japan).toBeCloseTo(own);
  });
});
