import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../../src/lib/state/view.svelte';
import { NO_FILTERS } from '../../../src/lib/data/filter';

const known = {
  projects: new Set(['hcmc-metro-line-1']),
  options: {
    country: new Set(['KH']),
    corridor: new Set<string>(),
    sector: new Set<string>(),
    status: new Set<string>(),
    financier: new Set(['jbic']),
    instrument: new Set<string>(),
  },
};
const none = NO_FILTERS;

describe('parseSnapshot', () => {
  it('reads a well-formed snapshot', () => {
    const input = {
      locale: 'ja',
      project: 'hcmc-metro-line-1',
      camera: { center: [106.7, 10.8], zoom: 11 },
      filters: { ...none, country: ['KH'], financier: ['jbic'], years: { from: 2012, to: null } },
      query: 'metro',
      panels: { fundingBy: 'instrument', currency: 'USD', trade: 'fdi' },
    };
    expect(parseSnapshot(input, known)).toEqual(input);
  });

  it.each([
    ['not an object', 'project=x'],
    ['null', null],
    ['an unknown project', { project: 'no-such-project' }],
    ['a hostile project id', { project: '<img src=x onerror=alert(1)>' }],
    ['an unknown locale', { locale: 'xx' }],
    ['a camera off the globe', { camera: { center: [500, 10], zoom: 5 } }],
    ['a camera with NaN', { camera: { center: [Number.NaN, 10], zoom: 5 } }],
    ['a zoom out of range', { camera: { center: [100, 10], zoom: 99 } }],
    ['filters that are not lists', { filters: { country: 'KH' } }],
    ['unknown filter values', { filters: { country: ['FR', 42] } }],
    ['years that are not whole numbers', { filters: { years: { from: 2012.5, to: '2020' } } }],
    ['a reversed year range', { filters: { years: { from: 2020, to: 2010 } } }],
  ])('falls back to the defaults for %s', (_, input) => {
    const snapshot = parseSnapshot(input, known);
    expect(snapshot.project).toBeNull();
    expect(snapshot.locale).toBe('en');
    expect(snapshot.camera).toBeNull();
    expect(snapshot.filters).toEqual(none);
  });
});
