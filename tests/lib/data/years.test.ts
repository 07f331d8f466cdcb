import { describe, expect, it } from 'vitest';
import { decimalYear, yearSpan } from '../../../src/lib/data/years';

describe('decimalYear', () => {
  it('converts dates to fractional years at the precision given', () => {
    expect(decimalYear('2018')).toBe(2018.5);
    expect(decimalYear('2018-10')).toBeCloseTo(2018 + 9.5 / 12);
    expect(decimalYear('2008-12-01')).toBeCloseTo(2008 + 335.5 / 366);
  });
});

describe('yearSpan', () => {
  it('lists every year from the first to the last, so that unstated years show as gaps', () => {
    expect(yearSpan([2014, 2011, 2012])).toEqual([2011, 2012, 2013, 2014]);
    expect(yearSpan([2012])).toEqual([2012]);
    expect(yearSpan([])).toEqual([]);
  });
});
