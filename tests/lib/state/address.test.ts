/**
 * The address without its reader: an address naming no view reads as the default view without
 * loading the snapshot parser, and gives exactly what the parser would; one naming a view waits
 * for the parser and is then read by it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadReader, namesView, readerFor, viewNow, VIEW_PARAMETERS } from '../../../src/lib/state/address';
import { DEFAULT_SNAPSHOT } from '../../../src/lib/state/view-snapshot';
import { readUrl } from '../../../src/lib/state/url';

const known = {
  projects: new Set(['hcmc-metro-line-1', 'bangkok-red-line']),
  options: {
    country: new Set(['KH', 'VN', 'TH']),
    corridor: new Set(['southern-economic-corridor']),
    sector: new Set(['transport']),
    status: new Set(['operational']),
    financier: new Set(['japan-oda']),
    instrument: new Set(['oda-loan']),
  },
};

/** Parameters that are not the view's: a scene link's, the no-WebGL switch, anything at all. */
const otherName = fc
  .oneof(
    fc.constantFrom('deck', 'scene', 'webgl', '__proto__', 'Country', 'LANG', ''),
    fc.string({ maxLength: 8 }),
  )
  .filter((name) => !(VIEW_PARAMETERS as readonly string[]).includes(name));
const anyName = fc.oneof(otherName, fc.constantFrom(...VIEW_PARAMETERS));
const value = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('KH', 'ja', 'large', 'local', '2015-2020'),
);
const search = (name: fc.Arbitrary<string>) =>
  fc.array(fc.tuple(name, value), { maxLength: 6 }).map((pairs) => `?${new URLSearchParams(pairs)}`);

describe('an address naming no view', () => {
  it('is told apart by its parameters alone, whatever their values', () => {
    expect(namesView('')).toBe(false);
    expect(namesView('?deck=default&scene=3')).toBe(false);
    expect(namesView('?webgl=0')).toBe(false);
    for (const name of VIEW_PARAMETERS) {
      expect(namesView(`?${name}=`)).toBe(true);
      expect(namesView(`?deck=default&${name}=${'x'.repeat(300)}`)).toBe(true);
    }
  });

  it('reads as the default view at once, before the reader is loaded', async () => {
    expect(viewNow('?deck=default&scene=3', known)).toEqual(DEFAULT_SNAPSHOT);
    expect(viewNow('?country=KH', known)).toBeNull();
    await expect(readerFor('?deck=default')).resolves.toBeUndefined();
    expect(viewNow('?country=KH', known)).toBeNull();
  });

  it('reads as exactly what the snapshot parser reads it as', () => {
    fc.assert(
      fc.property(search(anyName), (address) => {
        if (!namesView(address)) expect(readUrl(address, known)).toEqual(DEFAULT_SNAPSHOT);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(search(otherName), (address) => {
        expect(namesView(address)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('an address naming a view', () => {
  it('is read by the snapshot parser once the reader is in', async () => {
    await readerFor('?country=KH&lang=ja');
    expect(viewNow('?country=KH&lang=ja', known)).toEqual(readUrl('?country=KH&lang=ja', known));
    expect(viewNow('?country=KH&lang=ja', known)?.filters.country).toEqual(['KH']);
    expect(await loadReader()).toBe(await loadReader());
  });
});
