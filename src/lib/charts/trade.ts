/**
 * The ASEAN–Japan trade and investment panel: scales, line segments, point and
 * event positions. Pure functions; the component renders them as SVG markup.
 * Values are plotted as stated; a year no source covers (or whose value is null)
 * breaks the line — nothing is interpolated across it.
 */
import { line, scaleLinear, type ScaleLinear } from 'd3';
import type { Ref, Series, SeriesPoint, TimelineEvent } from '../data/schema';
import { decimalYear } from '../data/years';
import { laneFor } from './lanes';

export type TradeMode = 'trade' | 'fdi';
export type SeriesRole = 'total' | 'exports' | 'imports' | 'fdi';

/** Which series each panel shows, in drawing order, with the role that styles them. */
export const PANEL_SERIES: Record<TradeMode, readonly { id: string; role: SeriesRole }[]> = {
  trade: [
    { id: 'asean-japan-trade-total', role: 'total' },
    { id: 'asean-exports-to-japan', role: 'exports' },
    { id: 'asean-imports-from-japan', role: 'imports' },
  ],
  fdi: [{ id: 'japan-fdi-into-asean', role: 'fdi' }],
};

/** Okabe–Ito colours, plus a dash pattern so colour is never the only cue. */
export const ROLE_STYLE: Record<SeriesRole, { colour: string; dash: string }> = {
  total: { colour: '#000000', dash: '' },
  exports: { colour: '#0072B2', dash: '6 3' },
  imports: { colour: '#D55E00', dash: '2 2' },
  fdi: { colour: '#009E73', dash: '8 3 2 3' },
};

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Frame {
  width: number;
  height: number;
  margin: Margin;
}

/** A plotted value: the main one of a point, or a value another release gives for its year. */
export interface Mark {
  key: string;
  year: number;
  value: number;
  asStated: string;
  refs: readonly Ref[];
  alternative: boolean;
  x: number;
  y: number;
}

/** x in years (covering the data and the events), y in the series' unit from zero. */
export function tradeScales(
  series: readonly Series[],
  events: readonly TimelineEvent[],
  { width, height, margin }: Frame,
) {
  const points = series.flatMap((s) => s.points);
  const years = [...points.map((p) => p.year), ...events.map((e) => decimalYear(e.date))];
  const values = points.flatMap((p) => [p.value ?? 0, ...p.alternatives.map((a) => a.value)]);
  const lo = years.length ? Math.floor(Math.min(...years)) : 2000;
  const hi = years.length ? Math.ceil(Math.max(...years)) : 2001;
  const innerWidth = Math.max(0, width - margin.left - margin.right);
  const innerHeight = Math.max(0, height - margin.top - margin.bottom);
  const x = scaleLinear()
    .domain([lo, Math.max(hi, lo + 1)])
    .range([0, innerWidth]);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...values)])
    .range([innerHeight, 0])
    .nice();
  return { x, y, innerWidth, innerHeight };
}

/** Axis ticks: whole years only, fewer on narrow charts. */
export function axisTicks(x: ScaleLinear<number, number>, y: ScaleLinear<number, number>) {
  const width = Math.abs(x.range()[1]! - x.range()[0]!);
  return {
    x: x.ticks(Math.max(2, Math.floor(width / 55))).filter(Number.isInteger),
    y: y.ticks(4),
  };
}

/** Runs of consecutive years with a value; a missing year or a null value starts a new run. */
export function segments(points: readonly SeriesPoint[]): SeriesPoint[][] {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const runs: SeriesPoint[][] = [];
  let run: SeriesPoint[] = [];
  for (const p of sorted) {
    const last = run[run.length - 1];
    if (p.value === null || (last && p.year !== last.year + 1)) {
      if (run.length) runs.push(run);
      run = [];
    }
    if (p.value !== null) run.push(p);
  }
  if (run.length) runs.push(run);
  return runs;
}

/** One SVG path per run of two or more years; a lone year shows as its marker only. */
export function linePaths(
  points: readonly SeriesPoint[],
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
): string[] {
  const path = line<SeriesPoint>()
    .x((p) => x(p.year))
    .y((p) => y(p.value!));
  return segments(points)
    .filter((run) => run.length > 1)
    .map((run) => path(run) ?? '');
}

/** Main values (filled markers) and other releases' values (hollow markers), positioned. */
export function marks(
  series: Series,
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
): Mark[] {
  return series.points.flatMap((p) => {
    const main: Mark[] =
      p.value === null
        ? []
        : [
            {
              key: `${series.id}:${p.year}`,
              year: p.year,
              value: p.value,
              asStated: p.asStated,
              refs: p.refs,
              alternative: false,
              x: x(p.year),
              y: y(p.value),
            },
          ];
    const others = p.alternatives.map((a, i) => ({
      key: `${series.id}:${p.year}:alt${i}`,
      year: p.year,
      value: a.value,
      asStated: a.asStated,
      refs: a.refs,
      alternative: true,
      x: x(p.year),
      y: y(a.value),
    }));
    return [...main, ...others];
  });
}

export interface EventMark {
  event: TimelineEvent;
  x: number;
  /** Label row, so that labels closer than their width do not overlap. */
  lane: number;
  /** Labels near the right edge run leftwards from the line. */
  anchor: 'start' | 'end';
  /** The label's estimated horizontal extent, for the line that ties it to its event. */
  from: number;
  to: number;
}

/** Event lines and their staggered labels; `labelWidth` estimates a label's width in pixels. */
export function eventMarks(
  events: readonly TimelineEvent[],
  x: ScaleLinear<number, number>,
  labelWidth: (event: TimelineEvent) => number,
): EventMark[] {
  const right = x.range()[1]!;
  const laneEnds: number[] = [];
  return [...events]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((event) => {
      const at = x(decimalYear(event.date));
      const w = labelWidth(event) + 4;
      const anchor = at + w > right && at - w >= 0 ? 'end' : 'start';
      const [from, to] = anchor === 'start' ? [at, at + w] : [at - w, at];
      return { event, x: at, lane: laneFor(laneEnds, from, to), anchor, from, to };
    });
}
