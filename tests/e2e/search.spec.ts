import { expect, mapIdle, screenshot, test } from './helpers';

test.use({ viewport: { width: 1920, height: 1080 } });

test('searching without accents finds a project by its Vietnamese name; Enter selects it and moves the map', async ({
  page,
}) => {
  await page.goto('./');
  await mapIdle(page);
  const box = page.getByRole('combobox', { name: 'Search projects' });
  await box.fill('suoi tien');
  const options = page.getByRole('option');
  await expect(options.first()).toContainText('Ho Chi Minh City');
  await screenshot(page, 'search-results');
  await box.press('Enter');
  await expect(page.locator('#project-title')).toContainText('Line 1');
  await page.waitForFunction(
    () =>
      (
        document.querySelector('.map') as HTMLElement & { maplibreMap: { getZoom(): number } }
      ).maplibreMap.getZoom() > 9,
  );
  await expect(page).toHaveURL(/q=suoi\+tien/);
  await expect(page).toHaveURL(/project=hcmc-metro-line-1/);
});

test('the results are keyboard-operable and search Japanese names', async ({ page }) => {
  await page.goto('./');
  const box = page.getByRole('combobox', { name: 'Search projects' });
  await box.fill('ホーチミン');
  await expect(page.getByRole('option').first()).toContainText('Ho Chi Minh City');
  await box.fill('line');
  await box.press('ArrowDown');
  const second = page.getByRole('option').nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  const name = (await second.locator('.name').textContent())!;
  await box.press('Enter');
  await expect(page.locator('#project-title')).toHaveText(name);
  await box.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
});
