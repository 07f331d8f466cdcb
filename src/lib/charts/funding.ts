/**
 * Committed financing grouped for the funding chart. Each tranche counts once, in the
 * target currency; tranches with no amount or no sourced rate are listed, not guessed.
 * Region- and country-level programmes are grouped apart and never added to projects.
 */
import { scaleBand, scaleLinear } from 'd3';
import { convert, type Currency } from '../data/convert';
import type { Financier, Programme, Project, Rate, Tranche } from '../data/schema';

export const GROUPINGS = ['project', 'country', 'corridor', 'instrument'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/**
 * Japan's own finance: ODA by the Government of Japan and JICA, JBIC's loans, and the
 * JICA-funded LEAP facility. ADB and commercial banks co-finance some projects; their
 * share is drawn apart, never presented as Japan's.
 */
export const JAPANESE_FINANCIERS: readonly Financier[] = ['japan-oda', 'jbic', 'leap'];

export function isJapanese(tranche: Tranche): boolean {
  return tranche.financiers.some((f) => JAPANESE_FINANCIERS.includes(f));
}

/** Which tranches count: those of the chosen financiers and instruments (none chosen: all). */
export interface TrancheFilter {
  financier?: readonly string[];
  instrument?: readonly string[];
}

export function countsTranche(tranche: Tranche, only: TrancheFilter = {}): boolean {
  const financier = only.financier ?? [];
  const instrument = only.instrument ?? [];
  return (
    (financier.length === 0 || tranche.financiers.some((f) => financier.includes(f))) &&
    (instrument.length === 0 || (tranche.instrument !== null && instrument.includes(tranche.instrument)))
  );
}

export interface Bar {
  key: string;
  /** The project a bar stands for, when grouped by project. */
  project: string | null;
  /** Everything committed, in the target currency. */
  value: number;
  /** The part of `value` from Japanese financiers. */
  japanese: number;
  tranches: number;
}

export interface Funding {
  bars: Bar[];
  /** Tranches left out of the sums, with why. */
  excluded: { owner: string; tranche: Tranche; reason: 'not-disclosed' | 'no-rate' }[];
}

function groupKeys(
  project: Project,
  tranche: Tranche,
  grouping: Grouping,
  corridorIds: ReadonlySet<string>,
): string[] {
  switch (grouping) {
    case 'project':
      return [project.id];
    case 'country':
      // A multi-country project cannot be split without a source saying how.
      return [project.countries.length === 1 ? project.countries[0]! : 'multi'];
    case 'corridor': {
      const own = project.corridors.filter((c) => corridorIds.has(c));
      return own.length > 0 ? own : ['none'];
    }
    case 'instrument':
      return [tranche.instrument ?? 'unknown'];
  }
}

export function projectFunding(
  projects: readonly Project[],
  grouping: Grouping,
  currency: Currency,
  rates: readonly Rate[],
  only: TrancheFilter = {},
): Funding {
  const corridorIds = new Set(projects.filter((p) => p.kind === 'corridor').map((p) => p.id));
  const bars = new Map<string, Bar>();
  const excluded: Funding['excluded'] = [];
  for (const project of projects) {
    for (const tranche of project.financing) {
      if (!countsTranche(tranche, only)) continue;
      if (!tranche.amount) {
        excluded.push({ owner: project.id, tranche, reason: 'not-disclosed' });
        continue;
      }
      const converted = convert(tranche.amount, currency, tranche.agreementDate, rates);
      if (!converted) {
        excluded.push({ owner: project.id, tranche, reason: 'no-rate' });
        continue;
      }
      for (const key of groupKeys(project, tranche, grouping, corridorIds)) {
        const bar = bars.get(key) ?? {
          key,
          project: grouping === 'project' ? project.id : null,
          value: 0,
          japanese: 0,
          tranches: 0,
        };
        bar.value += converted.value;
        if (isJapanese(tranche)) bar.japanese += converted.value;
        bar.tranches += 1;
        bars.set(key, bar);
      }
    }
  }
  return { bars: [...bars.values()].sort((a, b) => b.value - a.value), excluded };
}

export function programmeFunding(
  programmes: readonly Programme[],
  currency: Currency,
  rates: readonly Rate[],
  only: TrancheFilter = {},
): Funding {
  const bars: Bar[] = [];
  const excluded: Funding['excluded'] = [];
  for (const programme of programmes) {
    let value = 0;
    let japanese = 0;
    let tranches = 0;
    for (const tranche of programme.financing) {
      if (!countsTranche(tranche, only)) continue;
      const converted = tranche.amount
        ? convert(tranche.amount, currency, tranche.agreementDate, rates)
        : null;
      if (!converted) {
        excluded.push({ owner: programme.id, tranche, reason: tranche.amount ? 'no-rate' : 'not-disclosed' });
        continue;
      }
      value += converted.value;
      if (isJapanese(tranche)) japanese += converted.value;
      tranches += 1;
    }
    if (tranches > 0) bars.push({ key: programme.id, project: null, value, japanese, tranches });
  }
  return { bars: bars.sort((a, b) => b.value - a.value), excluded };
}

/** Horizontal bar layout: one band per bar, a linear scale from zero. */
export function barLayout(bars: readonly Bar[], width: number, rowHeight = 22) {
  const height = bars.length * rowHeight;
  const y = scaleBand<string>()
    .domain(bars.map((b) => b.key))
    .range([0, height])
    .padding(0.2);
  const x = scaleLinear()
    .domain([0, Math.max(1, ...bars.map((b) => b.value))])
    .range([0, Math.max(0, width)])
    .nice();
  return { x, y, height, ticks: x.ticks(3) };
}
