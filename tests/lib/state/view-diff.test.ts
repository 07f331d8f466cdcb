import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { changedFields, sameValue } from '../../../src/lib/state/view-diff';
import { completeSnapshot } from '../../../src/lib/state/snapshot';
import { ViewState } from '../../../src/lib/state/view.svelte';

describe('sameValue', () => {
  it('compares data by value, not by identity', () => {
    expect(sameValue({ a: [1, 2], b: null }, { a: [1, 2], b: null })).toBe(true);
    expect(sameValue([{ x: 1 }], [{ x: 1 }])).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue(0, -0)).toBe(false);
    expect(sameValue(NaN, NaN)).toBe(true);
  });
});

describe('what a restore has to change', () => {
  const base = completeSnapshot({ version: 1 });

  it('is nothing for a snapshot made afresh with the same values', () => {
    expect(changedFields(base, completeSnapshot({ version: 1 }))).toEqual([]);
  });

  it('names only the fields whose values differ', () => {
    const next = completeSnapshot({
      version: 1,
      filters: { country: ['KH'] },
      camera: { center: [105, 12], zoom: 6 },
    });
    expect(changedFields(base, next)).toEqual(['camera', 'filters']);
    expect(changedFields(next, { ...next, filters: { ...next.filters, country: ['KH'] } })).toEqual([]);
  });
});

describe('ViewState.restore', () => {
  it('keeps the objects on screen when a snapshot brings the same values, and takes those that differ', () => {
    const view = new ViewState();
    const filters = view.filters;
    const panels = view.panels;
    view.restore(completeSnapshot({ version: 1 }));
    flushSync();
    expect(view.filters).toBe(filters);
    expect(view.panels).toBe(panels);
    const next = completeSnapshot({ version: 1, filters: { sector: ['rail'] }, year: 2010 });
    view.restore(next);
    expect(view.filters).toBe(next.filters);
    expect(view.panels).toBe(panels);
    expect(view.year).toBe(2010);
    expect(view.snapshot()).toEqual({ ...next, locale: view.locale });
  });
});
