/**
 * The sources behind what a chart draws, one ref per source, so a chart on a briefing screen
 * can say where every bar and point comes from without the audience hovering over it.
 */
import type { Programme, ProjectEntry, Ref, Series } from '../data/schema';
import { countsTranche, type TrancheFilter } from './funding';
import { PANEL_SERIES, type TradeMode } from './trade';

function bySource(refs: Iterable<Ref>): Ref[] {
  const first = new Map<string, Ref>();
  for (const ref of refs) if (!first.has(ref.source)) first.set(ref.source, { source: ref.source });
  return [...first.values()];
}

/** The sources of every amount the funding chart adds up. */
export function fundingSources(
  projects: readonly ProjectEntry[],
  programmes: readonly Programme[],
  only: TrancheFilter = {},
): Ref[] {
  const tranches = [...projects, ...programmes].flatMap((owner) => owner.financing);
  return bySource(tranches.filter((t) => t.amount && countsTranche(t, only)).flatMap((t) => t.amount!.refs));
}

/** The sources of every point the trade or investment panel draws, other releases included. */
export function tradeSources(series: readonly Series[], mode: TradeMode): Ref[] {
  const ids = new Set(PANEL_SERIES[mode].map((s) => s.id));
  return bySource(
    series
      .filter((s) => ids.has(s.id))
      .flatMap((s) => s.points.flatMap((p) => [...p.refs, ...p.alternatives.flatMap((a) => a.refs)])),
  );
}
