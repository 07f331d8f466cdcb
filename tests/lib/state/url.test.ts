import { describe, expect, it } from 'vitest';
import { nextAddress, readSceneLink, readUrl, writeSceneLink, writeUrl } from '../../../src/lib/state/url';
import { NO_FILTERS } from '../../../src/lib/data/filter';
import { DEFAULT_SNAPSHOT } from '../../../src/lib/state/snapshot';

const known = {
  projects: new Set(['hcmc-metro-line-1', 'bangkok-red-line']),
  options: {
    country: new Set(['KH', 'VN', 'TH']),
    corridor: new Set(['southern-economic-corridor', 'sec-dawei']),
    sector: new Set(['transport', 'energy']),
    status: new Set(['operational']),
    financier: new Set(['japan-oda', 'adb']),
    instrument: new Set(['oda-loan']),
  },
};
const none = NO_FILTERS;
const defaults = DEFAULT_SNAPSHOT;
/** How the app reads the address it is at when working out the next one. */
const read = (search: string) => readUrl(search, known);

describe('the view in the address bar', () => {
  it('round-trips a whole view with readable parameters', () => {
    const view = {
      ...defaults,
      locale: 'ja' as const,
      textSize: 'large' as const,
      localNames: true,
      project: 'hcmc-metro-line-1',
      camera: { center: [106.7, 10.8] as [number, number], zoom: 11 },
      filters: {
        ...none,
        country: ['KH', 'VN'],
        corridor: ['sec-dawei'],
        financier: ['adb'],
        years: { from: 2015, to: 2020 },
      },
      query: 'ben thanh & suối',
      panels: {
        fundingBy: 'country' as const,
        currency: 'USD' as const,
        trade: 'fdi' as const,
        chart: null,
        nearKm: 10,
      },
      year: 2016,
    };
    const search = writeUrl(view);
    expect(search).toBe(
      '?country=KH,VN&corridor=sec-dawei&financier=adb&years=2015-2020&q=ben+thanh+%26+su%E1%BB%91i&project=hcmc-metro-line-1&funding=country&currency=usd&trade=fdi&near=10&year=2016&lang=ja&text=large&names=local&map=10.8000,106.7000,11.00',
    );
    expect(readUrl(search, known)).toEqual(view);
  });

  it('reads local-script names only from names=local, and an old link without them', () => {
    expect(readUrl('?names=local', known).localNames).toBe(true);
    expect(readUrl('?names=yes', known).localNames).toBe(false);
    expect(readUrl('?lang=ja&text=large', known).localNames).toBe(false);
  });

  it('makes turning local-script names on a step the back button undoes', () => {
    expect(nextAddress('', { snapshot: { ...defaults, localNames: true } }, read)).toEqual({
      search: '?names=local',
      step: true,
    });
  });

  it('writes nothing for the default view', () => {
    expect(writeUrl(defaults)).toBe('');
  });

  it('keeps the known values of a filter and drops the rest', () => {
    expect(readUrl('?country=KH,ZZ,KH,<b>&status=operational', known).filters).toEqual({
      ...none,
      country: ['KH'],
      status: ['operational'],
    });
  });

  it.each([
    ['2015-2020', { from: 2015, to: 2020 }],
    ['2015-', { from: 2015, to: null }],
    ['-2020', { from: null, to: 2020 }],
    ['2012', { from: 2012, to: 2012 }],
  ])('reads the milestone years %s and writes them back the same', (years, range) => {
    expect(readUrl(`?years=${years}`, known).filters.years).toEqual(range);
    expect(writeUrl({ ...defaults, filters: { ...none, years: range } })).toBe(`?years=${years}`);
  });

  it.each([
    ['an unknown project', '?project=atlantis'],
    ['script in a parameter', '?project=%3Cscript%3Ealert(1)%3C/script%3E&lang=%22%3E'],
    ['a malformed camera', '?map=abc,1'],
    ['a camera off the globe', '?map=95,400,5'],
    ['an absurdly long value', `?project=${'a'.repeat(5000)}&country=${'KH,'.repeat(2000)}`],
    ['unknown filter values', '?country=FR&sector=mining'],
    ['unknown panel choices', '?funding=planet&currency=btc&trade=x'],
    ['malformed years', '?years=20152020'],
    ['years that are not years', '?years=abcd-efgh'],
    ['a reversed year range', '?years=2020-2015'],
    ['years out of any plausible range', '?years=0001-9999'],
  ])('ignores %s and keeps the defaults', (_, search) => {
    expect(readUrl(search, known)).toEqual(defaults);
  });
});

describe('a scene in the address bar', () => {
  it('reads ?deck=default&scene=3 as the third scene of the default deck', () => {
    expect(readSceneLink('?deck=default&scene=3')).toEqual({ deck: 'default', scene: 2 });
    expect(readSceneLink('?deck=default')).toEqual({ deck: 'default', scene: 0 });
  });

  it('writes a scene link back the same, keeping the language', () => {
    expect(writeSceneLink({ deck: 'default', scene: 2 }, 'en')).toBe('?deck=default&scene=3');
    expect(writeSceneLink({ deck: 'default', scene: 0 }, 'ja')).toBe('?deck=default&scene=1&lang=ja');
    expect(writeSceneLink({ deck: 'default', scene: 0 }, 'en', 'large')).toBe(
      '?deck=default&scene=1&text=large',
    );
    expect(readUrl('?deck=default&scene=1&text=large', known).textSize).toBe('large');
  });

  it.each([
    ['no deck', '?scene=2', null],
    ['a hostile deck id', '?deck=%3Cscript%3E', null],
    ['a scene that is not a number', '?deck=default&scene=two', { deck: 'default', scene: 0 }],
    ['a scene below one', '?deck=default&scene=0', { deck: 'default', scene: 0 }],
  ])('ignores %s', (_, search, expected) => {
    expect(readSceneLink(search)).toEqual(expected);
  });
});

describe('nextAddress', () => {
  const at = (search: string) => readUrl(search, known);

  it('is a step back can undo when a filter, project, year, language or type size changes', () => {
    for (const change of [
      { filters: { ...none, country: ['KH'] } },
      { project: 'bangkok-red-line' },
      { year: 2012 },
      { locale: 'ja' as const },
      { textSize: 'large' as const },
    ])
      expect(nextAddress('', { snapshot: { ...defaults, ...change } }, read)?.step).toBe(true);
  });

  it('only updates the link when the map moves', () => {
    const moved = { ...at('?country=KH'), camera: { center: [104.9, 11.5] as [number, number], zoom: 7 } };
    expect(nextAddress('?country=KH', { snapshot: moved }, read)).toEqual({
      search: '?country=KH&map=11.5000,104.9000,7.00',
      step: false,
    });
  });

  it('is nothing when the address already says it', () => {
    expect(nextAddress('?country=KH', { snapshot: at('?country=KH') }, read)).toBeNull();
  });

  it('makes every scene change, and leaving a deck, a step', () => {
    expect(
      nextAddress('?deck=default&scene=1', { scene: { deck: 'default', scene: 1 }, locale: 'en' }, read),
    ).toEqual({
      search: '?deck=default&scene=2',
      step: true,
    });
    expect(nextAddress('?deck=default&scene=2', { snapshot: defaults }, read)).toEqual({
      search: '',
      step: true,
    });
  });
});
