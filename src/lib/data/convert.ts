/**
 * Converting amounts between yen and dollars with sourced rates only. A rate applies
 * to the day, month or year it is dated; an amount dated more precisely uses the
 * rate of its month, then of its year. No rate, no conversion: never a guess.
 */
import type { Money, Rate } from './schema';

export type Currency = 'JPY' | 'USD';

/** Each rate by currency and date, the first listed winning; made once per list of rates. */
const byKey = new WeakMap<readonly Rate[], Map<string, Rate>>();
function keyed(rates: readonly Rate[]): Map<string, Rate> {
  let map = byKey.get(rates);
  if (!map) {
    map = new Map();
    for (const rate of rates) {
      const key = `${rate.currency} ${rate.date}`;
      if (!map.has(key)) map.set(key, rate);
    }
    byKey.set(rates, map);
  }
  return map;
}

export function findRate(
  rates: readonly Rate[],
  currency: Money['currency'],
  date: string | null,
): Rate | null {
  if (!date) return null;
  const [y, m, d] = date.split('-');
  const candidates = [d && `${y}-${m}-${d}`, m && `${y}-${m}`, y].filter(Boolean);
  // A lookup, not a scan: the funding chart converts every tranche of every project.
  const map = keyed(rates);
  for (const candidate of candidates) {
    const rate = map.get(`${currency} ${candidate}`);
    if (rate) return rate;
  }
  return null;
}

export interface Converted {
  value: number;
  /** The rate used, or null when the amount was already in the target currency. */
  rate: Rate | null;
}

/** The amount in `target`, or null when no sourced rate covers the agreement date. */
export function convert(
  money: Money,
  target: Currency,
  date: string | null,
  rates: readonly Rate[],
): Converted | null {
  if (money.currency === target) return { value: money.amount, rate: null };
  if (target === 'USD') {
    const rate = findRate(rates, money.currency, date);
    return rate ? { value: money.amount / rate.perUsd, rate } : null;
  }
  // To yen: via dollars, so a non-dollar, non-yen amount needs both rates.
  const toYen = findRate(rates, 'JPY', date);
  if (!toYen) return null;
  if (money.currency === 'USD') return { value: money.amount * toYen.perUsd, rate: toYen };
  const toUsd = findRate(rates, money.currency, date);
  return toUsd ? { value: (money.amount / toUsd.perUsd) * toYen.perUsd, rate: toYen } : null;
}

/**
 * The amount in yen and in dollars, or null when a sourced rate is missing for either. Sums
 * built from this count the same tranches whichever currency they are shown in.
 */
export function inBoth(
  money: Money,
  date: string | null,
  rates: readonly Rate[],
): Record<Currency, Converted> | null {
  const JPY = convert(money, 'JPY', date, rates);
  const USD = convert(money, 'USD', date, rates);
  return JPY && USD ? { JPY, USD } : null;
}
