/**
 * What the benchmark measures in the browser. The app and the floor page both hang their map
 * on the `.map` element as `maplibreMap`, so one script reads both.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';

export const VIEWPORT = { width: 1920, height: 1080 };

type MapHost = HTMLElement & {
  maplibreMap?: {
    on(e: string, f: () => void): void;
    once(e: string, f: () => void): void;
    triggerRepaint(): void;
    getSource(id: string): { setData(d: unknown): void } | undefined;
    isSourceLoaded(id: string): boolean;
    setFilter(layer: string, filter: unknown): void;
  };
};

/**
 * Records, from navigation start, the first map `idle` at which the project source is loaded:
 * the whole map drawn, projects included.
 */
function idleProbe() {
  const w = window as unknown as { __benchIdle?: number };
  const look = () => {
    const map = (document.querySelector('.map') as MapHost | null)?.maplibreMap;
    if (!map) return void requestAnimationFrame(look);
    const onIdle = () => {
      if (w.__benchIdle === undefined && map.getSource('projects') && map.isSourceLoaded('projects'))
        w.__benchIdle = performance.now();
    };
    map.on('idle', onIdle);
  };
  look();
}

/** A fresh context and page with the idle probe, so no run reuses another's cache. */
export async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // tsx keeps function names with a `__name` helper that page-side functions would miss.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await context.addInitScript(idleProbe);
  const page = await context.newPage();
  return { context, page };
}

/** Navigation → map idle with the projects drawn, in ms. */
export async function loadToIdle(browser: Browser, url: string, timeout = 300_000): Promise<number> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __benchIdle?: number }).__benchIdle, undefined, {
      timeout,
      polling: 50,
    });
    return await page.evaluate(() => (window as unknown as { __benchIdle: number }).__benchIdle);
  } finally {
    await context.close();
  }
}

export async function waitIdle(page: Page, timeout = 300_000): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __benchIdle?: number }).__benchIdle, undefined, {
    timeout,
    polling: 50,
  });
}

export interface Settle {
  /** Input → the first frame after the page has handled it (list, charts and map filter set). */
  frame: number;
  /** Input → map idle (the map redrawn with the new filter). */
  idle: number;
}

/** Arms a one-shot timer from the next trusted click's timestamp to the next frame and to map idle. */
function armClickTimer() {
  const w = window as unknown as { __benchSettle?: Promise<{ frame: number; idle: number }> };
  w.__benchSettle = new Promise((resolve) => {
    document.addEventListener(
      'click',
      (event) => {
        const t0 = event.timeStamp;
        requestAnimationFrame(() =>
          setTimeout(() => {
            const frame = performance.now() - t0;
            const map = (document.querySelector('.map') as MapHost).maplibreMap!;
            map.once('idle', () => resolve({ frame, idle: performance.now() - t0 }));
            map.triggerRepaint();
          }),
        );
      },
      { capture: true, once: true },
    );
  });
}

/** Ticks and unticks a filter checkbox `count` times with real clicks, timing each. */
export async function appFilterToggles(page: Page, label: RegExp, count: number): Promise<Settle[]> {
  const box = page.getByRole('checkbox', { name: label }).first();
  const out: Settle[] = [];
  for (let i = 0; i < count; i++) {
    await page.evaluate(armClickTimer);
    await box.click();
    out.push(
      await page.evaluate(
        () =>
          (window as unknown as { __benchSettle: Promise<{ frame: number; idle: number }> }).__benchSettle,
      ),
    );
  }
  return out;
}

/**
 * The floor page doing the same filter change two ways, alternately: a filter expression on its
 * layers, and the naive way, rebuilding the GeoJSON and `setData`. Timed from the call to map idle.
 */
export async function floorFilterToggles(
  page: Page,
  country: string,
  count: number,
): Promise<{ setFilter: number[]; setFilterFrame: number[]; setData: number[] }> {
  return page.evaluate(
    async ([country, count]) => {
      const map = (document.querySelector('.map') as MapHost).maplibreMap!;
      const all = (await (await fetch('data/projects.geojson')).json()) as {
        type: string;
        features: { properties: { countries: string } }[];
      };
      const idle = () =>
        new Promise<void>((resolve) => {
          map.once('idle', () => resolve());
          map.triggerRepaint();
        });
      // The first frame after a change, as the app's P3 "next frame": under software WebGL a
      // frame of the map alone takes this long, which bounds what any page can reach.
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const layers = ['projects-line', 'projects-circle'];
      const kinds = ['LineString', 'Point'];
      const only = ['in', country, ['get', 'countries']];
      const out = { setFilter: [] as number[], setFilterFrame: [] as number[], setData: [] as number[] };
      for (let i = 0; i < count; i++) {
        const on = i % 2 === 0;
        let t0 = performance.now();
        layers.forEach((layer, k) => {
          const kind = ['==', ['geometry-type'], kinds[k]];
          map.setFilter(layer, on ? ['all', kind, only] : kind);
        });
        map.triggerRepaint();
        await frame();
        out.setFilterFrame.push(performance.now() - t0);
        await idle();
        out.setFilter.push(performance.now() - t0);
        layers.forEach((layer, k) => map.setFilter(layer, ['==', ['geometry-type'], kinds[k]]));
        await idle();
        t0 = performance.now();
        const features = on
          ? all.features.filter((f) => f.properties.countries.split(',').includes(country))
          : all.features;
        map.getSource('projects')!.setData({ ...all, features });
        await idle();
        out.setData.push(performance.now() - t0);
      }
      map.getSource('projects')!.setData(all);
      await idle();
      return out;
    },
    [country, count] as const,
  );
}

/**
 * Steps through the briefing with the keyboard, `count` scene changes, and times the first
 * `timed` of them from the key to the first frame after it. Heap is measured after forced GC.
 */
export async function sceneChanges(
  page: Page,
  count: number,
  timed: number,
): Promise<{ frames: number[]; heapBefore: number; heapAfter: number }> {
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const step = (n: number, time: boolean) =>
    page.evaluate(
      async ([n, time]) => {
        const title = () => document.querySelector('.scene-title')?.textContent ?? '';
        const press = (key: string) =>
          window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        const frames: number[] = [];
        for (let i = 0; i < n; i++) {
          const before = title();
          const t0 = performance.now();
          press('ArrowRight');
          await Promise.resolve();
          if (title() === before) press('Home');
          if (time) {
            await frame();
            frames.push(performance.now() - t0);
          } else if (i % 50 === 49) await frame();
        }
        return frames;
      },
      [n, time] as const,
    );
  // Warm-up: caches the first scenes fill are not growth.
  await step(20, false);
  const frames = await step(timed, true);
  const heapBefore = await heap();
  await step(count, false);
  const heapAfter = await heap();
  await cdp.detach();
  return { frames, heapBefore, heapAfter };
}
