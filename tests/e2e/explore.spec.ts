import { expect, mapIdle, screenshot, test, watchPage } from './helpers';

test.use({ viewport: { width: 1920, height: 1080 } });

const listed = (page: import('@playwright/test').Page) =>
  page
    .locator('[aria-labelledby="project-list-title"] button[data-project]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-project')!).sort());

test('a new user answers the briefing question from the app alone, then shares the view', async ({
  page,
  baseURL,
}) => {
  const watch = watchPage(page, new URL(baseURL!).origin);
  await page.goto('./');
  await mapIdle(page);

  // Which projects lie on the Southern corridor?
  await page.getByRole('checkbox', { name: /^Southern Economic Corridor/ }).check();
  await expect(page).toHaveURL(/corridor=southern-economic-corridor/);
  const onCorridor = await listed(page);
  expect(onCorridor).toContain('national-road-5');
  expect(onCorridor).toContain('southern-economic-corridor');

  // What has Japan committed to each? The funding bars are exactly the listed projects that have amounts.
  const bars = await page
    .locator('.funding rect[data-project]')
    .evaluateAll((rects) => rects.map((r) => r.getAttribute('data-project')!));
  expect(bars.length).toBeGreaterThan(0);
  expect(bars.every((id) => onCorridor.includes(id))).toBe(true);
  await page.locator('.funding rect[data-project="national-road-5"]').click();
  await expect(page.locator('#project-title')).toContainText('National Road No.5');
  await expect(page.locator('article[aria-labelledby="project-title"] table.tranches')).toContainText(
    'billion yen',
  );

  // What was ASEAN–Japan trade in 2012?
  const trade = page.locator('section.trade');
  await trade.getByRole('button', { name: 'Total trade, 2012: US$262.4 billion' }).focus();
  await expect(trade.getByRole('tooltip')).toContainText('003_c06b119756b5e445.txt');

  // The link opens exactly this view for a colleague.
  await mapIdle(page);
  await expect(page).toHaveURL(/map=/);
  const link = page.url();
  const colleague = await page.context().newPage();
  await colleague.goto(link);
  await mapIdle(colleague);
  await expect(colleague.getByRole('checkbox', { name: /^Southern Economic Corridor/ })).toBeChecked();
  await expect(colleague.locator('#project-title')).toContainText('National Road No.5');
  expect(await listed(colleague)).toEqual(onCorridor);
  await screenshot(colleague, 'explore-shared-view');
  expect(watch.errors).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

test('every part of the view comes back from its link, and writes the same link', async ({ page }) => {
  const search =
    '?country=KH&corridor=southern-economic-corridor&sector=transport&financier=japan-oda&years=2015-2024' +
    '&q=port&project=sihanoukville-port-nct&funding=country&currency=usd&trade=fdi&map=11.0000,104.0000,7.00';
  await page.goto(`./${search}`);
  await mapIdle(page);
  await expect(page.getByRole('checkbox', { name: /^Cambodia/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Transport/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Government of Japan \/ JICA/ })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('2015');
  await expect(page.getByRole('combobox', { name: 'To' })).toHaveValue('2024');
  await expect(page.getByRole('combobox', { name: /Search/ })).toHaveValue('port');
  await expect(page.locator('#project-title')).toContainText('Sihanoukville');
  await expect(page.locator('.funding select')).toHaveValue('country');
  await expect(page.getByRole('radio', { name: 'US dollars' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Investment' })).toBeChecked();
  const zoom = await page.evaluate(() =>
    (
      document.querySelector('.map') as HTMLElement & { maplibreMap: { getZoom(): number } }
    ).maplibreMap.getZoom(),
  );
  expect(zoom).toBeCloseTo(7, 1);
  expect(new URL(page.url()).search).toBe(search);
});

test('back undoes a filter, a year range and a selection, one step at a time', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page);
  await page.getByRole('checkbox', { name: /^Viet Nam/ }).check();
  await page.getByRole('combobox', { name: 'From' }).selectOption('2020');
  await page.locator('button[data-project="hcmc-metro-line-1"]').click();
  await expect(page.locator('#project-title')).toContainText('Line 1');

  await page.goBack();
  await expect(page.locator('#project-title')).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('2020');
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('');
  await expect(page.getByRole('checkbox', { name: /^Viet Nam/ })).toBeChecked();
  await page.goBack();
  await expect(page.getByRole('checkbox', { name: /^Viet Nam/ })).not.toBeChecked();
});
