import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { countsTranche } from '../../../src/lib/charts/funding';
import { milestonesCsv, tranchesCsv } from '../../../src/lib/data/export-tables';
import { filterProjects, NO_FILTERS } from '../../../src/lib/data/filter';
import { loadAtlas } from '../../../src/lib/data/read-geodata';
import type { Rate } from '../../../src/lib/data/schema';
import { countTranche } from '../../../src/lib/data/totals';
import { validateAtlas } from '../../../src/lib/data/validate';
import { project, rawAtlas } from '../../fixtures/atlas';

/** Checks the file's framing, then parses it as a spreadsheet tool would. */
function parse(csv: string) {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  // Every line break outside a quoted cell is CRLF.
  expect(csv.replace(/"(?:[^"]|"")*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
  return csvParse(csv.slice(1));
}

const refs = [{ source: 'operator' }];
const tranche = (overrides: Record<string, unknown>) => ({
  name: { en: 'Tranche' },
  financier: { en: 'JICA' },
  financiers: ['japan-oda'],
  instrument: 'oda-loan',
  amount: { amount: 1e9, currency: 'JPY', asStated: '1 billion yen', refs },
  agreementDate: '2007-03-30',
  refs,
  ...overrides,
});
const fixture = validateAtlas(
  rawAtlas({
    projects: [
      project({
        financing: [
          tranche({ name: { en: '=HYPERLINK("https://evil.example")' }, financier: { en: '@JICA' } }),
          tranche({
            name: { en: 'Dollar loan' },
            financier: { en: 'ADB' },
            financiers: ['adb'],
            amount: { amount: 5e7, currency: 'USD', asStated: 'USD 50 million', refs },
            agreementDate: '1999',
          }),
          tranche({ name: { en: 'Undisclosed' }, amount: null }),
        ],
      }),
    ],
  }),
).atlas!;
const sourceById = new Map(fixture.sources.map((s) => [s.id, s]));
const rates: Rate[] = [
  { currency: 'JPY', perUsd: 117.26, date: '2007-03', basis: { en: 'monthly average' }, refs },
];

describe('tranche CSV', () => {
  const rows = parse(tranchesCsv(fixture.projects, {}, rates, sourceById, '2026-12-01'));

  it('has one row per tranche with the amount as a number and as stated', () => {
    expect(rows.map((r) => r.tranche)).toEqual([
      `'=HYPERLINK("https://evil.example")`,
      'Dollar loan',
      'Undisclosed',
    ]);
    expect(Number(rows[0]!.amount)).toBe(1e9);
    expect(rows[0]!.currency).toBe('JPY');
    expect(rows[0]!.amount_as_stated).toBe('1 billion yen');
    expect(rows[2]!.amount).toBe('');
    expect(rows[2]!.amount_as_stated).toBe('not disclosed');
    expect(rows.every((r) => r.data_as_of === '2026-12-01')).toBe(true);
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(rows[0]!.tranche!.startsWith("'=")).toBe(true);
    expect(rows[0]!.financier).toBe("'@JICA");
  });

  it('gives dollars at the sourced rate, with the rate and its source, and nothing without one', () => {
    const [yen, dollars] = rows;
    expect(Number(yen!.usd)).toBeCloseTo(1e9 / 117.26, 2);
    expect(yen!.usd_rate_per_usd).toBe('117.26');
    expect(yen!.usd_rate_date).toBe('2007-03');
    expect(yen!.usd_rate_source_title).toBe('Line page');
    expect(yen!.usd_rate_source_address).toBe('https://example.org/line');
    expect(yen!.source_address).toBe('https://example.org/line');
    expect(yen!.in_app_totals).toBe('yes');
    // A dollar amount is its own dollar figure, but without a yen rate for its year the
    // committed totals cannot count it, and the row says so.
    expect(Number(dollars!.usd)).toBe(5e7);
    expect(dollars!.usd_rate_per_usd).toBe('');
    expect(dollars!.in_app_totals).toBe('no');
  });

  it('keeps only the tranches of the chosen financiers and instruments', () => {
    const adb = parse(tranchesCsv(fixture.projects, { financier: ['adb'] }, rates, sourceById, '2026-12-01'));
    expect(adb.map((r) => r.tranche)).toEqual(['Dollar loan']);
  });
});

describe('the shipped data', () => {
  const atlas = loadAtlas(process.cwd());
  const byId = new Map(atlas.sources.map((s) => [s.id, s]));
  const filters = { ...NO_FILTERS, country: ['KH'], financier: ['japan-oda'] };
  const projects = filterProjects(atlas.projects, filters);
  const expected = projects.flatMap((p) =>
    p.financing.filter((t) => countsTranche(t, filters)).map((t) => ({ project: p.id, tranche: t })),
  );

  it('has one tranche row per tranche the filters leave, with numeric amounts and sourced dollars', () => {
    const all = atlas.projects.flatMap((p) => p.financing);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    const rows = parse(tranchesCsv(projects, filters, atlas.rates, byId, atlas.meta.asOf));
    expect(rows.map((r) => [r.project_id, r.tranche])).toEqual(
      expected.map((e) => [e.project, e.tranche.name.en]),
    );
    rows.forEach((row, i) => {
      const { tranche } = expected[i]!;
      expect(row.amount === '' ? null : Number(row.amount)).toBe(tranche.amount?.amount ?? null);
      const summed = countTranche(tranche, atlas.rates).kind === 'summed';
      expect(row.in_app_totals).toBe(summed ? 'yes' : 'no');
      if (summed) expect(Number.isFinite(Number(row.usd))).toBe(true);
      if (tranche.amount?.currency === 'USD') expect(Number(row.usd)).toBe(tranche.amount.amount);
      // A rate never appears without its source.
      if (row.usd_rate_per_usd !== '') expect(row.usd_rate_source_title).not.toBe('');
      expect(row.source_title).not.toBe('');
    });
  });

  it('has one milestone row per milestone of the filtered projects, each with its source', () => {
    const rows = parse(milestonesCsv(projects, byId, atlas.meta.asOf));
    expect(rows).toHaveLength(projects.flatMap((p) => p.milestones).length);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.project_id))).toEqual(
      new Set(projects.filter((p) => p.milestones.length > 0).map((p) => p.id)),
    );
    expect(rows.every((r) => r.source_title !== '' && r.data_as_of === atlas.meta.asOf)).toBe(true);
  });
});
