/**
 * The real detection, in a Chromium started with WebGL switched off: no context can be made, so a
 * first visit's map (map-start.ts, whose attempt is the test) is not made, nothing of it is left on
 * the page, and the app shows the static overview map instead.
 */
import { readFileSync } from 'node:fs';
import { expect, test, watchPage } from './helpers';

const contract = JSON.parse(readFileSync('dist/data/projects.geojson', 'utf8')) as {
  features: { properties: { project: string } }[];
};
const locatedIds = [...new Set(contract.features.map((f) => f.properties.project))].sort();

test.use({
  launchOptions: {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--no-first-run',
      '--disable-webgl',
      '--disable-3d-apis',
    ],
  },
  viewport: { width: 1280, height: 800 },
});

test('finds no WebGL2, leaves no map behind and shows the static map', async ({ page, baseURL }) => {
  const watch = watchPage(page, new URL(baseURL!).origin);
  await page.goto('./');
  expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2'))).toBeNull();
  await expect(page.locator('.static-note')).toBeVisible();
  await expect
    .poll(() =>
      page
        .locator('.static-map g[data-project]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-project')!).sort()),
    )
    .toEqual(locatedIds);
  await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
  expect(watch.errors).toEqual([]);
});
