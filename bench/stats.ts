/** Order statistics and the targets, kept pure so the tests can pin them down. */

/** The p-th percentile (0–100) by the nearest-rank method; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** Milliseconds or kilobytes to one decimal, for the table and the JSON. */
export const round1 = (v: number) => Math.round(v * 10) / 10;

/** Seconds per 1,000 projects between each pair of consecutive sizes: equal values mean linear. */
export function perThousand(points: readonly { projects: number; seconds: number }[]): number[] {
  const sorted = [...points].sort((a, b) => a.projects - b.projects);
  return sorted
    .slice(1)
    .map((p, i) => ((p.seconds - sorted[i]!.seconds) / (p.projects - sorted[i]!.projects)) * 1000);
}

/**
 * Linear enough: the cost per added project of the largest step is at most 1.5 times that of
 * the smallest (timings on a shared machine wobble; super-linear growth shows as a factor of 5+).
 */
export function isLinear(points: readonly { projects: number; seconds: number }[]): boolean {
  const slopes = perThousand(points).filter((s) => Number.isFinite(s));
  if (slopes.length < 2) return true;
  return slopes[slopes.length - 1]! <= 1.5 * Math.max(slopes[0]!, 0.01);
}

export interface Verdict {
  target: string;
  met: boolean;
  measured: string;
}

export function verdict(target: string, met: boolean, measured: string): Verdict {
  return { target, met, measured };
}
