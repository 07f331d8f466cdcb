import { describe, expect, it } from 'vitest';
import { isLinear, median, percentile, perThousand } from '../../bench/stats';

describe('percentile', () => {
  it('takes the nearest rank, whatever the order of the values', () => {
    const values = [50, 10, 40, 20, 30, 60, 70, 80, 90, 100];
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(100);
    expect(percentile(values, 10)).toBe(10);
    expect(median([3, 1, 2])).toBe(2);
  });

  it('is NaN for no values', () => {
    expect(percentile([], 95)).toBeNaN();
  });
});

describe('build time growth', () => {
  it('gives the seconds per 1,000 added projects between consecutive sizes', () => {
    const points = [
      { projects: 10_000, seconds: 12 },
      { projects: 1_000, seconds: 3 },
      { projects: 50_000, seconds: 52 },
    ];
    expect(perThousand(points)).toEqual([1, 1]);
    expect(isLinear(points)).toBe(true);
  });

  it('calls growth that speeds up with size not linear', () => {
    expect(
      isLinear([
        { projects: 1_000, seconds: 3 },
        { projects: 10_000, seconds: 12 },
        { projects: 50_000, seconds: 212 },
      ]),
    ).toBe(false);
  });
});
