import { csvParse } from 'd3';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, mapIdle, screenshot, test } from './helpers';

test.use({ viewport: { width: 1920, height: 1080 } });

interface RawTranche {
  /** Localised; the CSV carries the English. */
  name: { en: string };
  financiers: string[];
  amount: { amount: number } | null;
}
interface RawProject {
  id: string;
  countries: string[];
  financing?: RawTranche[];
}

// Expectations come from the data files themselves, so the test holds as projects are added.
const projects = readdirSync('geodata/projects').map(
  (name) => JSON.parse(readFileSync(`geodata/projects/${name}`, 'utf8')) as RawProject,
);
const { asOf } = JSON.parse(readFileSync('geodata/meta.json', 'utf8')) as { asOf: string };
const isJapanOda = (t: RawTranche) => t.financiers.includes('japan-oda');
const filtered = projects.filter((p) => p.countries.includes('KH') && (p.financing ?? []).some(isJapanOda));
const expected = filtered
  .flatMap((p) => (p.financing ?? []).filter(isJapanOda).map((t) => ({ project: p.id, tranche: t })))
  .map((e) => [e.project, e.tranche.name.en, e.tranche.amount ? String(e.tranche.amount.amount) : ''])
  .sort();

test('the tranche CSV holds the tranches the filters leave and says so in its name', async ({ page }) => {
  const allTranches = projects.flatMap((p) => p.financing ?? []);
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(allTranches.length);

  await page.goto('./');
  await mapIdle(page);
  await page.getByRole('checkbox', { name: /^Cambodia/ }).check();
  await page.getByRole('checkbox', { name: /^Government of Japan/ }).check();
  await expect(page).toHaveURL(/financier=japan-oda/);
  const listed = await page
    .locator('[aria-labelledby="project-list-title"] button[data-project]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-project')));
  expect(listed.sort()).toEqual(filtered.map((p) => p.id).sort());

  const downloads = page.getByRole('group', { name: 'Download what the filters leave' });
  const download = page.waitForEvent('download');
  await downloads.getByRole('button', { name: 'Financing tranches (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`mekong-japan-tranches_country-KH_financier-japan-oda_${asOf}.csv`);
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain('\r\n');
  const rows = csvParse(text.slice(1));
  expect(rows.map((r) => [r.project_id, r.tranche, r.amount]).sort()).toEqual(expected);
  for (const row of rows) {
    if (row.amount !== '') expect(Number.isFinite(Number(row.amount))).toBe(true);
    expect(row.data_as_of).toBe(asOf);
  }

  const geojson = page.waitForEvent('download');
  await downloads.getByRole('button', { name: 'Map features (GeoJSON)' }).click();
  const features = await geojson;
  expect(features.suggestedFilename()).toBe(
    `mekong-japan-projects_country-KH_financier-japan-oda_${asOf}.geojson`,
  );
  const collection = JSON.parse(readFileSync((await features.path())!, 'utf8')) as {
    type: string;
    features: { properties: { project: string } }[];
  };
  expect(collection.type).toBe('FeatureCollection');
  const ids = new Set(filtered.map((p) => p.id));
  expect(collection.features.length).toBeGreaterThan(0);
  expect(collection.features.every((f) => ids.has(f.properties.project))).toBe(true);
  await screenshot(page, 'exports-filtered');
});
