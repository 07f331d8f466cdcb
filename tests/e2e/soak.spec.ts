import type { CDPSession, Page } from '@playwright/test';
import { expect, mapIdle, renderedProjects, test } from './helpers';

/** Generous for caches that settle (about 3 MB here), yet any leak of 20 KB a change or more fails it. */
const MAX_GROWTH_MB = 20;
const CHANGES = { filters: 500, scenes: 500 };

test.use({ viewport: { width: 1280, height: 800 } });

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Ticks and unticks the filter checkboxes in turn, `count` changes in all, in the page itself so
 * a change costs what it costs the app; the map gets a frame every 50 changes.
 */
function toggleFilters(page: Page, count: number): Promise<number> {
  return page.evaluate(async (count) => {
    const boxes = [...document.querySelectorAll<HTMLInputElement>('.filters input[type=checkbox]')];
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let changed = 0;
    for (let i = 0; i < count; i++) {
      const box = boxes[i % boxes.length]!;
      const was = box.checked;
      box.click();
      // Svelte applies a change in a microtask; the map draws at the frames below.
      await Promise.resolve().then(() => Promise.resolve());
      if (box.checked !== was) changed++;
      if (i % 50 === 49) await frame();
    }
    // Leave every filter off again.
    for (const box of boxes) if (box.checked) box.click();
    return changed;
  }, count);
}

/** Steps through the briefing, back to the first scene after the last, `count` scene changes in all. */
function stepScenes(page: Page, count: number): Promise<number> {
  return page.evaluate(async (count) => {
    const title = () => document.querySelector('.scene-title')?.textContent ?? '';
    const press = (key: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let changed = 0;
    let before = title();
    for (let i = 0; i < count; i++) {
      press('ArrowRight');
      await Promise.resolve().then(() => Promise.resolve());
      if (title() === before) {
        // The last scene: start again from the first.
        press('Home');
        await Promise.resolve().then(() => Promise.resolve());
      }
      if (title() !== before) changed++;
      before = title();
      if (i % 50 === 49) await frame();
    }
    return changed;
  }, count);
}

test('1,000 filter and scene changes leave no page error and the heap bounded', async ({ page, watched }) => {
  // 1,000 changes take about a minute on a quiet machine, several on a loaded one: the soak is not a timing.
  test.setTimeout(360_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  await mapIdle(page);
  const cdp = await page.context().newCDPSession(page);

  // Warm up, so caches the first changes fill are not counted as growth.
  expect(await toggleFilters(page, 40)).toBe(40);
  await page.getByRole('banner').getByRole('button', { name: 'Present' }).click();
  await expect(page.locator('.scene-title')).toBeVisible();
  await stepScenes(page, 20);
  await page.keyboard.press('Escape');
  await mapIdle(page);
  const before = await heapAfterGc(cdp);

  const started = Date.now();
  expect(await toggleFilters(page, CHANGES.filters)).toBe(CHANGES.filters);
  await mapIdle(page);
  await page.getByRole('banner').getByRole('button', { name: 'Present' }).click();
  expect(await stepScenes(page, CHANGES.scenes)).toBe(CHANGES.scenes);
  await page.keyboard.press('Escape');
  await expect(page.locator('.scene-title')).toHaveCount(0);
  await mapIdle(page);
  const seconds = (Date.now() - started) / 1000;

  const after = await heapAfterGc(cdp);
  const growthMb = (after - before) / 2 ** 20;
  console.log(
    `soak: ${CHANGES.filters} filter and ${CHANGES.scenes} scene changes in ${seconds.toFixed(1)} s; ` +
      `heap ${(before / 2 ** 20).toFixed(1)} → ${(after / 2 ** 20).toFixed(1)} MB (${growthMb >= 0 ? '+' : ''}${growthMb.toFixed(1)} MB)`,
  );
  expect(watched.errors).toEqual([]);
  expect(growthMb).toBeLessThan(MAX_GROWTH_MB);
  // Still answering: the map draws every project again, and a filter still narrows it.
  const all = await renderedProjects(page);
  expect(all.length).toBeGreaterThan(5);
  await page
    .getByRole('checkbox', { name: /Cambodia/ })
    .first()
    .check();
  await mapIdle(page);
  expect((await renderedProjects(page)).length).toBeLessThan(all.length);
});
