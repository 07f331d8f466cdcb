import { readFileSync } from 'node:fs';
import { expect, mapIdle, screenshot, test } from './helpers';

const series = JSON.parse(readFileSync('geodata/series.json', 'utf8')) as {
  id: string;
  points: { year: number; value: number | null }[];
}[];

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
  // Read from the data, so the test holds as years are added: the first missing year of the
  // total, and one line per run of two or more consecutive stated years.
  const total = series.find((s) => s.id === 'asean-japan-trade-total')!;
  const years = total.points.filter((p) => p.value !== null).map((p) => p.year);
  const gap = years.find((y, i) => i > 0 && y - years[i - 1]! > 1)! - 1;
  const runs = years.reduce<number[][]>((acc, y, i) => {
    if (i > 0 && y === years[i - 1]! + 1) acc[acc.length - 1]!.push(y);
    else acc.push([y]);
    return acc;
  }, []);
  expect(gap).toBeGreaterThan(years[0]!);

  await page.goto('./');
  const panel = page.locator('section.trade');
  // The chart renders a frame after the map is made: wait for its lines before reading absences.
  await expect(panel.locator('path.line[stroke="#000000"]')).toHaveCount(
    runs.filter((r) => r.length > 1).length,
  );
  await expect(
    panel.getByRole('button', { name: new RegExp(`^Total trade, ${years[0]}`) }).first(),
  ).toBeVisible();
  await expect(panel.getByRole('button', { name: new RegExp(`^Total trade, ${gap}`) })).toHaveCount(0);
  await panel.getByText('Data table with sources').click();
  const row = panel.locator('tr', { has: page.locator('th', { hasText: new RegExp(`^${gap}$`) }) });
  await expect(row).toHaveCount(1);
  await expect(row.locator('td').first()).toHaveText('no source read');
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
