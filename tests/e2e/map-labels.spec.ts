/**
 * The map's labels follow the language: in Japanese the places, countries, projects and corridor
 * towns are written in Japanese where the data has a Japanese name, with Japanese glyphs from the
 * app's own font files (only the subsets the labels need); switching language changes them in
 * place; local-script names are added on request and kept in the link.
 */
import type { Page } from '@playwright/test';
import { expect, mapIdle, screenshot, test, watchPage } from './helpers';

type MapHandle = {
  getLayer(id: string): unknown;
  getLayoutProperty(id: string, name: string): unknown;
  queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, unknown> }[];
};

const LABEL_LAYERS = [
  'basemap-country-labels',
  'basemap-places-label',
  'basemap-capitals-label',
  'basemap-towns-label',
  'project-labels',
  'project-station-labels',
  'project-corridor-labels',
  'project-corridor-town-labels',
];

/** Each label layer's text-field, as the map has it now. */
function textFields(page: Page): Promise<Record<string, string>> {
  return page.evaluate((ids) => {
    const map = (document.querySelector('.map') as HTMLElement & { maplibreMap: MapHandle }).maplibreMap;
    return Object.fromEntries(
      ids
        .filter((id) => map.getLayer(id))
        .map((id) => [id, JSON.stringify(map.getLayoutProperty(id, 'text-field'))]),
    );
  }, LABEL_LAYERS);
}

/** The properties of the labels drawn now on some layers. */
function drawnLabels(page: Page, layers: string[]): Promise<Record<string, unknown>[]> {
  return page.evaluate((layers) => {
    const map = (document.querySelector('.map') as HTMLElement & { maplibreMap: MapHandle }).maplibreMap;
    return map
      .queryRenderedFeatures({ layers: layers.filter((id) => map.getLayer(id)) })
      .map((f) => f.properties);
  }, layers);
}

/** Waits until every label layer on the map writes its labels the given way. */
async function labelsAre(page: Page, check: (field: string, id: string) => boolean): Promise<void> {
  await expect
    .poll(async () => Object.entries(await textFields(page)).filter(([id, field]) => !check(field, id)))
    .toEqual([]);
}

/** The corridor routes' labels name the corridor, which has no local-script name. */
const WITH_LOCAL = (id: string) => id !== 'project-corridor-labels';

const japanese = (field: string) => field.includes('_ja"');
const local = (field: string) => field.includes('_local"');
const mapFonts = (urls: string[]) => urls.filter((u) => new URL(u).pathname.includes('/fonts/noto-sans-jp'));

test.describe('at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('in Japanese the labels are Japanese, drawn from the app’s own font files; switching back needs no reload', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const watch = watchPage(page, new URL(baseURL!).origin);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));

    await page.goto('./?lang=ja');
    await mapIdle(page);
    await labelsAre(page, japanese);
    await mapIdle(page);
    // Every label layer writes Japanese where the feature has it, English where it has none.
    const fields = await textFields(page);
    expect(Object.keys(fields).sort()).toEqual([...LABEL_LAYERS].sort());
    expect(fields['basemap-places-label']).toBe('["coalesce",["get","name_ja"],["get","name"]]');

    // Towns and cities under a project's label give way to it, so which places are drawn depends on the view.
    const places = await drawnLabels(page, [
      'basemap-capitals-label',
      'basemap-places-label',
      'basemap-towns-label',
      'basemap-country-labels',
    ]);
    const drawnJa = places.map((p) => p.name_ja).filter((n): n is string => typeof n === 'string');
    expect(drawnJa).toEqual(expect.arrayContaining(['カンボジア', 'タイ']));
    expect(drawnJa.length).toBeGreaterThanOrEqual(4);
    const projects = await drawnLabels(page, ['project-labels']);
    expect(projects.length).toBeGreaterThan(0);
    expect(projects.filter((p) => typeof p.name_ja === 'string').length).toBeGreaterThan(0);
    await screenshot(page, 'map-labels-ja-1920');

    // The Japanese glyphs come from the app's files, only the subsets the labels use.
    const jaFonts = mapFonts(requests).filter((u) => u.endsWith('.woff2'));
    expect(jaFonts.length).toBeGreaterThan(0);
    expect(jaFonts.length).toBeLessThan(60);
    expect(requests.some((u) => u.endsWith('/fonts/noto-sans-jp.json'))).toBe(true);

    // Back to English in the app: the same page, the labels English again.
    await page.evaluate(() => ((window as unknown as { sameLoad: boolean }).sameLoad = true));
    await page.getByRole('combobox', { name: '言語' }).selectOption('en');
    await labelsAre(page, (field) => !japanese(field));
    expect(await page.evaluate(() => (window as unknown as { sameLoad?: boolean }).sameLoad)).toBe(true);
    expect((await textFields(page))['basemap-places-label']).toBe('["get","name"]');
    // And to Japanese again, still in place.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await labelsAre(page, japanese);
    expect(await page.evaluate(() => (window as unknown as { sameLoad?: boolean }).sameLoad)).toBe(true);

    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });

  test('in English the map fetches no Japanese font file', async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('./');
    await mapIdle(page);
    await page.waitForLoadState('load');
    await mapIdle(page);
    expect(await textFields(page)).toMatchObject({ 'basemap-places-label': '["get","name"]' });
    expect(mapFonts(requests)).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });

  test('local-script names on request, kept in the link', async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.goto('./?map=13.2,103.6,6');
    await mapIdle(page);
    const toggle = page.getByRole('checkbox', { name: 'Names in the local script on the map' });
    await expect(toggle).not.toBeChecked();
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(toggle).toBeChecked();
    await expect(page).toHaveURL(/names=local/);
    await labelsAre(page, (field, id) => local(field) === WITH_LOCAL(id) && !japanese(field));
    await mapIdle(page);
    const places = await drawnLabels(page, [
      'basemap-capitals-label',
      'basemap-places-label',
      'basemap-towns-label',
      'basemap-country-labels',
    ]);
    const drawnLocal = places.map((p) => p.name_local).filter((n): n is string => typeof n === 'string');
    expect(drawnLocal).toEqual(expect.arrayContaining(['ประเทศไทย']));
    expect(drawnLocal.length).toBeGreaterThanOrEqual(4);
    await screenshot(page, 'map-labels-local-en-1920');

    // The link keeps it, in Japanese too.
    await page.goto(`./${new URL(page.url()).search}&lang=ja`);
    await mapIdle(page);
    await expect(page.getByRole('checkbox', { name: '地図に現地の文字の地名も表示' })).toBeChecked();
    await labelsAre(page, (field, id) => local(field) === WITH_LOCAL(id) && japanese(field));
    await mapIdle(page);
    await screenshot(page, 'map-labels-local-ja-1920');
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });

  test('the static map writes its places in the language, with local names on request', async ({
    page,
    baseURL,
  }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.goto('./?webgl=0&lang=ja&names=local');
    const svg = page.locator('svg[role]').first();
    await expect(svg).toContainText('プノンペン');
    await expect(svg).toContainText('ភ្នំពេញ');
    await screenshot(page, 'map-labels-static-ja-local');
    await page.getByRole('combobox', { name: '言語' }).selectOption('en');
    await expect(svg).toContainText('Phnom Penh');
    await expect(svg).not.toContainText('プノンペン');
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('Japanese labels at 390×844', async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.goto('./?lang=ja');
    await mapIdle(page);
    await labelsAre(page, japanese);
    await mapIdle(page);
    const drawn = await drawnLabels(page, [
      'basemap-capitals-label',
      'basemap-places-label',
      'basemap-country-labels',
    ]);
    expect(drawn.some((p) => typeof p.name_ja === 'string')).toBe(true);
    await screenshot(page, 'map-labels-ja-390');
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });
});

/**
 * Thailand and Laos at town zoom: Mae Sot, Khon Kaen and Luang Prabang in view, closer on the
 * projector (where the corridor's towns are labelled) than on the phone.
 */
const THAILAND_LAOS = { 1920: 'map=17.6000,100.6000,7.00', 390: 'map=18.0000,101.5000,5.50' };

for (const [label, viewport] of [
  ['1920×1080', { width: 1920, height: 1080 }],
  ['390×844', { width: 390, height: 844 }],
] as const) {
  test.describe(`around Thailand and Laos at ${label}`, () => {
    test.use({ viewport });

    test('every town drawn is written in Japanese', async ({ page, baseURL }) => {
      const watch = watchPage(page, new URL(baseURL!).origin);
      await page.goto(`./?lang=ja&${THAILAND_LAOS[viewport.width]}`);
      await mapIdle(page);
      await labelsAre(page, japanese);
      await mapIdle(page);
      await screenshot(page, `map-labels-ja-thailand-laos-${viewport.width}`);
      const places = await drawnLabels(page, ['basemap-places-label', 'basemap-towns-label']);
      expect(places.length).toBeGreaterThan(0);
      // No place on the map keeps an English label in Japanese.
      expect(places.filter((p) => typeof p.name_ja !== 'string').map((p) => p.name)).toEqual([]);
      // A town on a corridor is labelled by the corridor's own point there, in the same spelling.
      const corridorTowns = await drawnLabels(page, ['project-corridor-town-labels']);
      expect(corridorTowns.filter((p) => typeof p.label_ja !== 'string').map((p) => p.label)).toEqual([]);
      const names = [...places.map((p) => p.name_ja), ...corridorTowns.map((p) => p.label_ja)];
      if (viewport.width > 1000)
        expect(names).toEqual(
          expect.arrayContaining(['メソット', 'ミャワディ', 'コンケン', 'ルアンパバーン']),
        );
      expect(watch.errors).toEqual([]);
      expect(watch.foreign).toEqual([]);
    });
  });
}
