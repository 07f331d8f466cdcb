import { expect, mapIdle, screenshot, test, watchPage } from './helpers';

test.use({ viewport: { width: 1920, height: 1080 } });

const zoom = (page: import('@playwright/test').Page) =>
  page.evaluate(() =>
    (
      document.querySelector('.map') as HTMLElement & { maplibreMap: { getZoom(): number } }
    ).maplibreMap.getZoom(),
  );

test('a link to a project opens it, in view', async ({ page }) => {
  await page.goto('./?project=hcmc-metro-line-1');
  await expect(page.locator('#project-title')).toContainText('Line 1');
  await page.waitForFunction(
    () =>
      (
        document.querySelector('.map') as HTMLElement & { maplibreMap?: { getZoom(): number } }
      ).maplibreMap!.getZoom() > 9,
  );
  await mapIdle(page);
  await screenshot(page, 'url-project-link');
});

test('the address round-trips the whole view: project, language and camera', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page);
  await page.locator('button[data-project="bangkok-red-line"]').click();
  await page.getByLabel('Language').selectOption('ja');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('map') !== null);
  await mapIdle(page);
  const url = page.url();
  expect(new URL(url).searchParams.get('project')).toBe('bangkok-red-line');
  expect(new URL(url).searchParams.get('lang')).toBe('ja');
  const before = await zoom(page);

  const other = await page.context().newPage();
  await other.goto(url);
  await mapIdle(other);
  // In Japanese the panel is titled with the project's Japanese name, with the English one beneath.
  await expect(other.locator('#project-title')).toContainText('レッドライン');
  await expect(other.locator('article[aria-labelledby="project-title"]')).toContainText('Red Line');
  await expect(other.locator('html')).toHaveAttribute('lang', 'ja');
  expect(Math.abs((await zoom(other)) - before)).toBeLessThan(0.05);
});

test('back and forward step through selections', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page);
  await page.locator('button[data-project="hcmc-metro-line-1"]').click();
  await expect(page.locator('#project-title')).toContainText('Line 1');
  await page.locator('button[data-project="sihanoukville-port-nct"]').click();
  await expect(page.locator('#project-title')).toContainText('Sihanoukville');
  await page.goBack();
  await expect(page.locator('#project-title')).toContainText('Line 1');
  await page.goBack();
  await expect(page.locator('#project-title')).toHaveCount(0);
  await page.goForward();
  await expect(page.locator('#project-title')).toContainText('Line 1');
});

test('a hostile or malformed link falls back to the default view without an error', async ({
  page,
  baseURL,
}) => {
  const watch = watchPage(page, new URL(baseURL!).origin);
  await page.goto('./?project=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=xx&map=NaN,abc,99');
  await mapIdle(page);
  await expect(page.locator('#project-title')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(watch.errors).toEqual([]);
  expect(watch.foreign).toEqual([]);
});
