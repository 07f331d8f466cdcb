import { describe, expect, it } from 'vitest';
import { timelineLayout } from '../../../src/lib/charts/timeline';
import type { Milestone } from '../../../src/lib/data/schema';

const milestone = (date: string, kind: Milestone['kind'] = 'other'): Milestone => ({
  date,
  kind,
  label: { en: kind },
  refs: [{ source: 's' }],
});

describe('timelineLayout', () => {
  it('places milestones by date on whole-year bounds, in date order', () => {
    const { x, marks } = timelineLayout([milestone('2012-03-30'), milestone('2007-03')], 500);
    expect(x.domain()).toEqual([2007, 2013]);
    expect(marks.map((m) => m.milestone.date)).toEqual(['2007-03', '2012-03-30']);
    expect(marks[0]!.x).toBeLessThan(marks[1]!.x);
  });

  it('groups kinds into agreements, construction, openings and the rest', () => {
    const { marks } = timelineLayout(
      [
        milestone('2010', 'loan-agreement'),
        milestone('2012', 'construction-start'),
        milestone('2020', 'opening'),
      ],
      300,
    );
    expect(marks.map((m) => m.group)).toEqual(['agreement', 'construction', 'opening']);
  });

  it('stacks marks that would overlap, and only those', () => {
    const { marks, rows } = timelineLayout(
      [milestone('2023-12'), milestone('2023-12-16'), milestone('2007')],
      300,
    );
    expect(marks.map((m) => m.row)).toEqual([0, 0, 1]);
    expect(rows).toBe(2);
  });

  it('gives a one-year span to milestones in a single year', () => {
    const { x } = timelineLayout([milestone('2020-11')], 200);
    expect(x.domain()).toEqual([2020, 2021]);
  });
});
