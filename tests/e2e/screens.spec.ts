import type { Page } from '@playwright/test';
import { expect, mapIdle, screenshot, settled, test } from './helpers';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'small projector', width: 1024, height: 768 },
  { name: 'projector', width: 1920, height: 1080 },
] as const;

/** Visible controls smaller than WCAG 2.2's 24 by 24 pixel target, by their text or label. */
function smallControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, input, select, summary, a[href]')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        // Hidden text and links inside a sentence are not controls of their own (WCAG's inline exception).
        if (box.width <= 1 || style.visibility === 'hidden' || el.closest('.visually-hidden')) return false;
        if (el.tagName === 'A' && getComputedStyle(el.parentElement!).display !== 'flex') return false;
        return box.width < 24 || box.height < 24;
      })
      .map((el) => `${el.tagName} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)}`),
  );
}

/**
 * Project and corridor-town labels that cover a marker on the map: each rendered site or town dot
 * is queried for label symbols within its circle (MapLibre answers with the labels' placed boxes).
 */
function labelsOnMarkers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Feature = {
      layer: { id: string };
      geometry: { coordinates: [number, number] };
      properties: Record<string, string>;
    };
    const map = (
      document.querySelector('.map') as HTMLElement & {
        maplibreMap: {
          getLayer(id: string): unknown;
          project(c: [number, number]): { x: number; y: number };
          queryRenderedFeatures(
            box?: [[number, number], [number, number]] | { layers: string[] },
            options?: { layers: string[] },
          ): Feature[];
        };
      }
    ).maplibreMap;
    const present = (ids: string[]) => ids.filter((id) => map.getLayer(id));
    const labels = present(['project-labels', 'project-corridor-town-labels', 'project-station-labels']);
    // Inside each circle: a site's 7 px radius and 3 px stroke, a town's dot of 2.5 px and more.
    const RADIUS: Record<string, number> = { 'project-sites': 9, 'project-corridor-nodes': 3 };
    const found: string[] = [];
    for (const marker of map.queryRenderedFeatures({
      layers: present(['project-sites', 'project-corridor-nodes']),
    })) {
      const { x, y } = map.project(marker.geometry.coordinates);
      const r = RADIUS[marker.layer.id]!;
      for (const label of map.queryRenderedFeatures(
        [
          [x - r, y - r],
          [x + r, y + r],
        ],
        { layers: labels },
      ))
        found.push(`${label.properties.name ?? label.properties.label} over ${marker.properties.part}`);
    }
    return [...new Set(found)];
  });
}

const overflow = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

/** How far the header's content reaches past the window's right edge; the layout clips it, so the page cannot tell. */
const headerOverflow = (page: Page) =>
  page.evaluate(() =>
    Math.max(
      0,
      ...[...document.querySelectorAll('header.top *')].map(
        (el) => el.getBoundingClientRect().right - window.innerWidth,
      ),
    ),
  );

/** The height of the header, in CSS pixels. */
const headerHeight = async (page: Page) => (await page.locator('header.top').boundingBox())!.height;

type PlaceMap = {
  getCanvas(): HTMLCanvasElement;
  project(c: [number, number]): { x: number; y: number };
  querySourceFeatures(
    s: string,
  ): { geometry: { coordinates: [number, number] }; properties: Record<string, unknown> }[];
  queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, unknown> }[];
  setLayoutProperty(id: string, name: string, value: unknown): void;
};

/** The capitals whose point is in the map's view, and those the map names, by their English name. */
function capitals(page: Page): Promise<{ inView: string[]; named: string[] }> {
  return page.evaluate(() => {
    const map = (document.querySelector('.map') as HTMLElement & { maplibreMap: PlaceMap }).maplibreMap;
    const { clientWidth: w, clientHeight: h } = map.getCanvas();
    const inView = map
      .querySourceFeatures('basemap-places')
      .filter((f) => f.properties.capital === true)
      .filter((f) => {
        const { x, y } = map.project(f.geometry.coordinates);
        return x >= 0 && y >= 0 && x <= w && y <= h;
      })
      .map((f) => f.properties.name as string);
    const named = map
      .queryRenderedFeatures({ layers: ['basemap-capitals-label'] })
      .map((f) => f.properties.name as string);
    return { inView: [...new Set(inView)].sort(), named: [...new Set(named)].sort() };
  });
}

/** Shows or hides the project labels, and waits for the map to place its labels again. */
async function projectLabels(page: Page, visibility: 'visible' | 'none'): Promise<void> {
  await page.evaluate((visibility) => {
    const map = (document.querySelector('.map') as HTMLElement & { maplibreMap: PlaceMap }).maplibreMap;
    map.setLayoutProperty('project-labels', 'visibility', visibility);
  }, visibility);
  await mapIdle(page);
}

for (const size of SIZES) {
  for (const lang of ['en', 'ja'] as const) {
    test.describe(`${size.name} (${size.width}×${size.height}) in ${lang === 'en' ? 'English' : 'Japanese'}`, () => {
      test.use({ viewport: { width: size.width, height: size.height } });

      test('nothing overflows sideways, no control collapses, the map is in view', async ({ page }) => {
        await page.goto(`./?lang=${lang}`);
        await mapIdle(page);
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        expect(await headerOverflow(page)).toBeLessThanOrEqual(0);
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        expect(await smallControls(page)).toEqual([]);
        const search = await page.locator('#search-input').boundingBox();
        expect(search!.width).toBeGreaterThanOrEqual(160);
        const map = await page.locator('.map').boundingBox();
        expect(map!.height).toBeGreaterThan(size.height * 0.4);
        expect(await labelsOnMarkers(page)).toEqual([]);
        // On a phone the tools fold into one button, so the header leaves the screen to the map.
        if (size.name === 'phone') expect(await headerHeight(page)).toBeLessThanOrEqual(80);
        else await expect(page.locator('header .tools-toggle')).toBeHidden();
        await screenshot(page, `screens-${size.width}-${lang}`);
      });

      test('at the overview no project’s label takes a capital’s name off the map', async ({ page }) => {
        await page.goto(`./?lang=${lang}`);
        await mapIdle(page);
        const { inView, named } = await capitals(page);
        expect(inView.length).toBeGreaterThan(0);
        expect(named.length).toBeGreaterThan(0);
        // The capitals named are the same with the project labels gone: none gave way to one.
        await projectLabels(page, 'none');
        expect((await capitals(page)).named).toEqual(named);
        await projectLabels(page, 'visible');
        // Still clear of every marker.
        expect(await labelsOnMarkers(page)).toEqual([]);
      });

      test('a project chosen by keyboard from the map opens its panel, in view and focused', async ({
        page,
      }) => {
        await page.goto(`./?lang=${lang}`);
        await mapIdle(page);
        const toggle = page.locator('.map-list .toggle');
        await toggle.focus();
        await page.keyboard.press('Enter');
        const first = page.locator('.map-list li button').first();
        await expect(first).toBeFocused();
        await page.keyboard.press('ArrowDown');
        const second = page.locator('.map-list li button').nth(1);
        await expect(second).toBeFocused();
        const name = (await second.locator('.name').textContent())!;
        await page.keyboard.press('Enter');
        const heading = page.locator('#project-title');
        await expect(heading).toContainText(name);
        await expect(heading).toBeFocused();
        // On a phone the sheet rises to show it; its height animates, so wait for it to settle.
        await expect
          .poll(async () => {
            const box = (await heading.boundingBox())!;
            return box.y >= 0 && box.y + box.height <= size.height * 0.75;
          })
          .toBe(true);
        await expect(page.locator('[data-announce="selected"]')).toContainText(name);
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        await mapIdle(page);
        await screenshot(page, `screens-${size.width}-${lang}-project`);
      });
    });
  }
}

test.describe('on a projector (1920×1080) at the overview', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('every capital in view is named on the map', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    const { inView, named } = await capitals(page);
    expect(inView.length).toBeGreaterThanOrEqual(3);
    expect(named).toEqual(inView);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const lang of ['en', 'ja'] as const) {
    test(`the header’s tools are one menu, worked by keyboard (${lang})`, async ({ page }) => {
      await page.goto(`./?lang=${lang}&project=national-road-5`);
      await mapIdle(page);
      expect(await headerHeight(page)).toBeLessThanOrEqual(80);
      const menu = page.getByRole('button', { name: lang === 'en' ? 'Menu' : 'メニュー' });
      const present = page
        .getByRole('banner')
        .getByRole('button', { name: lang === 'en' ? 'Present' : '発表する' });
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(present).toBeHidden();

      await menu.focus();
      await page.keyboard.press('Enter');
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await expect(present).toBeVisible();
      // The tools follow the button: Tab goes into them.
      await page.keyboard.press('Tab');
      await expect(present).toBeFocused();
      expect(await smallControls(page)).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await headerOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `screens-390-${lang}-menu`);

      // Escape closes the menu, gives focus back to its button, and leaves the open project open.
      await page.keyboard.press('Escape');
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(present).toBeHidden();
      await expect(menu).toBeFocused();
      await expect(page.locator('#project-title')).toBeVisible();

      // Space opens it too; a press on the map closes it.
      await page.keyboard.press(' ');
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await page.locator('.map').click({ position: { x: 40, y: 300 } });
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
    });
  }

  test('the language chosen from the menu changes the interface, and the menu stays open', async ({
    page,
  }) => {
    await page.goto('./');
    await mapIdle(page);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await expect(page.getByRole('button', { name: 'メニュー' })).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toHaveText(
      'メコン・日本 連結性アトラス',
    );
    expect(await headerHeight(page)).toBeLessThanOrEqual(80);
  });

  test('the panels are a sheet over the map that rises and lowers', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    const sheet = page.locator('aside.side');
    await expect(sheet).toHaveAttribute('data-sheet', 'peek');
    const map = (await page.locator('.map').boundingBox())!;
    const low = (await sheet.boundingBox())!;
    // The resting sheet leaves most of the map in view.
    expect(low.y).toBeGreaterThan(map.y + map.height * 0.6);
    await page.getByRole('button', { name: 'Raise the panel' }).click();
    await expect(sheet).toHaveAttribute('data-sheet', 'half');
    await settled(sheet);
    await page.getByRole('button', { name: 'Raise the panel' }).click();
    await expect(sheet).toHaveAttribute('data-sheet', 'full');
    await settled(sheet);
    await expect(page.getByRole('button', { name: 'Raise the panel' })).toBeDisabled();
    // At full height it reaches the header, and covers none of it.
    const header = (await page.locator('header.top').boundingBox())!;
    await expect
      .poll(async () => Math.abs((await sheet.boundingBox())!.y - (header.y + header.height)))
      .toBeLessThan(1);
    await screenshot(page, 'screens-390-sheet-full');
    await page.getByRole('button', { name: 'Lower the panel' }).click();
    await expect(sheet).toHaveAttribute('data-sheet', 'half');
    await settled(sheet);
    await page.getByRole('button', { name: 'Lower the panel' }).click();
    await expect(sheet).toHaveAttribute('data-sheet', 'peek');
  });

  test('Escape closes a project and the sheet stays where the user put it', async ({ page }) => {
    await page.goto('./?project=national-road-5');
    await mapIdle(page);
    await expect(page.locator('#project-title')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('#project-title')).toHaveCount(0);
  });
});

test.describe('large type', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('is a setting the link keeps and the back button undoes', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await size();
    const toggle = page.getByRole('button', { name: 'Large text' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/text=large/);
    expect(await size()).toBeGreaterThan(normal * 1.2);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await smallControls(page)).toEqual([]);
    await screenshot(page, 'screens-1024-large-type');

    const colleague = await page.context().newPage();
    await colleague.goto(page.url());
    await mapIdle(colleague);
    await expect(colleague.getByRole('button', { name: 'Large text' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await page.goBack();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(await size()).toBe(normal);
  });

  test('carries into a briefing scene’s link', async ({ page }) => {
    await page.goto('./?text=large');
    await mapIdle(page);
    await page.keyboard.press('p');
    await expect(page).toHaveURL(/deck=default.*text=large/);
    await mapIdle(page);
    await screenshot(page, 'screens-1024-large-type-briefing');
  });
});

test.describe('announcements', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('say how many projects the filters leave, politely', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    const shown = page.locator('[data-announce="shown"]');
    await expect(shown).toHaveAttribute('role', 'status');
    await page.getByRole('checkbox', { name: /^Cambodia/ }).check();
    // Corridors are listed apart, above the table, and not counted among the projects.
    const listed = await page
      .locator('[aria-labelledby="project-list-title"] table tbody tr[aria-rowindex]')
      .count();
    await expect(shown).toContainText(new RegExp(`^\\s*${listed} of \\d+ projects shown`));
  });
});
