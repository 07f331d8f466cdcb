/**
 * What a project has committed, per financier group, in yen and in dollars. Both sums hold
 * the same tranches: a tranche counts only when a sourced rate gives it in both currencies.
 * A tranche with an amount but no such rate is "not convertible" and listed, never dropped.
 */
import { inBoth } from './convert';
import type { Member } from './corridor-membership';
import type { Financier, ProjectEntry, Rate, Ref, Tranche } from './schema';

/**
 * Japan's own finance: ODA by the Government of Japan and JICA, JBIC's loans, and the
 * JICA-funded LEAP facility. ADB and commercial banks co-finance some projects; their
 * share is kept apart, never presented as Japan's.
 */
export const JAPANESE_FINANCIERS: readonly Financier[] = ['japan-oda', 'jbic', 'leap'];

export function isJapanese(tranche: Tranche): boolean {
  return tranche.financiers.some((f) => JAPANESE_FINANCIERS.includes(f));
}

/** How one tranche enters a sum. */
export type Counted =
  { kind: 'summed'; JPY: number; USD: number } | { kind: 'not-convertible' } | { kind: 'not-disclosed' };

export function countTranche(tranche: Tranche, rates: readonly Rate[]): Counted {
  if (!tranche.amount) return { kind: 'not-disclosed' };
  const both = inBoth(tranche.amount, tranche.agreementDate, rates);
  return both ? { kind: 'summed', JPY: both.JPY.value, USD: both.USD.value } : { kind: 'not-convertible' };
}

export interface GroupTotal {
  /** The sum of `summed` in yen. */
  JPY: number;
  /** The sum of the same tranches in US dollars. */
  USD: number;
  summed: Tranche[];
  /** Tranches with an amount but no sourced rate for their date: in neither sum. */
  notConvertible: Tranche[];
  /** Tranches no source gives an amount for. */
  notDisclosed: Tranche[];
}

export interface CommittedTotals {
  japan: GroupTotal;
  cofinance: GroupTotal;
}

const empty = (): GroupTotal => ({ JPY: 0, USD: 0, summed: [], notConvertible: [], notDisclosed: [] });

export function committedTotals(
  project: Pick<ProjectEntry, 'financing'>,
  rates: readonly Rate[],
): CommittedTotals {
  const totals: CommittedTotals = { japan: empty(), cofinance: empty() };
  for (const tranche of project.financing) {
    const group = isJapanese(tranche) ? totals.japan : totals.cofinance;
    const counted = countTranche(tranche, rates);
    if (counted.kind === 'summed') {
      group.JPY += counted.JPY;
      group.USD += counted.USD;
      group.summed.push(tranche);
    } else if (counted.kind === 'not-convertible') group.notConvertible.push(tranche);
    else group.notDisclosed.push(tranche);
  }
  return totals;
}

/** What a project's summary says: Japan's sum, the sum with co-financiers, what neither counts. */
export interface CommittedSummary {
  /** null: no Japanese tranche has an amount both sums can count. */
  japan: number | null;
  all: number;
  cofinanced: boolean;
  /** Tranches in no sum: no disclosed amount, or no sourced rate for their date. */
  notCounted: number;
}

export function committedSummary(
  project: Pick<ProjectEntry, 'financing'>,
  rates: readonly Rate[],
  currency: 'JPY' | 'USD',
): CommittedSummary {
  const { japan, cofinance } = committedTotals(project, rates);
  return {
    japan: japan.summed.length ? japan[currency] : null,
    all: japan[currency] + cofinance[currency],
    cofinanced: cofinance.summed.length > 0,
    notCounted: [japan, cofinance].reduce((n, g) => n + g.notConvertible.length + g.notDisclosed.length, 0),
  };
}

/**
 * Where a summed tranche's figure comes from: its amount, its entry, and the sourced rate that
 * converted it to `currency` (none when it was already in it).
 */
export function trancheSources(tranche: Tranche, rates: readonly Rate[], currency: 'JPY' | 'USD'): Ref[] {
  const rate = tranche.amount && inBoth(tranche.amount, tranche.agreementDate, rates)?.[currency].rate;
  return [...(tranche.amount?.refs ?? []), ...tranche.refs, ...(rate ? rate.refs : [])];
}

/** Each ref once, in the order first given. */
function distinct(refs: readonly Ref[]): Ref[] {
  const seen = new Map<string, Ref>();
  for (const ref of refs) seen.set(JSON.stringify([ref.source, ref.para ?? null]), ref);
  return [...seen.values()];
}

export interface CountryFinance {
  /** An ISO code, or "multi" for a project in several countries (no source says how to split it). */
  country: string;
  japan: number;
  cofinance: number;
  /** Tranches in neither sum: no disclosed amount, or no sourced rate for their date. */
  notCounted: number;
  projects: string[];
  /** The sources of every tranche in the row's sums, and of the rates that converted them. */
  refs: Ref[];
}

/**
 * What was committed to the projects on a corridor, per country: Japan's own finance apart from
 * co-financiers, by the one rule a project's totals follow (`committedTotals`). The corridor
 * panel shows it and the printed corridor brief prints it.
 */
export function financeByCountry(
  members: readonly Member[],
  rates: readonly Rate[],
  currency: 'JPY' | 'USD',
): CountryFinance[] {
  const rows = new Map<string, CountryFinance>();
  for (const { project } of members) {
    const country = project.countries.length === 1 ? project.countries[0]! : 'multi';
    const row = rows.get(country) ?? {
      country,
      japan: 0,
      cofinance: 0,
      notCounted: 0,
      projects: [],
      refs: [],
    };
    const { japan, cofinance } = committedTotals(project, rates);
    row.japan += japan[currency];
    row.cofinance += cofinance[currency];
    row.notCounted += [japan, cofinance].reduce(
      (n, g) => n + g.notConvertible.length + g.notDisclosed.length,
      0,
    );
    row.projects.push(project.id);
    row.refs = distinct([
      ...row.refs,
      ...[...japan.summed, ...cofinance.summed].flatMap((t) => trancheSources(t, rates, currency)),
    ]);
    rows.set(country, row);
  }
  return [...rows.values()].sort((a, b) => b.japan - a.japan);
}

export interface FinanceTotal {
  japan: number;
  cofinance: number;
  notCounted: number;
  /** How many projects the sums are over. */
  projects: number;
}

/** The rows of `financeByCountry` added up: each project is in one row, so counted once. */
export function financeTotal(rows: readonly CountryFinance[]): FinanceTotal {
  return rows.reduce<FinanceTotal>(
    (total, row) => ({
      japan: total.japan + row.japan,
      cofinance: total.cofinance + row.cofinance,
      notCounted: total.notCounted + row.notCounted,
      projects: total.projects + row.projects.length,
    }),
    { japan: 0, cofinance: 0, notCounted: 0, projects: 0 },
  );
}
