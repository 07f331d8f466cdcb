import { readdirSync, readFileSync } from 'node:fs';
import { expect, mapIdle, screenshot, test } from './helpers';

test.use({ viewport: { width: 1920, height: 1080 } });

const contract = JSON.parse(readFileSync('dist/data/projects.geojson', 'utf8')) as {
  features: { properties: { project: string; countries: string } }[];
};
// The heading counts every project, located or not (one file each in geodata/projects), but not the corridors.
const total = readdirSync('geodata/projects')
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`geodata/projects/${f}`, 'utf8')) as { kind: string })
  .filter((p) => p.kind !== 'corridor').length;
const cambodian = [
  ...new Set(
    contract.features
      .filter((f) => f.properties.countries.split(',').includes('KH'))
      .map((f) => f.properties.project),
  ),
].sort();

async function renderedProjects(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    const el = document.querySelector('.map') as HTMLElement & {
      maplibreMap: {
        getStyle(): { layers: { id: string }[] };
        queryRenderedFeatures(o: { layers: string[] }): { properties: { project: string } }[];
      };
    };
    const layers = el.maplibreMap
      .getStyle()
      .layers.map((l) => l.id)
      .filter((id) => id.startsWith('project-'));
    return [
      ...new Set(el.maplibreMap.queryRenderedFeatures({ layers }).map((f) => f.properties.project)),
    ].sort();
  });
}

test('?country=KH leaves only Cambodian projects on the map and in the list', async ({ page }) => {
  await page.goto('./?country=KH');
  await mapIdle(page);
  expect(cambodian.length).toBeGreaterThan(2);
  expect(await renderedProjects(page)).toEqual(cambodian);
  const listed = await page
    .locator('[aria-labelledby="project-list-title"] button[data-project]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-project')));
  // Every Cambodian project is located, so the list and the map agree exactly.
  expect(listed.sort()).toEqual(cambodian);
  await expect(page.locator('#project-list-title')).toContainText(`of ${total} projects`);
  await expect(page.getByRole('checkbox', { name: /Cambodia/ })).toBeChecked();
  // Funding with no single place follows the country too: Cambodia's loan and the regional grants stay.
  await expect(page.locator('details[data-programme="covid-loan-cambodia"]')).toHaveCount(1);
  await expect(page.locator('details[data-programme="medical-grants-2020"]')).toHaveCount(1);
  await expect(page.locator('details[data-programme="covid-loan-myanmar"]')).toHaveCount(0);
  await screenshot(page, 'filter-cambodia');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Projects (CSV)' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(csv[0]).toMatch(/^id,name,countries,/);
  expect(
    csv
      .slice(1)
      .map((row) => row.split(',')[0])
      .sort(),
  ).toEqual(cambodian);
});

test('ticking filters narrows the map, counts what each option would leave, and clears in one action', async ({
  page,
}) => {
  await page.goto('./');
  await mapIdle(page);
  const all = await renderedProjects(page);
  const energy = page.getByRole('checkbox', { name: /^Energy/ });
  await energy.check();
  await expect(page).toHaveURL(/sector=energy/);
  await mapIdle(page);
  const energyOnly = await renderedProjects(page);
  expect(energyOnly.length).toBeGreaterThan(0);
  expect(energyOnly.length).toBeLessThan(all.length);
  // With energy chosen, the Thailand option counts only Thai energy projects.
  const thailand = page.locator('label', { has: page.getByRole('checkbox', { name: /^Thailand/ }) });
  await expect(thailand.locator('.count')).toHaveText(/^\d+$/);

  await page.getByRole('button', { name: 'Clear all' }).click();
  await mapIdle(page);
  expect(await renderedProjects(page)).toEqual(all);
  await page.goBack();
  await expect(energy).toBeChecked();
});

test('a financier and a milestone year range narrow the map, the list and the counts together', async ({
  page,
}) => {
  await page.goto('./?financier=jbic');
  await mapIdle(page);
  // JBIC lends to one project in the data: the Rojana Rayong 2 power plant.
  expect(await renderedProjects(page)).toEqual(['rojana-rayong-2']);
  await expect(page.getByRole('checkbox', { name: /^JBIC/ })).toBeChecked();

  await page.getByRole('button', { name: 'Clear all' }).click();
  const from = page.getByRole('combobox', { name: 'From' });
  await from.selectOption('2024');
  await expect(page).toHaveURL(/years=2024-/);
  await mapIdle(page);
  const since2024 = await renderedProjects(page);
  const listed = await page
    .locator('[aria-labelledby="project-list-title"] button[data-project]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-project')));
  // The map draws the located ones; a project with no located part is listed only.
  const located = new Set(contract.features.map((f) => f.properties.project));
  expect(listed.filter((id) => located.has(id!)).sort()).toEqual(since2024);
  // The option says how many projects it leaves, and the heading agrees; corridors, listed
  // apart above the table, are not counted among them.
  const chosen = await from.locator('option:checked').textContent();
  const count = Number(chosen?.match(/\((\d+)\)/)?.[1]);
  const corridors = await page.getByRole('list', { name: 'Corridors' }).getByRole('button').count();
  expect(count).toBe(listed.length - corridors);
  await expect(page.locator('#project-list-title')).toContainText(`${count} of ${total} projects`);

  // Moving the end before the start moves both, never leaving an empty range.
  await page.getByRole('combobox', { name: 'To' }).selectOption('2020');
  await expect(from).toHaveValue('2020');
  await expect(page).toHaveURL(/years=2020(&|$)/);
  await mapIdle(page);
  await screenshot(page, 'filter-years');
});
