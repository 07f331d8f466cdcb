/** The shipped statuses are recent enough to trust, or say why they cannot be. */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadAtlas } from '../../src/lib/data/read-geodata';
import { latestDay, monthsBefore, staleWithoutReason } from '../../src/lib/data/stale';

const atlas = loadAtlas(fileURLToPath(new URL('../..', import.meta.url)));

/** A status last confirmed more than this many months before the data's as-of date is stale. */
const THRESHOLD_MONTHS = 18;

/**
 * Projects whose status is stale and for which no source read gives a reason. They are
 * listed here, not given an invented reason; the re-verification of every project against
 * primary sources (issue 9, item 1) will confirm each status afresh or record a sourced
 * reason, and must then remove the project from this list.
 */
const AWAITING_REVERIFICATION = ['rojana-rayong-2', 'tay-ninh-solar', 'vientiane-airport-capacity'];

describe('how current the statuses are', () => {
  const stale = staleWithoutReason(atlas.projects, atlas.meta.asOf, THRESHOLD_MONTHS);

  it(`confirms every status within ${THRESHOLD_MONTHS} months of the as-of date, or records a sourced reason`, () => {
    expect(stale.filter((id) => !AWAITING_REVERIFICATION.includes(id))).toEqual([]);
  });

  it('lists as awaiting re-verification only projects that still are, so the list only shrinks', () => {
    expect(AWAITING_REVERIFICATION.filter((id) => !stale.includes(id))).toEqual([]);
  });

  it('gives a reason only where the status is actually old', () => {
    const cutoff = monthsBefore(atlas.meta.asOf, THRESHOLD_MONTHS);
    const needless = atlas.projects.filter(
      (p) => p.status.staleReason && latestDay(p.status.confirmed) >= cutoff,
    );
    expect(needless.map((p) => p.id)).toEqual([]);
  });
});
