/** The shipped statuses are recent enough to trust, or say why they cannot be. */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadAtlas } from '../../src/lib/data/read-geodata';
import { latestDay, monthsBefore, staleWithoutReason } from '../../src/lib/data/stale';

const atlas = loadAtlas(fileURLToPath(new URL('../..', import.meta.url)));

/** A status last confirmed more than this many months before the data's as-of date is stale. */
const THRESHOLD_MONTHS = 18;

describe('how current the statuses are', () => {
  // The re-verification of 2 December 2026 confirmed every status afresh or recorded a sourced
  // reason, so no project is exempt: one added with an old status needs a reason from the start.
  it(`confirms every status within ${THRESHOLD_MONTHS} months of the as-of date, or records a sourced reason`, () => {
    expect(staleWithoutReason(atlas.projects, atlas.meta.asOf, THRESHOLD_MONTHS)).toEqual([]);
  });

  it('gives a reason only where the status is actually old', () => {
    const cutoff = monthsBefore(atlas.meta.asOf, THRESHOLD_MONTHS);
    const needless = atlas.projects.filter(
      (p) => p.status.staleReason && latestDay(p.status.confirmed) >= cutoff,
    );
    expect(needless.map((p) => p.id)).toEqual([]);
  });
});
