import { describe, expect, it } from 'vitest';
import { latestDay, monthsBefore, staleWithoutReason } from '../../../src/lib/data/stale';

const status = (confirmed: string, staleReason?: string) => ({
  value: 'operational' as const,
  confirmed,
  ...(staleReason ? { staleReason: { en: staleReason } } : {}),
  refs: [{ source: 'operator' }],
});

describe('latestDay', () => {
  it('reads a year or a month as its last day, and keeps a full date', () => {
    expect(latestDay('2020')).toBe('2020-12-31');
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(latestDay('2023-02')).toBe('2023-02-28');
    expect(latestDay('2021-11-15')).toBe('2021-11-15');
  });
});

describe('monthsBefore', () => {
  it('counts back whole months, across years', () => {
    expect(monthsBefore('2026-12-01', 18)).toBe('2025-06-01');
    expect(monthsBefore('2026-03-15', 3)).toBe('2025-12-15');
  });

  it('falls to the last day of a shorter month', () => {
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
  });
});

describe('staleWithoutReason', () => {
  const asOf = '2026-12-01';

  it('names a status confirmed before the cutoff that gives no reason', () => {
    const projects = [
      { id: 'old', status: status('2020-03') },
      { id: 'recent', status: status('2025-07-24') },
    ];
    expect(staleWithoutReason(projects, asOf, 18)).toEqual(['old']);
  });

  it('accepts an old status that records why it is not more recent', () => {
    const projects = [{ id: 'halted', status: status('2021-03', 'Work halted in 2021.') }];
    expect(staleWithoutReason(projects, asOf, 18)).toEqual([]);
  });

  it('gives a month-precision date the whole month', () => {
    // 2025-05 may mean 31 May 2025, still before the cutoff of 1 June 2025.
    expect(staleWithoutReason([{ id: 'may', status: status('2025-05') }], asOf, 18)).toEqual(['may']);
    expect(staleWithoutReason([{ id: 'june', status: status('2025-06') }], asOf, 18)).toEqual([]);
    // A year-only date counts to 31 December.
    expect(staleWithoutReason([{ id: 'year', status: status('2025') }], asOf, 18)).toEqual([]);
  });
});
