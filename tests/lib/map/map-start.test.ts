import { describe, expect, it } from 'vitest';
import { expectedMapArea, fitPadding, startsBeforeData } from '../../../src/lib/map/map-start';

const canDraw = () => true;

describe('the map started before the data', () => {
  it('starts for an address that names no view: a first visit', () => {
    expect(startsBeforeData('', null, canDraw)).toBe(true);
    expect(startsBeforeData('?', null, canDraw)).toBe(true);
  });

  it('waits for the app on an address naming a view or a scene, whose map needs the data', () => {
    for (const search of ['?country=KH', '?project=hcmc-metro-line-1', '?year=2010', '?lang=ja', '?map=1'])
      expect(startsBeforeData(search, null, canDraw), search).toBe(false);
    expect(startsBeforeData('?deck=briefing&scene=2', null, canDraw)).toBe(false);
  });

  it('waits on a basemap given by address, or in a browser that cannot draw the map', () => {
    expect(startsBeforeData('', 'https://tiles.example.org/style.json', canDraw)).toBe(false);
    expect(startsBeforeData('?webgl=0', null, (search) => !search.includes('webgl=0'))).toBe(false);
  });

  it('makes no test context first: making the map is the test, and ?webgl=0 alone keeps it from starting', () => {
    // No document here: a test context would throw, not answer.
    expect(startsBeforeData('', null)).toBe(true);
    expect(startsBeforeData('?webgl=0', null)).toBe(false);
  });

  it('is made at the size the layout gives the map area: the window less the header and side panel', () => {
    // The side panel is clamp(20rem, 30vw, 36rem) wide: 576 px at 1920, 307 → 320 px at 1024.
    expect(expectedMapArea({ width: 1920, height: 1080 })).toEqual({ width: 1344, height: 1080 - 62.90625 });
    expect(expectedMapArea({ width: 1024, height: 768 }).width).toBe(1024 - 320);
    // A phone: the whole width, less the header and the sheet's 7.5rem peek.
    const phone = expectedMapArea({ width: 390, height: 844 });
    expect(phone.width).toBe(390);
    expect(phone.height).toBeLessThan(844 - 120);
    expect(expectedMapArea({ width: 300, height: 100 }).height).toBe(0);
  });

  it('keeps room around the fitted bounds: 8 % of the smaller side, at most 80 px', () => {
    expect(fitPadding(1344, 1017)).toBe(80);
    expect(fitPadding(390, 650)).toBe(31);
  });
});
