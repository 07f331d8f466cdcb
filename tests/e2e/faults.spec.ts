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

  test('a page that starts says nothing, and nothing goes wrong in it', async ({ page, watched }) => {
    await page.goto('./');
    await mapIdle(page);
    await expect(page.locator('.boot-failure')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'could not be loaded' })).toHaveCount(0);
    // The fixture fails the test on any page error or request leaving the origin; none so far.
    expect(watched).toEqual({ errors: [], foreign: [] });
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

test.describe('when the land tiles fail at a project zoom', () => {
  test('a tile that fails is named in a notice, and the project still draws', async ({ page }) => {
    await page.route('**/basemap/land/**', (route) => route.abort());
    await page.goto('./?project=hcmc-metro-line-1');
    await mapIdle(page);
    const notice = page.getByRole('status').filter({ hasText: 'Part of the map could not be loaded' });
    await expect(notice).toContainText(/basemap\/land\/\d+\/\d+\/\d+\.pbf/);
    await expect(page.locator('.map-area .error')).toHaveCount(0);
    expect(await renderedProjects(page)).toContain('hcmc-metro-line-1');
    await screenshot(page, 'fault-land-tiles');
  });
});

test('a console error fails a watched test', async ({ page, watched }) => {
  // Expected to fail, at the fixture's check when the test ends: a fixture that cannot fail proves nothing.
  test.fail();
  await page.goto('./');
  await page.evaluate(() => console.error('a fault the fixture must catch'));
  await expect.poll(() => watched.errors.length).toBe(1);
});
