/**
 * What a project has committed, per financier group, in yen and in dollars. Both sums hold
 * the same tranches: a tranche counts only when a sourced rate gives it in both currencies.
 * A tranche with an amount but no such rate is "not convertible" and listed, never dropped.
 */
import { inBoth } from './convert';
import type { Financier, ProjectEntry, Rate, Tranche } from './schema';

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
