import { expect, mapIdle, test } from './helpers';

test.use({ viewport: { width: 1920, height: 1080 } });

const DETAIL = /\/data\/projects\/[a-z0-9-]+\.json$/;

test('opening a project fetches its detail file, and only then', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (DETAIL.test(new URL(request.url()).pathname)) asked.push(new URL(request.url()).pathname);
  });
  await page.goto('./');
  await mapIdle(page);
  expect(asked).toEqual([]);

  await page.locator('button[data-project="hcmc-metro-line-1"]').click();
  await expect(page.locator('#project-title')).toContainText('Line 1');
  // The summary is there at once; the description arrives with the detail.
  await expect(page.locator('.panel .description')).not.toBeEmpty();
  expect(asked).toEqual(['/data/projects/hcmc-metro-line-1.json']);

  // Opened again, it is read from memory.
  await page.getByRole('button', { name: 'Close' }).first().click();
  await page.locator('button[data-project="hcmc-metro-line-1"]').click();
  await expect(page.locator('.panel .description')).not.toBeEmpty();
  expect(asked).toHaveLength(1);
});

test('a detail file that fails is named, and the summary stays', async ({ page }) => {
  await page.route(DETAIL, (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('./?project=hcmc-metro-line-1');
  await expect(page.locator('#project-title')).toContainText('Line 1');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toContainText(
    'data/projects/hcmc-metro-line-1.json could not be loaded',
  );
  await expect(page.locator('.panel .summary')).toContainText('Japan');
  await expect(page.locator('.panel .description')).toHaveCount(0);
});
