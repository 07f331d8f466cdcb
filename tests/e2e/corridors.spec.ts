import { expect, mapIdle, screenshot, test } from './helpers';

async function renderedParts(page: import('@playwright/test').Page, layer: string): Promise<string[]> {
  return page.evaluate((id) => {
    const el = document.querySelector('.map') as HTMLElement & {
      maplibreMap: { queryRenderedFeatures(o: { layers: string[] }): { properties: { part: string } }[] };
    };
    return [...new Set(el.maplibreMap.queryRenderedFeatures({ layers: [id] }).map((f) => f.properties.part))];
  }, layer);
}

async function renderedLabels(page: import('@playwright/test').Page, layer: string): Promise<string[]> {
  return page.evaluate((id) => {
    const el = document.querySelector('.map') as HTMLElement & {
      maplibreMap: { queryRenderedFeatures(o: { layers: string[] }): { properties: { label: string } }[] };
    };
    return [
      ...new Set(el.maplibreMap.queryRenderedFeatures({ layers: [id] }).map((f) => f.properties.label)),
    ];
  }, layer);
}

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
]) {
  test.describe(`the East-West corridor at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('its panel gives the length in Laos, the projects on it and near it, and the finance by country', async ({
      page,
    }) => {
      await page.goto('./?project=east-west-economic-corridor');
      await mapIdle(page);
      const panel = page.locator('.corridor-panel');
      await expect(panel).toBeVisible();
      await expect(panel.getByTestId('corridor-lengths').locator('tr[data-country="LA"]')).toContainText(
        /\d+ km/,
      );
      await expect(panel.getByTestId('published-lengths')).toContainText('1,450 km');
      await expect(panel.getByTestId('published-lengths')).toContainText('1,320 km');
      await expect(
        panel.getByTestId('corridor-members').locator('[data-project="bago-kyaikto-highway"]'),
      ).toBeVisible();
      await expect(panel.getByTestId('corridor-finance').locator('tr[data-country="MM"]')).toBeVisible();
      await expect(panel.getByTestId('near-km')).toHaveValue('20');
      await screenshot(page, `corridor-ewec-${viewport.width}`);
    });
  });
}

test.describe('the Southern corridor', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the N-km control changes the nearby list and is kept in the link', async ({ page }) => {
    await page.goto('./?project=southern-economic-corridor');
    await mapIdle(page);
    const panel = page.locator('.corridor-panel');
    await expect(
      panel.getByTestId('corridor-members').locator('[data-project="national-road-5"]'),
    ).toBeVisible();
    const near = panel.getByTestId('corridor-near').locator('li');
    const at20 = await near.count();
    await panel.getByTestId('near-km').selectOption('5');
    await expect(page).toHaveURL(/near=5/);
    const at5 = await panel.getByTestId('corridor-near').locator('li').count();
    await panel.getByTestId('near-km').selectOption('50');
    await expect(page).toHaveURL(/near=50/);
    await expect
      .poll(() => panel.getByTestId('corridor-near').locator('li').count())
      .toBeGreaterThanOrEqual(at20);
    expect(at5).toBeLessThanOrEqual(at20);
    await page.reload();
    await expect(page.locator('.corridor-panel').getByTestId('near-km')).toHaveValue('50');
  });

  test('labels the corridors along their lines and their towns', async ({ page }) => {
    await page.goto('./?map=12.5,104.5,7');
    await mapIdle(page);
    const lines = await renderedLabels(page, 'project-corridor-labels');
    await screenshot(page, 'corridor-labels-1920');
    expect(lines.some((l) => l.startsWith('Southern Economic Corridor · '))).toBe(true);
    const towns = await renderedLabels(page, 'project-corridor-town-labels');
    expect(towns).toEqual(expect.arrayContaining(['Kratie', 'Stung Treng']));
    await screenshot(page, 'corridor-labels-1920');
  });

  test('draws the stretches on their roads solid, the rest dotted, and the legend says which is which', async ({
    page,
  }) => {
    await page.goto('./?map=12.5,104.5,7');
    await mapIdle(page);
    const solid = await renderedParts(page, 'project-corridor-routes');
    expect(solid).toEqual(
      expect.arrayContaining(['sec-central-poipet-phnom-penh', 'sec-central-phnom-penh-bavet']),
    );
    const dotted = await renderedParts(page, 'project-corridor-routes-schematic');
    expect(dotted).toContain('sec-northern-route');
    expect(dotted).not.toContain('sec-central-poipet-phnom-penh');
    const legend = page.locator('.legend').first();
    await expect(legend).toContainText('Corridor: follows the road');
    await expect(legend).toContainText('Corridor: schematic, straight between towns');
    await expect(
      legend.locator('li', { hasText: 'Corridor: follows the road' }).locator('.swatch.line'),
    ).toBeVisible();
    await expect(
      legend
        .locator('li', { hasText: 'Corridor: schematic, straight between towns' })
        .locator('.swatch.dotted:not(.dot)'),
    ).toBeVisible();
    await screenshot(page, 'corridor-precision-1920');
  });
});

test.describe('the East-West corridor on its roads', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('draws its Thai and Lao stretches dashed, through points on the road, and the legend says so', async ({
    page,
  }) => {
    await page.goto('./?map=16.7,103.5,7');
    await mapIdle(page);
    const dashed = await renderedParts(page, 'project-corridor-routes-approximate');
    expect(dashed).toEqual(
      expect.arrayContaining(['ewec-core-mae-sot-mukdahan', 'ewec-core-savannakhet-dansavanh']),
    );
    expect(await renderedParts(page, 'project-corridor-routes-schematic')).not.toContain(
      'ewec-core-mae-sot-mukdahan',
    );
    const legend = page.locator('.legend').first();
    await expect(
      legend
        .locator('li', { hasText: 'Corridor: approximate, through points on the road' })
        .locator('.swatch.dashed'),
    ).toBeVisible();
    await screenshot(page, 'corridor-ewec-approximate-1920');
  });
});
