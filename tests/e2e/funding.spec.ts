import { readFileSync } from 'node:fs';
import { expect, mapIdle, screenshot, test } from './helpers';
import { formatDate } from '../../src/lib/data/format';

test.use({ viewport: { width: 1920, height: 1080 } });

test('?country=KH leaves only Cambodian projects in the funding chart', async ({ page }) => {
  await page.goto('./?country=KH');
  await mapIdle(page);
  const bars = await page
    .locator('.funding rect[data-project]')
    .evaluateAll((rects) => rects.map((r) => r.getAttribute('data-project')));
  expect(bars.length).toBeGreaterThan(0);
  const listed = await page
    .locator('[aria-labelledby="project-list-title"] button[data-project]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-project')));
  expect(bars.every((id) => listed.includes(id))).toBe(true);
  await page.locator('.funding').scrollIntoViewIfNeeded();
  await screenshot(page, 'funding-cambodia');
});

test('clicking a bar selects its project; hovering a bar highlights it on the map', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page);
  const bar = page.locator('.funding rect[data-project="hcmc-metro-line-1"]');
  await bar.hover();
  const hovered = await page.evaluate(() => {
    const el = document.querySelector('.map') as HTMLElement & {
      maplibreMap: {
        querySourceFeatures(s: string, o: object): { id: number; properties: { project: string } }[];
        getFeatureState(f: object): { hovered?: boolean };
      };
    };
    const map = el.maplibreMap;
    const feature = map
      .querySourceFeatures('projects', { sourceLayer: 'parts' })
      .find((f) => f.properties.project === 'hcmc-metro-line-1')!;
    return map.getFeatureState({ source: 'projects', sourceLayer: 'parts', id: feature.id }).hovered;
  });
  expect(hovered).toBe(true);
  await bar.click();
  await expect(page.locator('#project-title')).toContainText('Line 1');
});

test('the grouping and currency are part of the link', async ({ page }) => {
  await page.goto('./?funding=instrument&currency=usd');
  await expect(page.locator('.funding select')).toHaveValue('instrument');
  await expect(page.getByRole('radio', { name: 'US dollars' })).toBeChecked();
  await page.locator('.funding select').selectOption('country');
  await expect(page).toHaveURL(/funding=country/);
});

test('the project panel shows each yen tranche in dollars only with a sourced rate, and related corridor projects', async ({
  page,
}) => {
  await page.goto('./?project=national-road-5');
  const panel = page.locator('article[aria-labelledby="project-title"]');
  await expect(panel.getByRole('heading', { name: 'On the same corridor' })).toBeVisible();
  await expect(panel.getByRole('button', { name: /Southern Economic Corridor/ })).toBeVisible();
  const tranches = panel.locator('table.tranches > tbody');
  expect(await tranches.count()).toBeGreaterThan(3);
  for (const text of await tranches.allTextContents()) {
    // Every yen amount either has a dollar equivalent with its rate, or says why not.
    if (/yen|円/i.test(text))
      expect(text).toMatch(/≈ .+ per US dollar|No sourced exchange rate|not disclosed/);
  }
  await expect(panel.getByRole('columnheader', { name: 'Amount as stated' })).toBeVisible();
  await expect(panel.getByText(/Rate used: FRED series EXJPUS/).first()).toBeVisible();
});

test('the project panel stays readable: names, figures, milestones and sources at full width', async ({
  page,
}) => {
  await page.goto('./?project=hcmc-metro-line-1');
  await mapIdle(page);
  const panel = page.locator('article[aria-labelledby="project-title"]');
  await expect(panel.locator('[lang="ja"]')).toContainText('ホーチミン');
  await expect(panel.locator('[lang="vi"]')).toContainText('Bến Thành');
  await expect(panel.getByText('14 stations').first()).toBeVisible();
  await expect(panel.locator('ol.milestones time').first()).toBeVisible();
  // The timeline strip has one mark per listed milestone.
  const listed = await panel.locator('ol.milestones > li').count();
  expect(listed).toBeGreaterThan(3);
  await expect(panel.locator('.strip circle')).toHaveCount(listed);
  await expect(panel.getByText(/read \d+ \w+ \d{4}/).first()).toBeVisible();
  // A long figure label once squeezed its values into a one-letter column, thousands of pixels tall.
  const panelWidth = (await panel.boundingBox())!.width;
  for (const box of await panel
    .locator('dd')
    .evaluateAll((dds) => dds.map((dd) => dd.getBoundingClientRect().width)))
    expect(box).toBeGreaterThan(panelWidth / 3);
  await screenshot(page, 'panel-hcmc');
});

test('hovering a project on the map highlights its bar', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page);
  const point = await page.evaluate(() => {
    const el = document.querySelector('.map') as HTMLElement & {
      maplibreMap: {
        querySourceFeatures(
          s: string,
          o: object,
        ): {
          properties: { project: string; partKind: string };
          geometry: { type: string; coordinates: [number, number] };
        }[];
        project(c: [number, number]): { x: number; y: number };
      };
    };
    const map = el.maplibreMap;
    const site = map
      .querySourceFeatures('projects', { sourceLayer: 'parts' })
      .find((f) => f.properties.project === 'sihanoukville-port-nct' && f.geometry.type === 'Point')!;
    const { x, y } = map.project(site.geometry.coordinates);
    const box = el.getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  });
  await page.mouse.move(point.x, point.y);
  await expect(page.locator('.funding g.bar.linked rect[data-project]')).toHaveAttribute(
    'data-project',
    'sihanoukville-port-nct',
  );
  await expect(page.locator('.map canvas')).toHaveCSS('cursor', 'pointer');
});

test("co-finance is drawn apart from Japan's share, and a financier filter sums only its tranches", async ({
  page,
}) => {
  await page.goto('./?currency=usd');
  await mapIdle(page);
  // Rojana Rayong 2 has ADB and commercial-bank loans beside JBIC's and LEAP's: its bar has both parts.
  const rojana = page.locator('.funding g.bar', {
    has: page.locator('rect[data-project="rojana-rayong-2"]'),
  });
  await expect(rojana.locator('rect.japan')).toHaveCount(1);
  await expect(rojana.locator('rect.cofinance')).toHaveCount(1);
  await expect(page.locator('.funding .legend').first()).toContainText('Co-financiers: ADB');

  await page.goto('./?currency=usd&financier=adb');
  await mapIdle(page);
  const bars = await page
    .locator('.funding rect[data-project]')
    .evaluateAll((rects) => rects.map((r) => r.getAttribute('data-project')));
  expect(bars.length).toBeGreaterThan(0);
  // Only ADB money is summed, so no bar has a Japanese part; a bar whose ADB tranches have no
  // sourced rate for their date shows them as not convertible instead.
  await expect(page.locator('.funding g.bar:has(rect[data-project]) rect.japan')).toHaveCount(0);
  const drawn = await page
    .locator('.funding g.bar:has(rect[data-project])')
    .evaluateAll((groups) =>
      groups.map((g) =>
        g.querySelector('rect.cofinance')
          ? 'co-finance'
          : g.querySelector('rect.not-convertible')
            ? 'not convertible'
            : 'nothing',
      ),
    );
  expect(drawn).toHaveLength(bars.length);
  expect(drawn).not.toContain('nothing');
  expect(drawn).toContain('co-finance');
  await page.locator('.funding').scrollIntoViewIfNeeded();
  await screenshot(page, 'funding-adb-only');
});

test('the yen and dollar views count the same tranches; one with no sourced rate is shown as not convertible in both', async ({
  page,
}) => {
  const bago = async () => {
    const bar = page.locator('.funding g.bar', {
      has: page.locator('rect[data-project="bago-kyaikto-highway"]'),
    });
    await expect(bar.locator('rect.not-convertible')).toHaveCount(1);
    await expect(bar.locator('text.not-convertible')).toHaveText('+2');
    return (await bar.locator('title').textContent())!
      .replace(/^[^(]*/, '')
      .replace(/[¥$][\d.,]+\s?\w*/g, '');
  };
  await page.goto('./');
  const yen = await bago();
  await page.goto('./?currency=usd');
  const dollars = await bago();
  expect(yen).toContain('1 tranche');
  expect(yen).toContain('2 tranches not convertible');
  expect(dollars).toBe(yen);
  await expect(page.locator('.funding .legend', { hasText: 'Not convertible' })).toBeVisible();
});

test('the header states the data as-of date', async ({ page }) => {
  await page.goto('./');
  const { asOf } = JSON.parse(readFileSync('geodata/meta.json', 'utf8')) as { asOf: string };
  await expect(page.locator(`#app > .layout header time[datetime="${asOf}"]`)).toHaveText(
    `Data as of ${formatDate(asOf, 'en')}`,
  );
});

test('the funding bars have a table with the same figures and their sources', async ({ page }) => {
  await page.goto('./?country=KH');
  await mapIdle(page);
  const funding = page.locator('section.funding');
  const bars = await funding.locator('svg g.bar:not(.programme) text.value').allTextContents();
  await funding.getByText('The figures as a table').click();
  const table = funding.locator('details.chart-table table');
  await expect(table).toBeVisible();
  const totals = await table.locator('tbody tr td:first-of-type').allTextContents();
  expect(totals.length).toBe(bars.length);
  totals.forEach((cell, i) => expect(cell).toContain(bars[i]!));
  await expect(funding.locator('details.chart-table .refs li').first()).toBeVisible();
});
