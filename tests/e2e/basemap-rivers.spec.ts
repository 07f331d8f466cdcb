/**
 * The rivers at project zoom: Natural Earth's 1:10m rivers from their tiles, fetched only once
 * the view is close enough, drawn thin under the projects so that a city's river is there and the
 * projects stay on top.
 */
import type { Page } from '@playwright/test';
import { expect, mapIdle, renderedProjects, screenshot, test, watchPage } from './helpers';

type MapHandle = {
  getZoom(): number;
  project(p: [number, number]): { x: number; y: number };
  queryRenderedFeatures(
    g: [[number, number], [number, number]] | undefined,
    o: { layers: string[] },
  ): Array<{ properties: { name?: string } }>;
};

/** Names of the rendered 1:10m rivers (all of the view, or within `px` pixels of a place). */
function riversInView(page: Page, near?: { at: [number, number]; px: number }) {
  return page.evaluate((near) => {
    const map = (document.querySelector('.map') as HTMLElement & { maplibreMap: MapHandle }).maplibreMap;
    let box: [[number, number], [number, number]] | undefined;
    if (near) {
      const { x, y } = map.project(near.at);
      box = [
        [x - near.px, y - near.px],
        [x + near.px, y + near.px],
      ];
    }
    const found = map.queryRenderedFeatures(box, { layers: ['basemap-rivers-detail'] });
    return found.map((f) => f.properties.name ?? '');
  }, near);
}

/**
 * Records the river tiles the page asks for, each once: MapLibre asks again for the same tile for
 * every over-zoomed child tile in view, and the browser answers those from its cache.
 */
function riverTiles(page: Page): Set<string> {
  const tiles = new Set<string>();
  page.on('request', (r) => {
    if (r.url().includes('/basemap/rivers/')) tiles.add(new URL(r.url()).pathname);
  });
  return tiles;
}

test.describe('at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the first view fetches no river tile; a city view fetches a few and draws its river', async ({
    page,
    baseURL,
  }) => {
    // Four loads of the map under software WebGL.
    test.setTimeout(240_000);
    const watch = watchPage(page, new URL(baseURL!).origin);
    const tiles = riverTiles(page);
    await page.goto('./');
    await mapIdle(page);
    expect([...tiles]).toEqual([]);
    expect(await riversInView(page)).toEqual([]);

    // Phnom Penh at zoom 10: the Mekong, the Tonle Sap and the Bassac meet at the city.
    await page.goto('./?map=11.57,104.93,10');
    await mapIdle(page);
    await screenshot(page, 'rivers-phnom-penh-z10-1920');
    expect(tiles.size).toBeGreaterThan(0);
    expect(tiles.size).toBeLessThanOrEqual(4);
    const pp = await riversInView(page);
    expect(pp).toContain('Mekong');
    expect(pp).toContain('Tonle Sap');
    // The Mekong runs past the Chroy Changvar peninsula, within a few hundred metres of this point.
    expect(await riversInView(page, { at: [104.94, 11.6], px: 40 })).toContain('Mekong');

    // Vientiane at zoom 11: the Mekong is the border with Thailand in front of the city.
    await page.goto('./?map=17.95,102.6,11');
    await mapIdle(page);
    await screenshot(page, 'rivers-vientiane-z11-1920');
    expect(await riversInView(page)).toContain('Mekong');

    // Ho Chi Minh City at zoom 10: Natural Earth has no Saigon River; the land tiles' water shows it.
    await page.goto('./?map=10.78,106.7,10');
    await mapIdle(page);
    await screenshot(page, 'rivers-hcmc-z10-1920');

    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });

  test('a project view draws the river under the project, which stays rendered', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.goto('./?project=neak-loeung-bridge');
    await mapIdle(page);
    await screenshot(page, 'rivers-neak-loeung-1920');
    // At street zoom the land's water is the river and the 1:10m line (about a kilometre off the
    // banks there) is no longer drawn; closer out it is.
    const zoom = await page.evaluate(() =>
      (document.querySelector('.map') as HTMLElement & { maplibreMap: MapHandle }).maplibreMap.getZoom(),
    );
    expect(zoom).toBeGreaterThanOrEqual(7);
    expect(await riversInView(page)).toEqual(zoom >= 12 ? [] : expect.arrayContaining(['Mekong']));
    expect(await renderedProjects(page)).toContain('neak-loeung-bridge');

    // Out to zoom 10 with the project still selected: the bridge crosses the Mekong.
    await page.evaluate(() =>
      (
        document.querySelector('.map') as HTMLElement & { maplibreMap: { jumpTo(o: object): void } }
      ).maplibreMap.jumpTo({ center: [105.27, 11.26], zoom: 10 }),
    );
    await mapIdle(page);
    await screenshot(page, 'rivers-neak-loeung-z10-1920');
    expect(await riversInView(page)).toContain('Mekong');
    expect(await renderedProjects(page)).toContain('neak-loeung-bridge');
    const order = await page.evaluate(() => {
      const el = document.querySelector('.map') as HTMLElement & {
        maplibreMap: { getStyle(): { layers: { id: string }[] } };
      };
      return el.maplibreMap.getStyle().layers.map((l) => l.id);
    });
    const river = order.indexOf('basemap-rivers-detail');
    const firstProject = order.findIndex((id) => id.startsWith('project-'));
    expect(river).toBeGreaterThanOrEqual(0);
    expect(river).toBeLessThan(firstProject);
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });
});

test.describe('at 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a phone at city zoom draws the rivers and fetches a tile or two per city', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const watch = watchPage(page, new URL(baseURL!).origin);
    const tiles = riverTiles(page);
    for (const [name, view] of [
      ['phnom-penh', '11.57,104.93,11'],
      ['vientiane', '17.95,102.6,11'],
      ['hcmc', '10.78,106.7,11'],
    ] as const) {
      await page.goto(`./?map=${view}`);
      await mapIdle(page);
      await screenshot(page, `rivers-${name}-z11-390`);
    }
    expect(tiles.size).toBeGreaterThan(0);
    expect(tiles.size).toBeLessThanOrEqual(6);
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });
});
