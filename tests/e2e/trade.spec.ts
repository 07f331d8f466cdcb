import { expect, test } from '@playwright/test';
import { mapIdle, screenshot } from './helpers';

test.use({ viewport: { width: 1920, height: 1080 } });

test('the trade panel answers "what was ASEAN–Japan trade in 2012" with its source', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page);
  const panel = page.locator('section.trade');
  await panel.scrollIntoViewIfNeeded();
  const point = panel.getByRole('button', { name: 'Total trade, 2012: US$262.4 billion' });
  await point.focus();
  const tip = panel.getByRole('tooltip');
  await expect(tip).toContainText('US$262.4 billion');
  await expect(tip).toContainText('003_c06b119756b5e445.txt');
  await screenshot(page, 'trade-2012');
});

test('years no source states are gaps, not interpolated', async ({ page }) => {
  await page.goto('./');
  const panel = page.locator('section.trade');
  await expect(panel.getByRole('button', { name: /^Total trade, 2013/ })).toHaveCount(0);
  // The total has points for 2001–2012, 2014 and 2016: one line, then two lone markers.
  const totalPaths = await panel.locator('path.line[stroke="#000000"]').count();
  expect(totalPaths).toBe(1);
  await panel.getByText('Data table with sources').click();
  const row2013 = panel.locator('tr', { has: page.locator('th', { hasText: /^2013$/ }) });
  await expect(row2013).toHaveCount(1);
  await expect(row2013.locator('td').first()).toHaveText('no source read');
});

test('the investment view is part of the link, and back returns to trade', async ({ page }) => {
  await page.goto('./');
  const panel = page.locator('section.trade');
  await panel.getByRole('radio', { name: 'Investment' }).check();
  await expect(page).toHaveURL(/trade=fdi/);
  await expect(panel.getByRole('button', { name: /^Japanese FDI into ASEAN, 2012/ })).toHaveCount(1);
  await page.goBack();
  await expect(panel.getByRole('radio', { name: 'Trade' })).toBeChecked();
  await page.goto('./?trade=fdi');
  await mapIdle(page);
  await expect(panel.getByRole('radio', { name: 'Investment' })).toBeChecked();
  await panel.scrollIntoViewIfNeeded();
  await screenshot(page, 'trade-fdi');
});
