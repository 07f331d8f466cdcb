/** The shipped funding means one thing whichever currency shows it. */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadAtlas } from '../../src/lib/data/read-geodata';
import { GROUPINGS, projectFunding } from '../../src/lib/charts/funding';
import { committedTotals } from '../../src/lib/data/totals';

const atlas = loadAtlas(fileURLToPath(new URL('../..', import.meta.url)));

describe('funding totals in the shipped data', () => {
  it('counts the same tranches in every bar in yen and in dollars, for every grouping', () => {
    for (const grouping of GROUPINGS) {
      const counts = (currency: 'JPY' | 'USD') =>
        projectFunding(atlas.projects, grouping, currency, atlas.rates)
          .bars.map((b) => `${b.key}: ${b.tranches} summed, ${b.notConvertible.length} not convertible`)
          .sort();
      expect(counts('USD'), grouping).toEqual(counts('JPY'));
    }
  });

  it('gives Bago–Kyaikto one yen tranche summed and the two undated ADB tranches as not convertible', () => {
    const bago = atlas.projects.find((p) => p.id === 'bago-kyaikto-highway')!;
    const { japan, cofinance } = committedTotals(bago, atlas.rates);
    expect(japan.summed).toHaveLength(1);
    expect(japan.JPY).toBe(27_779_000_000);
    expect(cofinance.summed).toEqual([]);
    expect(cofinance.notConvertible.map((t) => t.amount?.currency)).toEqual(['USD', 'USD']);
  });
});
