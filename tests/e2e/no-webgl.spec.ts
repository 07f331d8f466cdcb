/**
 * A machine without WebGL: the app says so plainly and shows the static overview map, on which
 * projects are chosen by mouse or keyboard, the filters apply and an image can still be saved.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, screenshot, test, watchPage } from './helpers';

const contract = JSON.parse(readFileSync('dist/data/projects.geojson', 'utf8')) as {
  features: { properties: { project: string; countries: string } }[];
};
const locatedIds = [...new Set(contract.features.map((f) => f.properties.project))].sort();
const inCambodia = [
  ...new Set(
    contract.features
      .filter((f) => f.properties.countries.split(',').includes('KH'))
      .map((f) => f.properties.project),
  ),
].sort();

/** What a browser with WebGL switched off answers: no context of any WebGL kind. */
async function withoutWebGL(page: Page) {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      kind: string,
      ...rest: unknown[]
    ) {
      if (/webgl/i.test(kind)) return null;
      return (original as (...a: unknown[]) => RenderingContext | null).call(this, kind, ...rest);
    } as typeof original;
  });
}

const marks = (page: Page) =>
  page
    .locator('.static-map g[data-project]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-project')!).sort());

const listed = (page: Page) =>
  page
    .locator('[aria-labelledby="project-list-title"] button[data-project]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-project')!).sort());

test.describe('without WebGL at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('says so, and draws every located project on the static map', async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await withoutWebGL(page);
    await page.goto('./');
    await expect(page.getByRole('status').filter({ hasText: 'needs WebGL2' })).toContainText(
      'static overview map',
    );
    await expect(page.locator('.static-map path').first()).toBeVisible();
    await expect.poll(() => marks(page)).toEqual(locatedIds);
    await expect(page.getByText('Loading the map…')).toHaveCount(0);
    // The basemap is drawn from the same files: land, borders and rivers are there.
    expect(await page.locator('.static-map svg > path').count()).toBeGreaterThan(20);
    await screenshot(page, 'no-webgl-desktop-en');
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });

  test('selects a project by click and by keyboard, and the filters change what the map shows', async ({
    page,
  }) => {
    await withoutWebGL(page);
    await page.goto('./');
    const port = page.getByRole('button', { name: /Sihanoukville/ }).and(page.locator('g[data-project]'));
    await port.click();
    await expect(port).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('[data-panel-heading]')).toContainText('Sihanoukville');
    await expect(page).toHaveURL(/project=sihanoukville-port-nct/);

    const other = page.locator('g[data-project]:not([data-project="sihanoukville-port-nct"])').first();
    const id = await other.getAttribute('data-project');
    await other.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(`g[data-project="${id}"]`)).toHaveAttribute('aria-pressed', 'true');
    await expect(port).toHaveAttribute('aria-pressed', 'false');
    await expect(page).toHaveURL(new RegExp(`project=${id}`));

    await page.getByRole('checkbox', { name: /^Cambodia/ }).check();
    await expect.poll(() => marks(page)).toEqual(inCambodia);
    expect(await listed(page)).toEqual(inCambodia.filter((p) => locatedIds.includes(p)));
    await screenshot(page, 'no-webgl-desktop-filtered');
  });

  test('saves the static map as an image', async ({ page }) => {
    await withoutWebGL(page);
    await page.goto('./?country=KH');
    await expect.poll(() => marks(page)).toEqual(inCambodia);
    await page.locator('.export-menu summary').click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /^Map as image \(PNG\)/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^mekong-japan-map_country-KH_\d{4}-\d{2}-\d{2}\.png$/);
    const path = await file.path();
    const png = readFileSync(path);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000);
  });

  test('in Japanese', async ({ page }) => {
    await withoutWebGL(page);
    await page.goto('./?lang=ja');
    await expect(page.getByRole('status').filter({ hasText: 'WebGL2' })).toContainText('静的な概観地図');
    await expect.poll(() => marks(page)).toEqual(locatedIds);
    await screenshot(page, 'no-webgl-desktop-ja');
  });
});

test.describe('without WebGL on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const lang of ['en', 'ja'] as const) {
    test(`shows the static map and its notice (${lang})`, async ({ page }) => {
      await withoutWebGL(page);
      await page.goto(`./?lang=${lang}`);
      await expect(page.locator('.static-note')).toBeVisible();
      await expect.poll(() => marks(page)).toEqual(locatedIds);
      // The static map fills the map area (to the whole pixel it measures): no width of its own.
      await expect
        .poll(() =>
          page.evaluate(() =>
            Math.abs(
              document.querySelector('.static-map svg')!.getBoundingClientRect().width -
                document.querySelector('.map-area')!.getBoundingClientRect().width,
            ),
          ),
        )
        .toBeLessThan(1);
      await screenshot(page, `no-webgl-phone-${lang}`);
    });
  }
});

test.describe('?webgl=0', () => {
  test('forces the static map where WebGL works', async ({ page }) => {
    await page.goto('./?webgl=0');
    await expect.poll(() => marks(page)).toEqual(locatedIds);
    await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
  });
});
