import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const SCREENSHOTS = 'tests/screenshots';

/** What a watched page did that a working atlas never does. */
export interface Watched {
  /** Requests that left the page's origin (the atlas works offline). */
  foreign: string[];
  /** Page errors, console errors and failed responses. */
  errors: string[];
}

/** Records every request that leaves the page's origin, and every page error, into `into`. */
export function watchPage(page: Page, origin: string, into: Watched = { foreign: [], errors: [] }): Watched {
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) into.foreign.push(url);
  });
  page.on('pageerror', (error) => into.errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) into.errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') into.errors.push(message.text());
  });
  return into;
}

/**
 * The browser tests' fixtures.
 *
 * `cspViolations` runs with every test: the Content-Security-Policy violations of every page of
 * the test's context are collected, and any one fails the test. (A worker the app starts from
 * its own file runs under that file's policy, and the preview server sends none; a worker the
 * policy refuses is reported in the page that started it.) A test that provokes one on purpose
 * reads `cspViolations` and empties it.
 *
 * `watched`, for a test that asks for it: every page of the test's context is watched for page
 * errors, console errors, failed responses and requests that leave the origin, and any one fails
 * the test when it ends. A test that provokes one on purpose removes it from the list.
 */
export const test = base.extend<{ cspViolations: string[]; watched: Watched; appStarts: boolean }>({
  /**
   * Until the app mounts, the page's first frame from index.html holds copies of the header and
   * side panel in both languages (inert, one hidden). A test reads the app's own: `page.goto`
   * returns once the frame is gone, or after 15 s for a page whose app never starts. A spec that
   * looks at the frame itself opts out with `test.use({ appStarts: false })`.
   */
  appStarts: [true, { option: true }],
  page: async ({ page, appStarts }, use) => {
    if (appStarts) {
      const goto = page.goto.bind(page);
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        await page
          .waitForFunction(() => !document.querySelector('#app > .first-frame'), null, { timeout: 15_000 })
          .catch(() => undefined);
        return response;
      };
    }
    await use(page);
  },
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.exposeBinding('__atlasCspViolation', (_source, violation: string) => {
        violations.push(violation);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __atlasCspViolation(v: string): void }).__atlasCspViolation;
          report(
            `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
          );
        });
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  watched: async ({ context, page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const seen: Watched = { foreign: [], errors: [] };
    for (const open of context.pages()) watchPage(open, origin, seen);
    context.on('page', (opened) => watchPage(opened, origin, seen));
    // `page` is asked for so the test's own page is open, and watched, before the test starts.
    void page;
    await use(seen);
    expect(seen.errors, 'page errors, console errors and failed responses').toEqual([]);
    expect(seen.foreign, 'requests that left the origin').toEqual([]);
  },
});
export { expect };

/** Resolves when the map has finished loading and rendering everything in view. */
export async function mapIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const el = document.querySelector('.map') as (HTMLElement & { maplibreMap?: unknown }) | null;
      return !!el?.maplibreMap;
    },
    undefined,
    { timeout: 20_000 },
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const el = document.querySelector('.map') as HTMLElement & {
          maplibreMap: { once(e: string, f: () => void): void; triggerRepaint(): void };
        };
        el.maplibreMap.once('idle', () => resolve());
        el.maplibreMap.triggerRepaint();
      }),
  );
}

/**
 * Waits until an element has stopped moving, e.g. a sheet that animates its height: a click
 * aimed at a control on it while it moves can land on what lies beneath.
 */
export async function settled(locator: Locator): Promise<void> {
  let last = '';
  await expect
    .poll(
      async () => {
        const box = JSON.stringify(await locator.boundingBox());
        const still = box === last;
        last = box;
        return still;
      },
      { intervals: [150] },
    )
    .toBe(true);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/** The projects the map draws now, by id, read from the rendered project layers. */
export async function renderedProjects(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const el = document.querySelector('.map') as HTMLElement & {
      maplibreMap: {
        getStyle(): { layers: { id: string }[] };
        queryRenderedFeatures(o: { layers: string[] }): { properties: { project: string } }[];
      };
    };
    const map = el.maplibreMap;
    const layers = map
      .getStyle()
      .layers.map((l) => l.id)
      .filter((id) => id.startsWith('project-'));
    return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => f.properties.project))].sort();
  });
}

/** A feature-state flag (selected, highlighted, hovered) of every feature of one project. */
export async function projectState(page: Page, project: string, key: string): Promise<boolean[]> {
  return page.evaluate(
    ([project, key]) => {
      const el = document.querySelector('.map') as HTMLElement & {
        maplibreMap: {
          querySourceFeatures(
            s: string,
            o: { sourceLayer: string },
          ): { id: number; properties: { project: string } }[];
          getFeatureState(f: { source: string; sourceLayer: string; id: number }): Record<string, unknown>;
        };
      };
      const map = el.maplibreMap;
      // The project tiles' one layer (project-tiles.ts).
      const feature = { source: 'projects', sourceLayer: 'parts' };
      const ids = new Set(
        map
          .querySourceFeatures(feature.source, feature)
          .filter((f) => f.properties.project === project)
          .map((f) => f.id),
      );
      return [...ids].map((id) => map.getFeatureState({ ...feature, id })[key] === true);
    },
    [project, key] as const,
  );
}
