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

/** Largest first; bars of equal value keep their order. */
const byValue = (a: Bar, b: Bar) => b.value - a.value;

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

/**
 * What one project adds to the chart for one grouping, currency and tranche filter: its tranches
 * that count, in order, each with how it counts and (but for corridors, which depend on which
 * corridors are shown) the bars it goes to; with the project grouping, its whole bar.
 */
interface ProjectPart {
  entries: { tranche: Tranche; counted: Counted; japanese: boolean; keys: string[] | null }[];
  excluded: Funding['excluded'];
  /** The project's own bar when grouped by project; null when none of its tranches has an amount. */
  bar: Bar | null;
}

/**
 * Each project's part, kept per list of rates and per grouping, currency and tranche filter (the
 * last few asked for): a filter change then adds up the parts of the projects it leaves instead of
 * going through every tranche again. Bars kept here are shared, never changed once made.
 */
const partsByRates = new WeakMap<readonly Rate[], Map<string, WeakMap<ProjectEntry, ProjectPart>>>();
const PART_SETS = 8;
function partsFor(rates: readonly Rate[], key: string): WeakMap<ProjectEntry, ProjectPart> {
  let byKey = partsByRates.get(rates);
  if (!byKey) partsByRates.set(rates, (byKey = new Map()));
  let parts = byKey.get(key);
  if (parts) {
    // The most recently used stay.
    byKey.delete(key);
    byKey.set(key, parts);
    return parts;
  }
  if (byKey.size >= PART_SETS) byKey.delete(byKey.keys().next().value!);
  byKey.set(key, (parts = new WeakMap()));
  return parts;
}

function projectPart(
  project: ProjectEntry,
  grouping: Grouping,
  currency: Currency,
  rates: readonly Rate[],
  only: TrancheFilter,
): ProjectPart {
  const part: ProjectPart = { entries: [], excluded: [], bar: null };
  for (const tranche of project.financing) {
    if (!countsTranche(tranche, only)) continue;
    if (!tranche.amount) {
      part.excluded.push({ owner: project.id, tranche, reason: 'not-disclosed' });
      continue;
    }
    const keys = grouping === 'corridor' ? null : groupKeys(project, tranche, grouping, new Set());
    part.entries.push({ tranche, counted: counts(tranche, rates), japanese: isJapanese(tranche), keys });
  }
  if (grouping === 'project' && part.entries.length > 0) {
    part.bar = newBar(project.id, project.id);
    for (const entry of part.entries) addCounted(part.bar, entry, currency);
  }
  return part;
}

function addCounted(bar: Bar, entry: ProjectPart['entries'][number], currency: Currency): void {
  const { counted, tranche } = entry;
  if (counted.kind === 'not-convertible') bar.notConvertible.push(tranche);
  else if (counted.kind === 'summed') {
    bar.value += counted[currency];
    if (entry.japanese) bar.japanese += counted[currency];
    bar.tranches += 1;
  }
}

export function projectFunding(
  projects: readonly ProjectEntry[],
  grouping: Grouping,
  currency: Currency,
  rates: readonly Rate[],
  only: TrancheFilter = {},
): Funding {
  const { bars, excluded } = fundingOf(projects, grouping, currency, rates, only);
  return { bars: bars.sort(byValue), excluded };
}

/** The bars, in no particular order, and the excluded tranches. */
function fundingOf(
  projects: readonly ProjectEntry[],
  grouping: Grouping,
  currency: Currency,
  rates: readonly Rate[],
  only: TrancheFilter,
): Funding {
  const corridorIds =
    grouping === 'corridor' ? new Set(projects.filter((p) => p.kind === 'corridor').map((p) => p.id)) : null;
  const parts = partsFor(
    rates,
    [grouping, currency, (only.financier ?? []).join(','), (only.instrument ?? []).join(',')].join('|'),
  );
  const excluded: Funding['excluded'] = [];
  const own: Bar[] = [];
  const bars = new Map<string, Bar>();
  for (const project of projects) {
    let part = parts.get(project);
    if (!part) parts.set(project, (part = projectPart(project, grouping, currency, rates, only)));
    for (const e of part.excluded) excluded.push(e);
    if (grouping === 'project') {
      if (part.bar) own.push(part.bar);
      continue;
    }
    for (const entry of part.entries) {
      for (const key of entry.keys ?? groupKeys(project, entry.tranche, grouping, corridorIds!)) {
        let bar = bars.get(key);
        if (!bar) bars.set(key, (bar = newBar(key, null)));
        addCounted(bar, entry, currency);
      }
    }
  }
  return { bars: grouping === 'project' ? own : [...bars.values()], excluded };
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
 * the same however many projects the filters leave. The bars come back largest first, in the
 * order a stable sort gives, whatever order they are given in; the largest are picked out in one
 * pass, so 10,000 bars are not sorted to draw 20.
 */
export function capBars(bars: readonly Bar[], max = MAX_BARS): CappedBars {
  if (bars.length <= max) return { bars: [...bars].sort(byValue), others: 0 };
  const keep = Math.max(0, max - 1);
  // The largest `keep`, largest first; a bar equal to the smallest kept one comes later, so it loses.
  const top: Bar[] = [];
  for (const bar of bars) {
    if (top.length === keep && (keep === 0 || bar.value <= top[keep - 1]!.value)) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.value < bar.value) at--;
    top.splice(at, 0, bar);
    if (top.length > keep) top.pop();
  }
  const kept = new Set(top);
  const others = newBar(OTHERS, null);
  const unconvertible: Bar[] = [];
  let count = 0;
  for (const bar of bars) {
    if (kept.has(bar)) continue;
    count++;
    others.value += bar.value;
    others.japanese += bar.japanese;
    others.tranches += bar.tranches;
    if (bar.notConvertible.length > 0) unconvertible.push(bar);
  }
  // Listed in the bars' order, largest first, as the chart's table reads them.
  for (const bar of unconvertible.sort(byValue)) others.notConvertible.push(...bar.notConvertible);
  return { bars: [...top, others], others: count };
}

/**
 * What the funding chart draws: the bars capped at `max` (capBars) and the tranches no bar can
 * show. The same as capping `projectFunding`'s bars, without sorting every bar first.
 */
export function cappedFunding(
  projects: readonly ProjectEntry[],
  grouping: Grouping,
  currency: Currency,
  rates: readonly Rate[],
  only: TrancheFilter = {},
  max = MAX_BARS,
): CappedBars & { excluded: Funding['excluded'] } {
  const { bars, excluded } = fundingOf(projects, grouping, currency, rates, only);
  return { ...capBars(bars, max), excluded };
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
