import { describe, expect, it } from 'vitest';
import {
  axisTicks,
  eventMarks,
  linePaths,
  marks,
  segments,
  tradeScales,
} from '../../../src/lib/charts/trade';
import { decimalYear } from '../../../src/lib/data/years';
import type { Series, SeriesPoint, TimelineEvent } from '../../../src/lib/data/schema';

const refs = [{ source: 'src' }];
const point = (year: number, value: number | null, alternatives: number[] = []): SeriesPoint => ({
  year,
  value,
  asStated: value === null ? 'unknown' : `US$ ${value} billion`,
  refs,
  alternatives: alternatives.map((v) => ({
    value: v,
    asStated: `US$ ${v} billion`,
    refs: [{ source: 'other' }],
  })),
});
const series = (id: string, points: SeriesPoint[]): Series => ({
  id,
  label: { en: id },
  unit: { en: 'USD billion' },
  definition: { en: 'test' },
  points,
});
const event = (id: string, date: string): TimelineEvent => ({ id, date, label: { en: id }, refs });
const frame = { width: 500, height: 220, margin: { top: 20, right: 10, bottom: 20, left: 40 } };

describe('segments', () => {
  it('splits at a missing year and never bridges it', () => {
    const runs = segments([point(2001, 1), point(2002, 2), point(2004, 4)]);
    expect(runs.map((r) => r.map((p) => p.year))).toEqual([[2001, 2002], [2004]]);
  });

  it('treats a null value as a gap and sorts by year', () => {
    const runs = segments([point(2003, 3), point(2001, 1), point(2002, null), point(2004, 4)]);
    expect(runs.map((r) => r.map((p) => p.year))).toEqual([[2001], [2003, 2004]]);
  });

  it('draws a path only for runs of two or more years', () => {
    const { x, y } = tradeScales([], [], frame);
    const paths = linePaths([point(2001, 1), point(2002, 2), point(2004, 4)], x, y);
    expect(paths).toHaveLength(1);
    expect(paths[0]!.match(/[ML]/g)).toEqual(['M', 'L']);
  });
});

describe('tradeScales', () => {
  const s = series('a', [point(2001, 100), point(2012, 262.4, [300])]);

  it('spans the data years and the events, and y from zero past the largest value', () => {
    const { x, y, innerWidth, innerHeight } = tradeScales([s], [event('e', '2015-08-24')], frame);
    expect(x.domain()).toEqual([2001, 2016]);
    expect(x.range()).toEqual([0, 450]);
    expect(innerWidth).toBe(450);
    expect(innerHeight).toBe(180);
    expect(y.domain()[0]).toBe(0);
    expect(y.domain()[1]).toBeGreaterThanOrEqual(300);
    expect(y(0)).toBe(180);
  });

  it('gives whole-year x ticks and y ticks from zero', () => {
    const { x, y } = tradeScales([s], [], frame);
    const ticks = axisTicks(x, y);
    expect(ticks.x.every(Number.isInteger)).toBe(true);
    expect(ticks.x[0]).toBeGreaterThanOrEqual(2001);
    expect(ticks.y[0]).toBe(0);
  });
});

describe('marks', () => {
  it('places main values and hollow alternatives at their year, with their own refs', () => {
    const s = series('fdi', [point(2002, 1.76, [3.1]), point(2003, null)]);
    const { x, y } = tradeScales([s], [], frame);
    const all = marks(s, x, y);
    expect(all.map((m) => [m.year, m.value, m.alternative])).toEqual([
      [2002, 1.76, false],
      [2002, 3.1, true],
    ]);
    expect(all[1]!.x).toBe(all[0]!.x);
    expect(all[1]!.y).toBeLessThan(all[0]!.y);
    expect(all[1]!.refs).toEqual([{ source: 'other' }]);
    expect(all[1]!.asStated).toBe('US$ 3.1 billion');
    expect(new Set(all.map((m) => m.key)).size).toBe(2);
  });
});

describe('events', () => {
  it('positions event lines and staggers labels that would overlap', () => {
    const s = series('a', [point(2000, 1), point(2020, 2)]);
    const events = [event('b', '2015-08-24'), event('a', '2008-12-01'), event('c', '2015-12-01')];
    const { x } = tradeScales([s], events, frame);
    const placed = eventMarks(events, x, () => 60);
    expect(placed.map((e) => e.event.id)).toEqual(['a', 'b', 'c']);
    expect(placed[0]!.x).toBeCloseTo(x(decimalYear('2008-12-01')));
    expect(placed.map((e) => e.lane)).toEqual([0, 0, 1]);
  });

  it('runs a label leftwards near the right edge', () => {
    const s = series('a', [point(2000, 1), point(2020, 2)]);
    const { x } = tradeScales([s], [], frame);
    const [last] = eventMarks([event('z', '2020-11-13')], x, () => 80);
    expect(last!.anchor).toBe('end');
  });
});
