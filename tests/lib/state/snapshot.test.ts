import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SNAPSHOT,
  ViewSpec,
  completeSnapshot,
  readSnapshot,
  toViewSpec,
  unknownValues,
} from '../../../src/lib/state/snapshot';
import { NO_FILTERS } from '../../../src/lib/data/filter';

const known = {
  projects: new Set(['hcmc-metro-line-1', 'bangkok-red-line']),
  options: {
    country: new Set(['KH', 'VN']),
    corridor: new Set(['southern-economic-corridor']),
    sector: new Set<string>(),
    status: new Set<string>(),
    financier: new Set(['jbic']),
    instrument: new Set<string>(),
  },
};

const full = {
  version: 1 as const,
  locale: 'ja' as const,
  textSize: 'large' as const,
  localNames: true,
  project: 'hcmc-metro-line-1',
  camera: { center: [106.7, 10.8] as [number, number], zoom: 11 },
  fit: ['bangkok-red-line'],
  filters: { ...NO_FILTERS, country: ['KH'], financier: ['jbic'], years: { from: 2012, to: null } },
  query: 'metro',
  panels: {
    fundingBy: 'instrument' as const,
    currency: 'USD' as const,
    trade: 'fdi' as const,
    chart: 'trade' as const,
    nearKm: 50 as const,
  },
  year: 2016,
};

describe('readSnapshot (links and other untrusted input)', () => {
  it('reads a well-formed snapshot as it is', () => {
    expect(readSnapshot(full, known)).toEqual(full);
  });

  it.each([
    ['not an object', 'project=x'],
    ['null', null],
    ['a list', [1, 2]],
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
    ['a timeline year out of range', { year: 9999 }],
    ['unknown panel choices', { panels: { fundingBy: 'planet', chart: 'pie' } }],
    ['fit naming only unknown projects', { fit: ['atlantis'] }],
  ])('falls back to the defaults for %s', (_, input) => {
    expect(readSnapshot(input, known)).toEqual(DEFAULT_SNAPSHOT);
  });

  it('keeps each good field when another is bad', () => {
    const snapshot = readSnapshot(
      { ...full, camera: { center: 'x' }, panels: { ...full.panels, currency: 'BTC' } },
      known,
    );
    expect(snapshot.camera).toBeNull();
    expect(snapshot.panels).toEqual({ ...full.panels, currency: 'JPY' });
    expect(snapshot.project).toBe(full.project);
    expect(snapshot.filters).toEqual(full.filters);
  });

  it('drops unknown filter values one by one and keeps the known ones', () => {
    expect(readSnapshot({ filters: { country: ['KH', 'ZZ', 'KH'] } }, known).filters.country).toEqual(['KH']);
  });

  it('cuts an over-long search text rather than refusing it', () => {
    expect(readSnapshot({ query: 'a'.repeat(500) }, known).query).toHaveLength(100);
  });
});

describe('ViewSpec (deck files)', () => {
  it('accepts a partial view and fills in the defaults', () => {
    const spec = ViewSpec.parse({ filters: { corridor: ['southern-economic-corridor'] } });
    expect(completeSnapshot(spec)).toEqual({
      ...DEFAULT_SNAPSHOT,
      filters: { ...NO_FILTERS, corridor: ['southern-economic-corridor'] },
    });
  });

  it('refuses an unknown key, naming it', () => {
    const result = ViewSpec.safeParse({ filter: {} });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('filter');
  });

  it('names the values the atlas does not have', () => {
    expect(unknownValues({ project: 'atlantis', filters: { country: ['KH', 'FR'] } }, known)).toEqual([
      'project: unknown project "atlantis"',
      'filters.country[1]: unknown country "FR"',
    ]);
  });

  it('reads a version 1 view written before the type size existed as normal type', () => {
    const older = { version: 1, locale: 'ja', project: 'hcmc-metro-line-1' };
    expect(completeSnapshot(ViewSpec.parse(older)).textSize).toBe('normal');
    expect(readSnapshot(older, known).textSize).toBe('normal');
  });

  it('reads a view written before local-script names existed without them, and a bad value as without', () => {
    const older = { version: 1, locale: 'ja', textSize: 'large' };
    expect(completeSnapshot(ViewSpec.parse(older)).localNames).toBe(false);
    expect(readSnapshot(older, known).localNames).toBe(false);
    expect(readSnapshot({ localNames: 'yes' }, known).localNames).toBe(false);
    expect(readSnapshot({ localNames: true }, known).localNames).toBe(true);
    expect(ViewSpec.safeParse({ localNames: 'yes' }).success).toBe(false);
  });

  it('falls back to normal type for a type size it does not know', () => {
    expect(readSnapshot({ textSize: 'huge' }, known).textSize).toBe('normal');
    expect(ViewSpec.safeParse({ textSize: 'huge' }).success).toBe(false);
  });

  it("round-trips a view through toViewSpec, leaving out the defaults and the presenter's language, type size and names", () => {
    const spec = toViewSpec(full);
    expect(spec).not.toHaveProperty('locale');
    expect(spec).not.toHaveProperty('textSize');
    expect(spec).not.toHaveProperty('localNames');
    expect(spec).not.toHaveProperty('fit');
    expect(ViewSpec.parse(spec)).toEqual(spec);
    expect(completeSnapshot(spec)).toEqual({
      ...full,
      locale: 'en',
      textSize: 'normal',
      localNames: false,
      fit: null,
    });
    expect(toViewSpec(DEFAULT_SNAPSHOT)).toEqual({ version: 1 });
  });
});
