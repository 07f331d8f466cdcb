import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, mapIdle, screenshot, settled, test } from './helpers';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** WCAG 2.2 A and AA rules that axe can decide automatically; the rest need a person. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  // Served as a file of the page's origin: the page's Content-Security-Policy refuses inline script.
  await page.route('**/__axe.min.js', (route) =>
    route.fulfill({ path: axePath, contentType: 'text/javascript' }),
  );
  await page.addScriptTag({ url: './__axe.min.js' });
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: tags });
    return result.violations.map(
      (v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }, TAGS);
}

interface State {
  name: string;
  url: string;
  /** What the user does after the page opens to reach the state. */
  then?: (page: Page) => Promise<void>;
  /** When the page is ready to check; by default, when the map has drawn everything in view. */
  ready?: (page: Page) => Promise<void>;
  /** Only at these widths, for a state that exists only there (the phone's sheet). */
  widths?: number[];
}

/**
 * Every screen a user meets, each checked at a projector's size and on a phone. A new panel
 * gets a row here: its address and, if it needs one, the step that opens it.
 */
const STATES: State[] = [
  { name: 'explore', url: './' },
  { name: 'a project panel with its financing table', url: './?project=national-road-5&currency=usd' },
  { name: 'the Japanese interface with the investment chart', url: './?lang=ja&trade=fdi&country=KH' },
  { name: 'a Japanese project panel', url: './?lang=ja&project=hcmc-metro-line-1' },
  { name: 'large type', url: './?text=large&project=sihanoukville-port-nct' },
  {
    name: 'the deck panel with a scene of the user’s own',
    url: './',
    then: async (page) => {
      // The authoring part is folded away until the deck has a scene.
      await page.locator('.decks details.author summary').click();
      await page.locator('.decks').getByRole('button', { name: 'Add this view as a scene' }).click();
      await expect(page.locator('.decks details.author')).toHaveAttribute('open', '');
    },
  },
  {
    name: 'the projects on the map, listed for the keyboard',
    url: './',
    then: async (page) => {
      await page.getByRole('button', { name: /^Projects on the map/ }).click();
      await expect(page.getByRole('list', { name: 'Projects on the map' })).toBeVisible();
    },
  },
  { name: 'a corridor panel', url: './?project=southern-economic-corridor' },
  { name: 'a Japanese corridor panel', url: './?lang=ja&project=east-west-economic-corridor' },
  {
    name: 'the static map drawn without WebGL',
    url: './?webgl=0&project=national-road-5',
    ready: async (page) => {
      await expect(page.locator('.static-map g[data-project]').first()).toBeVisible();
    },
  },
  {
    name: 'the phone sheet raised to full height',
    url: './',
    widths: [390],
    then: async (page) => {
      const sheet = page.locator('aside.side');
      for (const step of ['half', 'full']) {
        await page.getByRole('button', { name: 'Raise the panel' }).click();
        await expect(sheet).toHaveAttribute('data-sheet', step);
        await settled(sheet);
      }
    },
  },
  {
    name: 'the phone header’s menu open, with its image and print choices',
    url: './',
    widths: [390],
    then: async (page) => {
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.locator('.export-menu summary').click();
      await expect(page.getByRole('button', { name: 'Map as image (PNG)' })).toBeVisible();
    },
  },
  {
    name: 'the timeline as a table in a past year',
    url: './?year=2015',
    then: async (page) => {
      await page.locator('.timeline summary').click();
      await expect(page.locator('.timeline table')).toBeVisible();
    },
  },
  { name: 'a briefing scene with its chart', url: './?deck=default&scene=10' },
  { name: 'a briefing scene in Japanese', url: './?deck=default&scene=5&lang=ja' },
];

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
];

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    for (const state of STATES.filter((s) => !s.widths || s.widths.includes(size.width))) {
      test(`${state.name} has no automatically detectable WCAG 2.2 A/AA violation`, async ({ page }) => {
        await page.goto(state.url);
        await (state.ready ?? mapIdle)(page);
        await state.then?.(page);
        expect(await violations(page)).toEqual([]);
        const slug = state.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
        await screenshot(page, `a11y-${size.width}-${slug}`);
      });
    }
  });
}
