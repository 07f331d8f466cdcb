/**
 * Committed financing grouped for the funding chart. Each tranche counts once; the yen and
 * dollar views sum the same tranches, those a sourced rate gives in both currencies. A
 * tranche with an amount but no such rate stays in its bar as "not convertible"; one with
 * no amount is listed apart. Region- and country-level programmes are grouped apart and
 * never added to projects.
 */
import { scaleBand, scaleLinear } from 'd3';
import type { Currency } from '../data/convert';
import type { Programme, ProjectEntry, Rate, Tranche } from '../data/schema';
import { corridorsOf } from '../data/corridors';
import { countTranche, isJapanese, type Counted } from '../data/totals';

import type { Grouping } from './groupings';
export { GROUPINGS, type Grouping } from './groupings';

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
  /** The sum of the tranches a sourced rate gives in both currencies, in the target currency. */
  value: number;
  /** The part of `value` from Japanese financiers. */
  japanese: number;
  /** How many tranches `value` sums. */
  tranches: number;
  /** Tranches of this bar with an amount but no sourced rate for their date: in no sum. */
  notConvertible: Tranche[];
}

export interface Funding {
  bars: Bar[];
  /** Tranches with no disclosed amount, which no bar can show. */
  excluded: { owner: string; tranche: Tranche; reason: 'not-disclosed' }[];
}

function groupKeys(
  project: ProjectEntry,
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
      const own = corridorsOf(project).filter((c) => corridorIds.has(c));
      return own.length > 0 ? own : ['none'];
    }
    case 'instrument':
      return [tranche.instrument ?? 'unknown'];
  }
}

const newBar = (key: string, project: string | null): Bar => ({
  key,
  project,
  value: 0,
  japanese: 0,
  tranches: 0,
  notConvertible: [],
});

/**
 * How each tranche counts, worked out once per list of rates: finding a tranche's rates is most
 * of the chart's work, and the filters change which tranches are summed, not how each counts.
 */
const countedByRates = new WeakMap<readonly Rate[], WeakMap<Tranche, Counted>>();
function counts(tranche: Tranche, rates: readonly Rate[]): Counted {
  let known = countedByRates.get(rates);
  if (!known) countedByRates.set(rates, (known = new WeakMap()));
  let counted = known.get(tranche);
  if (!counted) known.set(tranche, (counted = countTranche(tranche, rates)));
  return counted;
}

/** Adds a tranche to a bar; false when it has no amount, so no bar can hold it. */
function add(bar: Bar, tranche: Tranche, currency: Currency, rates: readonly Rate[]): boolean {
  const counted = counts(tranche, rates);
  if (counted.kind === 'not-disclosed') return false;
  if (counted.kind === 'not-convertible') bar.notConvertible.push(tranche);
  else {
    bar.value += counted[currency];
    if (isJapanese(tranche)) bar.japanese += counted[currency];
    bar.tranches += 1;
  }
  return true;
}

export function projectFunding(
  projects: readonly ProjectEntry[],
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
      for (const key of groupKeys(project, tranche, grouping, corridorIds)) {
        const bar = bars.get(key) ?? newBar(key, grouping === 'project' ? project.id : null);
        add(bar, tranche, currency, rates);
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
    const bar = newBar(programme.id, null);
    for (const tranche of programme.financing) {
      if (!countsTranche(tranche, only)) continue;
      if (!add(bar, tranche, currency, rates))
        excluded.push({ owner: programme.id, tranche, reason: 'not-disclosed' });
    }
    if (bar.tranches > 0 || bar.notConvertible.length > 0) bars.push(bar);
  }
  return { bars: bars.sort((a, b) => b.value - a.value), excluded };
}

/** The most bars the chart draws; beyond them one bar sums the rest. */
export const MAX_BARS = 20;
/** The key of the bar that sums the bars left out. */
export const OTHERS = 'others';

export interface CappedBars {
  bars: Bar[];
  /** How many bars the last one, keyed `OTHERS`, sums; 0 when none was left out. */
  others: number;
}

/**
 * At most `max` bars: the largest `max - 1` as they are, and one that sums the rest (their
 * amounts, Japan's part, tranches and not-convertible tranches), so the chart's total stays
 * the same however many projects the filters leave. Expects bars sorted largest first.
 */
export function capBars(bars: readonly Bar[], max = MAX_BARS): CappedBars {
  if (bars.length <= max) return { bars: [...bars], others: 0 };
  const kept = bars.slice(0, Math.max(0, max - 1));
  const rest = bars.slice(kept.length);
  const others = newBar(OTHERS, null);
  for (const bar of rest) {
    others.value += bar.value;
    others.japanese += bar.japanese;
    others.tranches += bar.tranches;
    others.notConvertible.push(...bar.notConvertible);
  }
  return { bars: [...kept, others], others: rest.length };
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
