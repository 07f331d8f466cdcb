import { readFileSync, readdirSync } from 'node:fs';
import { expect, mapIdle, test } from './helpers';

type Detail = { id: string; status: { refs: { source: string; quote?: string; note?: string }[] } };

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

test('the sources’ words and the atlas’s notes on them come with the detail', async ({ page }) => {
  // The index cites by source and paragraph; the detail file carries each source's words.
  const folder = 'dist/data/projects';
  const details = readdirSync(folder).map(
    (file) => JSON.parse(readFileSync(`${folder}/${file}`, 'utf8')) as Detail,
  );
  const project = details.find(
    (d) => d.status.refs.some((r) => r.quote) && d.status.refs.some((r) => r.note),
  );
  expect(project, 'a project whose status cites a quote and a note').toBeDefined();
  const quote = project!.status.refs.find((r) => r.quote)!.quote!;
  const note = project!.status.refs.find((r) => r.note)!.note!;
  const index = JSON.parse(readFileSync('dist/data/atlas.json', 'utf8')) as { projects: Detail[] };
  expect(JSON.stringify(index.projects)).not.toContain(JSON.stringify(quote));

  await page.goto(`./?project=${project!.id}`);
  await expect(
    page
      .locator('.panel q')
      .filter({ hasText: quote.slice(0, 40) })
      .first(),
  ).toBeVisible();
  await expect(
    page
      .locator('.panel .citation .note')
      .filter({ hasText: note.slice(0, 40) })
      .first(),
  ).toContainText('Atlas note:');
});
