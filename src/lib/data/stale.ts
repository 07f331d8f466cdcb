/**
 * Which statuses are too old to stand without a reason. A status confirmed only to a month
 * or a year is given the benefit of the doubt: it counts from the last day it could mean.
 */
import type { ProjectEntry } from './schema';

/** The last calendar day a partial date (YYYY, YYYY-MM or YYYY-MM-DD) can stand for. */
export function latestDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (d !== undefined) return date;
  if (m === undefined) return `${y}-12-31`;
  const last = new Date(Date.UTC(y!, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** The day `months` before `asOf` (YYYY-MM-DD); a day the month lacks falls to its last day. */
export function monthsBefore(asOf: string, months: number): string {
  const [y, m, d] = asOf.split('-').map(Number);
  const first = new Date(Date.UTC(y!, m! - 1 - months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d!, last));
  return first.toISOString().slice(0, 10);
}

/** Ids of projects whose status was last confirmed before the cutoff and gives no reason why. */
export function staleWithoutReason(
  projects: readonly Pick<ProjectEntry, 'id' | 'status'>[],
  asOf: string,
  months: number,
): string[] {
  const cutoff = monthsBefore(asOf, months);
  return projects
    .filter((p) => latestDay(p.status.confirmed) < cutoff && !p.status.staleReason)
    .map((p) => p.id);
}
