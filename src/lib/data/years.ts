/** Years as the charts and filters use them. Dates are partial: YYYY, YYYY-MM or YYYY-MM-DD. */

/** Plausible years for anything the atlas dates; anything else is noise (a "0000", a 2999). */
export const FIRST_YEAR = 1950;
export const LAST_YEAR = 2100;

/** A date as a fractional year, at the precision the source gave (YYYY → mid-year). */
export function decimalYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return y + 0.5;
  if (d === undefined) return y + (m - 0.5) / 12;
  const start = Date.UTC(y, 0, 1);
  const days = (Date.UTC(y + 1, 0, 1) - start) / 864e5;
  return y + ((Date.UTC(y, m - 1, d) - start) / 864e5 + 0.5) / days;
}

/** Every whole year from the earliest to the latest given, none if none is given. */
export function yearSpan(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const lo = Math.min(...years);
  return Array.from({ length: Math.max(...years) - lo + 1 }, (_, i) => lo + i);
}
