/**
 * The basemap at project zoom: detailed land and shore from the land tiles, fetched only when a
 * project view needs them, so a port stands on the shore and a river city's river is there.
 */
import type { Page } from '@playwright/test';
import { expect, mapIdle, screenshot, test, watchPage } from './helpers';

test.use({ viewport: { width: 1920, height: 1080 } });

type MapHandle = {
  project(p: [number, number]): { x: number; y: number };
  queryRenderedFeatures(
    g: [[number, number], [number, number]] | undefined,
    o: { layers: string[] },
  ): unknown[];
};

/** Rendered features of the detailed land within `px` pixels of a place. */
function landNear(page: Page, at: [number, number], px: number) {
  return page.evaluate(
    ([lon, lat, px]) => {
      const el = document.querySelector('.map') as HTMLElement & { maplibreMap: MapHandle };
      const { x, y } = el.maplibreMap.project([lon!, lat!]);
      return el.maplibreMap.queryRenderedFeatures(
        [
          [x - px!, y - px!],
          [x + px!, y + px!],
        ],
        { layers: ['basemap-land'] },
      ).length;
    },
    [...at, px],
  );
}

test('the overview loads no land tiles; a project view loads a few and draws the shore', async ({
  page,
  baseURL,
}) => {
  // Four loads of the map under software WebGL.
  test.setTimeout(240_000);
  const watch = watchPage(page, new URL(baseURL!).origin);
  const tiles: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/basemap/land/')) tiles.push(r.url());
  });
  await page.goto('./');
  await mapIdle(page);
  expect(tiles).toEqual([]);

  // Sihanoukville: the container terminal at zoom 13.
  await page.goto('./?map=10.6455,103.497,13');
  await mapIdle(page);
  await screenshot(page, 'basemap-sihanoukville-z13');
  expect(tiles.length).toBeGreaterThan(0);
  expect(tiles.length).toBeLessThanOrEqual(12);
  // At zoom 13 here a pixel is about 9.4 m: 30 px is about 300 m from the terminal's point
  // (the new terminal is built out on reclaimed land the shore data does not have yet).
  expect(await landNear(page, [103.497, 10.6455], 30)).toBeGreaterThan(0);
  // The sea west of the port is sea.
  expect(await landNear(page, [103.44, 10.6455], 3)).toBe(0);

  // Phnom Penh: the Mekong and the Tonle Sap meet at the city; the river is water on the land.
  await page.goto('./?map=11.57,104.93,12');
  await mapIdle(page);
  expect(await landNear(page, [104.92, 11.556], 3)).toBeGreaterThan(0);
  await screenshot(page, 'basemap-phnom-penh-z12');

  // Bangkok and the Chao Phraya at zoom 11.
  await page.goto('./?map=13.75,100.52,11');
  await mapIdle(page);
  await screenshot(page, 'basemap-bangkok-z11');

  expect(watch.errors).toEqual([]);
  expect(watch.foreign).toEqual([]);
});
