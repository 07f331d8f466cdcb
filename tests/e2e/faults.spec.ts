import { expect, mapIdle, renderedProjects, screenshot, test } from './helpers';

test.describe("when the atlas's own script fails", () => {
  test('a script that does not load is named on the page, not left blank', async ({ page }) => {
    await page.route('**/assets/index-*.js', (route) => route.abort());
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText("The atlas's script failed to load: assets/index-");
    await expect(alert).toContainText('.js');
    await expect(alert).toContainText('アトラスのスクリプトを読み込めませんでした');
    await screenshot(page, 'fault-script-missing');
  });

  test('a script that stops before drawing says why', async ({ page }) => {
    await page.route('**/assets/index-*.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: "throw new Error('the bundle is corrupt');" }),
    );
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText(
      "The atlas's script stopped before it could draw the page: Uncaught Error: the bundle is corrupt",
    );
  });

  test('a data file that does not load is named on the page, in the page’s language', async ({ page }) => {
    await page.route('**/data/atlas.json', (route) => route.fulfill({ status: 404, body: '' }));
    // The failed file is the point of this test, so its error in the console is expected.
    await page.goto('./?lang=ja');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('アトラスのデータを読み込めませんでした：data/atlas.json');
    await expect(page.locator('.boot-failure')).toHaveCount(0);
    await screenshot(page, 'fault-data-missing');
  });

  test('a page that starts says nothing', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    await expect(page.locator('.boot-failure')).toHaveCount(0);
  });
});

test.describe('when a basemap file fails', () => {
  for (const file of ['rivers.geojson', 'countries.geojson']) {
    test(`a missing ${file} is named in a notice while the map and panels work`, async ({ page }) => {
      await page.route(`**/basemap/${file}`, (route) => route.abort());
      await page.goto('./');
      await mapIdle(page);
      const notice = page.getByRole('status').filter({ hasText: 'Part of the map could not be loaded' });
      await expect(notice).toContainText(`basemap/${file}`);
      await expect(page.locator('.map-area .error')).toHaveCount(0);
      await expect(page.getByText('Loading the map…')).toHaveCount(0);
      // The projects still draw, and the panels still answer.
      expect((await renderedProjects(page)).length).toBeGreaterThan(5);
      await page
        .getByRole('checkbox', { name: /Cambodia/ })
        .first()
        .check();
      await expect(page).toHaveURL(/country=KH/);
      await screenshot(page, `fault-basemap-${file.replace('.geojson', '')}`);
    });
  }
});
