import type { Page, Route } from '@playwright/test';
import { expect, mapIdle, test } from './helpers';

// These tests look at the first frame itself, before the app replaces it.
test.use({ appStarts: false });

/**
 * The page's first frame comes from index.html itself, drawn before the app's script and its
 * data have arrived: the app's header and the side panel's first line, in the link's language and
 * type size. The app then replaces it, and every text box of the frame is where the app draws the
 * same text: nothing on the page moves. Here the data file is held back, so the frame is measured
 * while it shows, and the app at the moment it has replaced it.
 */

/** The text the frame and the app both show, each box named by what it is. */
const BOXES: Record<string, string> = {
  title: '.top h1',
  subtitle: '.top .subtitle',
  search: '.top input[type="search"]',
  toolsToggle: '.top .tools-toggle',
  tools: '.top .tools > *',
  loading: '.map-area > .loading',
  hint: '.side > .hint',
};

type Boxes = Record<string, string[]>;

/** The boxes inside `root` (a selector), as "x y width height" rounded to a tenth of a pixel. */
function boxesIn(page: Page, root: string) {
  return page.evaluate(
    ({ root, boxes }) => {
      const container = [...document.querySelectorAll(root)].find((el) => el.getClientRects().length > 0);
      if (!container) return null;
      const out: Record<string, string[]> = {};
      for (const [name, selector] of Object.entries(boxes)) {
        out[name] = [...container.querySelectorAll(selector)]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0 && r.height > 0)
          .map((r) => [r.x, r.y, r.width, r.height].map((v) => v.toFixed(1)).join(' '));
      }
      return out;
    },
    { root, boxes: BOXES },
  );
}

/** Holds the requests for `pattern` (the page's or its map worker's) until `release` is called. */
async function hold(page: Page, pattern: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.context().route(pattern, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The first frame's boxes, then the app's in the first animation frame after it has mounted. */
async function frameAndApp(page: Page, address: string) {
  const release = await hold(page, '**/data/atlas.json');
  // A first visit's map starts beside the data; were it loaded before the app took over, the app
  // would show the map and not the frame's "loading" line in its place (App.svelte), depending on
  // timing. Its project tiles are held until the app's boxes are measured, so both show the line.
  const releaseMap = await hold(page, '**/data/tiles/**');
  await page.addInitScript(() => {
    type Rect = { x: number; y: number; width: number; height: number };
    type Source = { node: Node | null; previousRect: Rect; currentRect: Rect };
    const w = window as unknown as { __shift: number; __moved: string[] };
    w.__shift = 0;
    w.__moved = [];
    const rect = (r: Rect) => [r.x, r.y, r.width, r.height].map((v) => Math.round(v)).join(' ');
    const name = (node: Node | null) =>
      node instanceof Element
        ? `${node.tagName.toLowerCase()}${node.className && typeof node.className === 'string' ? '.' + node.className.trim().split(/\s+/).join('.') : ''}`
        : String(node?.nodeName);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: Source[] })[]) {
        w.__shift += entry.value;
        for (const source of entry.sources)
          w.__moved.push(
            `${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${name(source.node)} ${rect(source.previousRect)} → ${rect(source.currentRect)}`,
          );
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(address);
  const frame = page.locator('.first-frame').filter({ visible: true });
  await expect(frame).toHaveCount(1);
  // The app's script is in (it has started the data's fetch) and the fonts it asked for are drawn.
  await expect(page.locator('#app > .boot-status')).toHaveCount(1);
  await page.evaluate(() => document.fonts.ready);
  const before = (await boxesIn(page, '.first-frame')) as Boxes;
  const shown = {
    title: await frame.locator('h1').textContent(),
    hint: await frame.locator('.side > .hint').textContent(),
  };
  release();
  const after = (await (
    await page.waitForFunction(
      ({ boxes }) => {
        const layout = document.querySelector('#app > .layout');
        if (!layout || document.querySelector('.first-frame')) return null;
        const out: Record<string, string[]> = {};
        for (const [name, selector] of Object.entries(boxes))
          out[name] = [...layout.querySelectorAll(selector)]
            .map((el) => el.getBoundingClientRect())
            .filter((r) => r.width > 0 && r.height > 0)
            .map((r) => [r.x, r.y, r.width, r.height].map((v) => v.toFixed(1)).join(' '));
        return out;
      },
      { boxes: BOXES },
      { polling: 'raf' },
    )
  ).jsonValue()) as Boxes;
  // What moved from the first paint until two frames after the app has taken over.
  const { shift, moved } = await page.evaluate(
    () =>
      new Promise<{ shift: number; moved: string[] }>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const w = window as unknown as { __shift: number; __moved: string[] };
            resolve({ shift: w.__shift, moved: w.__moved });
          }),
        ),
      ),
  );
  releaseMap();
  return { before, after, shown, shift, moved };
}

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
];

for (const size of SIZES)
  for (const lang of ['en', 'ja'] as const)
    test(`at ${size.width}×${size.height} in ${lang}, the app draws its text where the first frame drew it`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      const { before, after, shown, shift, moved } = await frameAndApp(
        page,
        lang === 'ja' ? './?lang=ja' : './',
      );
      test.info().annotations.push({ type: 'layout shift', description: moved.join('; ') || 'none' });
      // The frame is in the link's language from its first paint.
      expect(shown.title).toBe(
        lang === 'ja' ? 'メコン・日本 連結性アトラス' : 'Mekong–Japan Connectivity Atlas',
      );
      expect(shown.hint).toBe(
        lang === 'ja'
          ? '地図上のプロジェクトを選ぶと、わかっていることが表示されます。'
          : 'Select a project on the map to see what is known about it.',
      );
      expect(before.title, 'the frame shows the title').toHaveLength(1);
      expect(before.loading, 'the frame shows "loading"').toHaveLength(1);
      expect(before.hint, 'the frame shows the panel’s first line').toHaveLength(1);
      expect(after).toEqual(before);
      expect(
        shift,
        `layout shift from the first paint until the app is in: ${moved.join('; ')}`,
      ).toBeLessThan(0.001);
    });

test('large type from the link is the first frame’s type size too', async ({ page }) => {
  await page.setViewportSize({ width: 1350, height: 940 });
  const { before, after, shift } = await frameAndApp(page, './?text=large');
  expect(after).toEqual(before);
  expect(shift).toBeLessThan(0.001);
  const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(size).toBe('20px');
});

test('a briefing’s link opens on the map alone, without the header and panel first', async ({ page }) => {
  await page.setViewportSize({ width: 1350, height: 940 });
  const release = await hold(page, '**/data/atlas.json');
  await page.goto('./?deck=default&scene=1');
  const frame = page.locator('.first-frame').filter({ visible: true });
  await expect(frame.locator('.map-area > .loading')).toBeVisible();
  await expect(frame.locator('.top')).toBeHidden();
  await expect(frame.locator('.side')).toBeHidden();
  release();
  await expect(page.locator('.first-frame')).toHaveCount(0);
});

test('once the app is in, the frame is gone: one header, one heading, one search', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page);
  await expect(page.locator('.first-frame')).toHaveCount(0);
  await expect(page.locator('header')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('input[type="search"]')).toHaveCount(1);
});
