/**
 * The analysis tables: one row per financing tranche and one per milestone, each carrying
 * its sources, so a figure copied into a spreadsheet can still be traced.
 */
import { countsTranche, type TrancheFilter } from '../charts/funding.ts';
import { convert } from './convert.ts';
import { csvFile } from './export.ts';
import type { ProjectEntry, Rate, Ref, Source, Tranche } from './schema.ts';
import { countTranche, isJapanese } from './totals.ts';

export const TRANCHE_COLUMNS = [
  'project_id',
  'countries',
  'tranche',
  'financier',
  'financier_groups',
  'japanese',
  'instrument',
  'agreement_date',
  'amount',
  'currency',
  'approximate',
  'amount_as_stated',
  'usd',
  'usd_rate_per_usd',
  'usd_rate_date',
  'usd_rate_basis',
  'usd_rate_source_title',
  'usd_rate_source_address',
  'in_app_totals',
  'source_title',
  'source_address',
  'data_as_of',
] as const;

export const MILESTONE_COLUMNS = [
  'project_id',
  'date',
  'kind',
  'label',
  'source_title',
  'source_address',
  'data_as_of',
] as const;

/** Where a reader finds a source: a web page's address, a shared document's file, a data set's package. */
function addressOf(source: Source): string {
  if (source.type === 'web') return source.url;
  if (source.type === 'document') return source.file;
  return source.package;
}

/** Titles and addresses of the refs' sources, each once, in two cells that line up item by item. */
function sourceCells(refs: readonly Ref[], sourceById: ReadonlyMap<string, Source>): [string, string] {
  const sources = [...new Set(refs.map((r) => r.source))].map((id) => sourceById.get(id));
  const found = sources.filter((s): s is Source => s !== undefined);
  return [found.map((s) => s.title).join(' | '), found.map(addressOf).join(' | ')];
}

/**
 * Dollars as stated, or at the sourced rate for the agreement date with the rate and its source;
 * empty where no source gives a rate. `in_app_totals` says whether the app's committed totals
 * count the tranche (they need it in both yen and dollars), so a spreadsheet sum can match them.
 */
function usdCells(
  tranche: Tranche,
  rates: readonly Rate[],
  sourceById: ReadonlyMap<string, Source>,
): string[] {
  const amount = tranche.amount;
  const counted = countTranche(tranche, rates).kind === 'summed' ? 'yes' : 'no';
  if (!amount) return ['', '', '', '', '', '', counted];
  if (amount.currency === 'USD') return [String(amount.amount), '', '', '', '', '', counted];
  const converted = convert(amount, 'USD', tranche.agreementDate, rates);
  if (!converted?.rate) return ['', '', '', '', '', '', counted];
  const { rate } = converted;
  // Cents: the rate is no more precise than that, and a spreadsheet reads it as a number.
  const usd = String(Math.round(converted.value * 100) / 100);
  return [usd, String(rate.perUsd), rate.date, rate.basis.en, ...sourceCells(rate.refs, sourceById), counted];
}

export function tranchesCsv(
  projects: readonly ProjectEntry[],
  only: TrancheFilter,
  rates: readonly Rate[],
  sourceById: ReadonlyMap<string, Source>,
  asOf: string,
): string {
  const rows = projects.flatMap((project) =>
    project.financing
      .filter((tranche) => countsTranche(tranche, only))
      .map((tranche) => {
        const amount = tranche.amount;
        return [
          project.id,
          project.countries.join(' '),
          tranche.name.en,
          tranche.financier.en,
          tranche.financiers.join(' '),
          isJapanese(tranche) ? 'yes' : 'no',
          tranche.instrument ?? '',
          tranche.agreementDate ?? '',
          amount ? String(amount.amount) : '',
          amount?.currency ?? '',
          amount ? (amount.approximate ? 'yes' : 'no') : '',
          amount?.asStated ?? 'not disclosed',
          ...usdCells(tranche, rates, sourceById),
          ...sourceCells([...tranche.refs, ...(amount?.refs ?? [])], sourceById),
          asOf,
        ];
      }),
  );
  return csvFile([TRANCHE_COLUMNS, ...rows]);
}

export function milestonesCsv(
  projects: readonly ProjectEntry[],
  sourceById: ReadonlyMap<string, Source>,
  asOf: string,
): string {
  const rows = projects.flatMap((project) =>
    project.milestones.map((m) => [
      project.id,
      m.date,
      m.kind,
      m.label.en,
      ...sourceCells(m.refs, sourceById),
      asOf,
    ]),
  );
  return csvFile([MILESTONE_COLUMNS, ...rows]);
}
