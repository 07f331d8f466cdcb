import type { Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { loadAtlas } from '../../src/lib/data/read-geodata';
import { filterProjects } from '../../src/lib/data/filter';
import { completeSnapshot } from '../../src/lib/state/snapshot';
import { expect, mapIdle, projectState, renderedProjects, screenshot, test, watchPage } from './helpers';

const atlas = loadAtlas(process.cwd());
const deck = atlas.decks.find((d) => d.id === 'default')!;
const locatedIds = atlas.projects.filter((p) => p.geometry.parts.length > 0).map((p) => p.id);

const heading = (page: Page) => page.locator('.presenter h2.scene-title');
const progress = (page: Page) => page.locator('.presenter .progress');

async function sceneSettled(page: Page, n: number) {
  await expect(progress(page)).toHaveText(`${n} / ${deck.scenes.length}`);
  await expect(page).toHaveURL(new RegExp(`[?&]scene=${n}(&|$)`));
  // The camera flies to the scene; wait until it has arrived and drawn.
  await page.waitForFunction(() => {
    const el = document.querySelector('.map') as HTMLElement & { maplibreMap: { isMoving(): boolean } };
    return !el.maplibreMap.isMoving();
  });
  await mapIdle(page);
}

test.describe('briefing mode at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('steps through every scene of the default deck with clicker keys, each setting its view', async ({
    page,
    baseURL,
  }) => {
    // Every scene flies the camera and waits for the map to settle: a long walk on software WebGL.
    test.setTimeout(300_000);
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.goto('./');
    await mapIdle(page);
    await page.getByRole('button', { name: 'Present', exact: true }).first().click();

    // Clickers send PageDown; keyboards use the arrows and Space.
    const keys = ['PageDown', 'ArrowRight', ' '];
    for (const [i, scene] of deck.scenes.entries()) {
      await sceneSettled(page, i + 1);
      await expect(heading(page)).toHaveText(scene.title.en);
      await expect(page.locator('.presenter .caption')).toHaveText(scene.caption.en);
      // Every figure on screen shows its source.
      if (scene.refs.length) await expect(page.locator('.presenter .sources')).toContainText('Sources:');

      const view = completeSnapshot(scene.view);
      if (!scene.play && view.year === null) {
        const expected = new Set(filterProjects(atlas.projects, view.filters).map((p) => p.id));
        const drawn = await renderedProjects(page);
        expect(drawn.length).toBeGreaterThan(0);
        expect(drawn.filter((id) => !expected.has(id))).toEqual([]);
      }
      for (const id of view.fit ?? [])
        if (locatedIds.includes(id)) expect(await renderedProjects(page)).toContain(id);
      if (view.project) expect(await projectState(page, view.project, 'selected')).toContain(true);
      for (const id of scene.highlight)
        if (locatedIds.includes(id)) expect(await projectState(page, id, 'highlighted')).toContain(true);
      if (view.panels.chart === 'funding') await expect(page.locator('.presenter .funding')).toBeVisible();
      if (view.panels.chart === 'trade') await expect(page.locator('.presenter .trade')).toBeVisible();
      await expect(page.locator('.presenter section.legend')).toBeVisible();
      if ([0, 2, 3, 6, 9, 11].includes(i)) await screenshot(page, `present-1920-scene-${i + 1}`);
      await page.keyboard.press(keys[i % keys.length]!);
    }
    // Past the last scene nothing changes.
    await sceneSettled(page, deck.scenes.length);

    await page.keyboard.press('Home');
    await sceneSettled(page, 1);
    await page.keyboard.press('End');
    await sceneSettled(page, deck.scenes.length);
    await page.keyboard.press('PageUp');
    await sceneSettled(page, deck.scenes.length - 1);
    await page.keyboard.press('ArrowLeft');
    await sceneSettled(page, deck.scenes.length - 2);

    // Esc leaves the briefing for the explorer.
    await page.keyboard.press('Escape');
    await expect(page.locator('.presenter')).toHaveCount(0);
    await expect(page.getByRole('searchbox').or(page.getByRole('combobox')).first()).toBeVisible();
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });

  test('a scene link opens that scene, and the page does not scroll', async ({ page }) => {
    const n = 5;
    await page.goto(`./?deck=default&scene=${n}`);
    await sceneSettled(page, n);
    await expect(heading(page)).toHaveText(deck.scenes[n - 1]!.title.en);
    const caption = await page
      .locator('.presenter .caption')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(caption).toBeGreaterThanOrEqual(28);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1080);
  });

  test('Explore frees the map and filters mid-deck, and Resume returns to the scene as it was', async ({
    page,
  }) => {
    const n = deck.scenes.findIndex((s) => s.view.filters?.sector?.length) + 1;
    expect(n).toBeGreaterThan(0);
    await page.goto(`./?deck=default&scene=${n}`);
    await sceneSettled(page, n);
    const before = await renderedProjects(page);
    const scene = deck.scenes[n - 1]!;

    await page.getByRole('button', { name: 'Explore' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Exploring' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear all' }).click();
    await mapIdle(page);
    expect((await renderedProjects(page)).length).toBeGreaterThan(before.length);
    await expect(page).not.toHaveURL(/deck=/);

    await page.getByRole('button', { name: `Resume scene ${n}` }).click();
    await sceneSettled(page, n);
    await expect(heading(page)).toHaveText(scene.title.en);
    expect(await renderedProjects(page)).toEqual(before);
  });

  test('playback changes what the map draws', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    const today = await renderedProjects(page);
    const slider = page.getByRole('slider', { name: 'Timeline year' });
    const min = Number(await slider.getAttribute('min'));
    await slider.fill(String(min + 5));
    await expect(page).toHaveURL(new RegExp(`year=${min + 5}`));
    await mapIdle(page);
    const early = await renderedProjects(page);
    expect(early.length).toBeLessThan(today.length);
    await screenshot(page, `timeline-${min + 5}`);

    await page.getByRole('button', { name: 'Play the timeline' }).click();
    await expect(page.locator('.timeline output')).not.toHaveText(String(min + 5), { timeout: 5000 });
    await page.getByRole('button', { name: 'Pause the timeline' }).click();
    await page.getByRole('button', { name: 'Show today' }).click();
    await mapIdle(page);
    expect(await renderedProjects(page)).toEqual(today);
  });

  test('the timeline has a table of what the map draws in its year, each status with its sources', async ({
    page,
  }) => {
    await page.goto('./');
    await mapIdle(page);
    const slider = page.getByRole('slider', { name: 'Timeline year' });
    const year = Number(await slider.getAttribute('min')) + 5;
    await slider.fill(String(year));
    await mapIdle(page);
    const drawn = await renderedProjects(page);

    await page.locator('.timeline summary').click();
    const table = page.getByRole('table', { name: `Each project’s status in ${year}` });
    await expect(table).toBeVisible();
    const begun = table.locator('tbody tr').filter({ hasNotText: 'Not yet begun' });
    // The table's rows come with its citations, loaded when it is first opened.
    await expect(begun.first()).toBeVisible();
    const ids = await begun.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-project')!).sort());
    // A project no source locates is in the table but cannot be on the map.
    const located = await page.evaluate(async () => {
      const data = (await (await fetch('data/projects.geojson')).json()) as {
        features: { properties: { project: string } }[];
      };
      return [...new Set(data.features.map((f) => f.properties.project))];
    });
    expect(ids.filter((id) => located.includes(id))).toEqual(drawn);
    for (const row of await begun.all()) await expect(row.locator('.refs li').first()).toBeVisible();
    await screenshot(page, `timeline-table-${year}`);

    // Back to today, the table follows the slider; in Japanese it speaks Japanese.
    await page.getByRole('button', { name: 'Show today' }).click();
    await expect(page.getByRole('table', { name: /status today/ })).toBeVisible();
    await page.getByLabel('Language').selectOption('ja');
    await expect(page.locator('.timeline summary')).toHaveText('地図の状況を表で見る');
    await expect(page.locator('.timeline caption')).toContainText('現在の各プロジェクトの状況');
  });
});

test.describe('authoring a deck', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('a view added as a scene round-trips through export and import', async ({ page }, info) => {
    await page.goto('./?country=KH');
    await mapIdle(page);
    await page.getByText(/^Your deck/).click();
    await page.getByRole('button', { name: 'Add this view as a scene' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Cambodia at a glance');
    await page.getByLabel('Caption', { exact: true }).fill('Projects in Cambodia.');
    await page.getByLabel('Caption', { exact: true }).blur();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export deck (JSON)' }).click();
    const file = info.outputPath('my-deck.json');
    await (await download).saveAs(file);

    // Kept between visits…
    await page.reload();
    await page.getByText(/^Your deck/).click();
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Cambodia at a glance');

    // …and read back from the file into a fresh browser.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByText(/^Your deck/).click();
    await page.locator('input[type=file]').setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: 'Deck imported: 1 scene' })).toBeVisible();
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Cambodia at a glance');

    await page.getByRole('button', { name: 'Present' }).last().click();
    await expect(heading(page)).toHaveText('Cambodia at a glance');
    await expect(page).toHaveURL(/deck=my-deck&scene=1/);
    await mapIdle(page);
    const drawn = await renderedProjects(page);
    const cambodia = new Set(atlas.projects.filter((p) => p.countries.includes('KH')).map((p) => p.id));
    expect(drawn.every((id) => cambodia.has(id))).toBe(true);
  });

  test('a bad deck file is refused whole, with the field named', async ({ page }, info) => {
    await page.goto('./');
    await mapIdle(page);
    const bad = structuredClone(deck) as { scenes: { view: { project?: string } }[] };
    bad.scenes[1]!.view.project = 'atlantis';
    const file = info.outputPath('bad-deck.json');
    writeFileSync(file, JSON.stringify(bad));
    await page.getByText(/^Your deck/).click();
    await page.locator('input[type=file]').setInputFiles(file);
    await expect(page.getByRole('alert')).toContainText('scenes[1].view.project');
    await expect(page.getByText(/^Your deck \(0 scenes\)/)).toBeVisible();
  });
});

test.describe('the shell', () => {
  for (const [width, height] of [
    [1920, 1080],
    [1024, 768],
  ] as const) {
    test(`the page itself never scrolls at ${width}×${height}; the side panel scrolls inside`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto('./');
      await mapIdle(page);
      await page.locator('aside.side').hover();
      for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 600);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(height);
      expect(await page.locator('aside.side').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    });

    test(`scenes hold up at ${width}×${height}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      for (const n of [1, 4, 10]) {
        await page.goto(`./?deck=default&scene=${n}`);
        await sceneSettled(page, n);
        await screenshot(page, `present-${width}-scene-${n}`);
        const card = await page.locator('.presenter .story').boundingBox();
        expect(card!.height).toBeLessThanOrEqual(height);
      }
    });
  }

  test('choosing a project from the list opens its panel in view with focus on its title; Esc closes it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('./');
    await mapIdle(page);
    const row = page.locator('table button[data-project="national-road-5"]');
    await row.scrollIntoViewIfNeeded();
    await row.click();
    const title = page.locator('#project-title');
    await expect(title).toBeFocused();
    await expect(title).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(title).toHaveCount(0);
  });
});

test.describe('with reduced motion', () => {
  test.use({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });

  test('scene changes move the camera at once instead of flying', async ({ page }) => {
    await page.goto('./?deck=default&scene=4');
    await sceneSettled(page, 4);
    const zoomAt = () =>
      page.evaluate(() => {
        const el = document.querySelector('.map') as HTMLElement & {
          maplibreMap: { getZoom(): number; isMoving(): boolean };
        };
        return { zoom: el.maplibreMap.getZoom(), moving: el.maplibreMap.isMoving() };
      });
    const before = await zoomAt();
    await page.keyboard.press('PageDown');
    await expect(progress(page)).toHaveText(`5 / ${deck.scenes.length}`);
    const after = await zoomAt();
    expect(after.moving).toBe(false);
    expect(after.zoom).not.toBeCloseTo(before.zoom, 1);
  });
});
