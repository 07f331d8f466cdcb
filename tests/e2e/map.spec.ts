import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, mapIdle, renderedProjects, screenshot, test, watchPage } from './helpers';

const contract = JSON.parse(readFileSync('dist/data/projects.geojson', 'utf8')) as {
  features: {
    properties: { project: string; partKind: string };
    geometry: { type: string; coordinates: unknown };
  }[];
};
const locatedIds = [...new Set(contract.features.map((f) => f.properties.project))].sort();

/** The tile sets the map reads beside its basemap, by folder. */
const MAP_FILES = ['data/tiles/project-labels/', 'data/tiles/projects/'];
/** How long atlas.json is held at most: it is released then anyway, and the test fails saying why. */
const HOLD_CAP_MS = 20_000;

/**
 * Watches the requests for the map's files (its worker fetches them; the context sees its
 * requests too): `requested` resolves once each has been asked for; `beforeData` lists those
 * asked for before `dataReleased` was called, `all` every one.
 */
function watchMapFiles(page: Page) {
  const seen = new Set<string>();
  const early = new Set<string>();
  let released = false;
  let done!: () => void;
  const requested = new Promise<void>((resolve) => (done = resolve));
  page.context().on('request', (request) => {
    const path = new URL(request.url()).pathname;
    const file = MAP_FILES.find((name) => path.includes(`/${name}`));
    if (!file) return;
    seen.add(file);
    if (!released) early.add(file);
    if (MAP_FILES.every((name) => seen.has(name))) done();
  });
  return {
    requested,
    dataReleased: () => void (released = true),
    beforeData: () => [...early].sort(),
    all: () => [...seen].sort(),
  };
}

/**
 * Holds data/atlas.json until `until` resolves, or for HOLD_CAP_MS at most. `released` resolves
 * with "in time", or with what happened instead; `onRelease` runs just before it is let through.
 */
async function holdAtlasUntil(page: Page, until: Promise<unknown>, onRelease: () => void) {
  let outcome!: (why: string) => void;
  const released = new Promise<string>((resolve) => (outcome = resolve));
  await page.route('**/data/atlas.json', async (route) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const capped = new Promise<string>((resolve) => {
      timer = setTimeout(
        () => resolve(`released after ${HOLD_CAP_MS / 1000} s, what it waited for had not happened`),
        HOLD_CAP_MS,
      );
    });
    const why = await Promise.race([until.then(() => 'in time'), capped]);
    clearTimeout(timer);
    onRelease();
    outcome(why);
    await route.continue();
  });
  return { released };
}

/**
 * `ran` resolves once the page's script has run its first task (its status line is in #app),
 * with whether a map had been made by then: main.ts makes a first visit's map in that task.
 */
async function whenScriptRan(page: Page) {
  let report!: (mapMade: boolean) => void;
  const ran = new Promise<boolean>((resolve) => (report = resolve));
  await page.exposeBinding('__atlasScriptRan', (_source, mapMade: boolean) => report(mapMade));
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('#app > .boot-status')) return;
      observer.disconnect();
      const w = window as unknown as { __atlasScriptRan(mapMade: boolean): void };
      w.__atlasScriptRan(document.querySelector('.maplibregl-map') !== null);
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  return { ran };
}

test.describe('the map at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('draws every located project, with no page errors and no request outside the origin', async ({
    page,
    baseURL,
  }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.goto('./');
    await mapIdle(page);

    const rendered = await renderedProjects(page);
    expect(rendered).toEqual(locatedIds);

    const basemap = await page.evaluate(() => {
      const el = document.querySelector('.map') as HTMLElement & {
        maplibreMap: {
          getStyle(): { layers: { id: string }[] };
          queryRenderedFeatures(o: { layers: string[] }): unknown[];
        };
      };
      const map = el.maplibreMap;
      const layers = map
        .getStyle()
        .layers.map((l) => l.id)
        .filter((id) => id.startsWith('basemap-'));
      return map.queryRenderedFeatures({ layers }).length;
    });
    expect(basemap).toBeGreaterThan(0);

    const labelled = await page.evaluate(() => {
      const el = document.querySelector('.map') as HTMLElement & {
        maplibreMap: {
          queryRenderedFeatures(o: { layers: string[] }): { properties: { project: string } }[];
        };
      };
      return new Set(
        el.maplibreMap.queryRenderedFeatures({ layers: ['project-labels'] }).map((f) => f.properties.project),
      ).size;
    });
    // Labels give way to each other at the overview zoom, but most projects are named.
    expect(labelled).toBeGreaterThan(locatedIds.length / 2);

    // The basemap and the OpenStreetMap-derived routes are credited on the map itself.
    const credits = page.locator('.maplibregl-ctrl-attrib-inner');
    await expect(credits).toContainText('Natural Earth');
    await expect(credits).toContainText('OpenStreetMap contributors');

    await screenshot(page, 'desktop-overview');
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });

  test('fetches each project tile in view once, and no GeoJSON: the sources declared in the first style are adopted, not loaded again', async ({
    page,
  }) => {
    const fetched: string[] = [];
    // The map's worker fetches the tiles; the context sees its requests too.
    page.context().on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.includes('/data/') && (path.endsWith('.geojson') || path.includes('/data/tiles/')))
        fetched.push(path.slice(path.lastIndexOf('/data/') + 1));
    });
    await page.goto('./');
    await mapIdle(page);
    // The side panel is in too, so anything that would set a source's tiles again has run.
    await expect(page.locator('.side .filters')).toBeVisible();
    await mapIdle(page);
    expect(fetched.filter((f) => f.endsWith('.geojson'))).toEqual([]);
    for (const set of MAP_FILES)
      expect(
        fetched.some((f) => f.startsWith(set)),
        set,
      ).toBe(true);
    expect(fetched.length, 'each tile once').toBe(new Set(fetched).size);
  });

  test('on a first visit the map does not wait for the data: it asks for its files while atlas.json is held', async ({
    page,
  }) => {
    const files = watchMapFiles(page);
    const { ran } = await whenScriptRan(page);
    const { released } = await holdAtlasUntil(page, files.requested, files.dataReleased);
    await page.goto('./');
    expect(await released, 'atlas.json, held until the map had asked for its files').toBe('in time');
    expect(await ran, 'the map made in the script’s first task').toBe(true);
    expect(files.beforeData(), 'the map’s files asked for before the data').toEqual(MAP_FILES);
    await mapIdle(page);
  });

  test('an address naming a view makes its map once the data is in, and asks for none of its files before', async ({
    page,
  }) => {
    const files = watchMapFiles(page);
    const { ran } = await whenScriptRan(page);
    // Held until the script has run the task in which a first visit's map would have been made.
    const { released } = await holdAtlasUntil(page, ran, files.dataReleased);
    await page.goto('./?q=');
    expect(await released, 'atlas.json, held until the script had run').toBe('in time');
    expect(await ran, 'a map made before the data').toBe(false);
    expect(files.beforeData(), 'the map’s files asked for before the data').toEqual([]);
    await mapIdle(page);
    expect(files.all(), 'the map’s files asked for once the data is in').toEqual(MAP_FILES);
  });

  test('on a first visit with late data, the map ends up as a link’s map does', async ({ page }) => {
    // The data arrives once the map has asked for its files: late, for a map that does not wait.
    const files = watchMapFiles(page);
    const { released } = await holdAtlasUntil(page, files.requested, files.dataReleased);
    await page.goto('./');
    await mapIdle(page);
    expect(await released, 'atlas.json, held until the map had asked for its files').toBe('in time');
    const drawn = async () =>
      page.evaluate(() => {
        const map = (
          document.querySelector('.map') as HTMLElement & {
            maplibreMap: {
              getCenter(): { lng: number; lat: number };
              getZoom(): number;
              getCanvas(): HTMLCanvasElement;
              queryRenderedFeatures(o: { layers: string[] }): { properties: { project: string } }[];
            };
          }
        ).maplibreMap;
        const { lng, lat } = map.getCenter();
        const canvas = map.getCanvas();
        return {
          camera: [lng.toFixed(5), lat.toFixed(5), map.getZoom().toFixed(3)],
          size: [canvas.clientWidth, canvas.clientHeight],
          labels: map
            .queryRenderedFeatures({ layers: ['project-labels'] })
            .map((f) => f.properties.project)
            .sort(),
        };
      });
    const first = await drawn();
    expect(first.labels.length).toBeGreaterThan(0);
    // An address naming a view (here an empty search) makes its map when the app mounts.
    await page.goto('./?q=');
    await mapIdle(page);
    expect(await drawn()).toEqual(first);
  });

  test('clicking a project on the map selects it and shows its status and sources', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    const site = contract.features.find(
      (f) => f.properties.project === 'sihanoukville-port-nct' && f.geometry.type === 'Point',
    );
    expect(site, 'the port has a located site').toBeTruthy();
    const point = await page.evaluate((coordinates) => {
      const el = document.querySelector('.map') as HTMLElement & {
        maplibreMap: { project(c: unknown): { x: number; y: number } };
      };
      const { x, y } = el.maplibreMap.project(coordinates);
      const box = el.getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    }, site!.geometry.coordinates);
    await page.mouse.click(point.x, point.y);
    const panel = page.locator('article[aria-labelledby="project-title"]');
    await expect(panel.getByRole('heading', { level: 2 })).toContainText('Sihanoukville');
    await expect(panel).toContainText('Joint Statement of the 12th Mekong-Japan Summit');
    await mapIdle(page);
    await screenshot(page, 'desktop-selected-port');
  });

  test('the project list selects a project from the keyboard and brings it into view', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    for (const [id, title, stations] of [
      ['hcmc-metro-line-1', 'Line 1', 14],
      ['bangkok-red-line', 'Red Line', 10],
    ] as const) {
      const button = page.locator(`button[data-project="${id}"]`);
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('#project-title')).toContainText(title);
      await page.waitForFunction(() => {
        const el = document.querySelector('.map') as HTMLElement & { maplibreMap: { getZoom(): number } };
        return el.maplibreMap.getZoom() > 9;
      });
      await mapIdle(page);
      const rendered = await page.evaluate((project) => {
        const el = document.querySelector('.map') as HTMLElement & {
          maplibreMap: {
            queryRenderedFeatures(o: { layers: string[] }): { properties: { project: string } }[];
          };
        };
        return el.maplibreMap
          .queryRenderedFeatures({ layers: ['project-stations'] })
          .filter((f) => f.properties.project === project).length;
      }, id);
      expect(rendered, `${id} stations in view`).toBeGreaterThanOrEqual(stations);
      await screenshot(page, `desktop-focus-${id}`);
    }
  });

  test('lists funding with no single place apart from projects, with its sources', async ({ page }) => {
    await page.goto('./');
    const loan = page.locator('details[data-programme="covid-loan-myanmar"]');
    await loan.locator(':scope > summary').click();
    await expect(loan).toContainText('approximately 270 million USD');
    await expect(loan).toContainText('Joint Statement of the 12th Mekong-Japan Summit, para. 20');
  });

  test('switches the interface to Japanese', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    await page.getByLabel('Language').selectOption('ja');
    await expect(page.locator('h1')).toHaveText('メコン・日本 連結性アトラス');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await mapIdle(page);
    await screenshot(page, 'desktop-japanese');
  });

  test('offers the project data for download', async ({ page, request }) => {
    await page.goto('./');
    const href = await page.locator('a[download]').getAttribute('href');
    const response = await request.get(href!);
    expect(response.ok()).toBe(true);
    const body = (await response.json()) as typeof contract;
    expect(body.features.length).toBe(contract.features.length);
  });
});

test.describe('the map on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

  test('shows the map and the project list', async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.goto('./');
    await mapIdle(page);
    await expect(page.locator('button[data-project="bangkok-red-line"]')).toBeVisible();
    await screenshot(page, 'phone-overview');
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });
});
