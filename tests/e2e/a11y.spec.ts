import { createRequire } from 'node:module';
import { expect, mapIdle, test } from './helpers';

test.use({ viewport: { width: 1920, height: 1080 } });

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** WCAG 2.1 A and AA rules that axe can decide automatically; the rest need a person. */
async function violations(page: import('@playwright/test').Page): Promise<string[]> {
  // Served as a file of the page's origin: the page's Content-Security-Policy refuses inline script.
  await page.route('**/__axe.min.js', (route) =>
    route.fulfill({ path: axePath, contentType: 'text/javascript' }),
  );
  await page.addScriptTag({ url: './__axe.min.js' });
  return page.evaluate(async () => {
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
    const result = await axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
    });
    return result.violations.map(
      (v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}

for (const [name, url] of [
  ['the overview', './'],
  ['a project with its financing table', './?project=national-road-5&currency=usd'],
  ['the Japanese interface with the investment chart', './?lang=ja&trade=fdi&country=KH'],
  ['a briefing scene with its chart', './?deck=default&scene=10'],
  ['a briefing scene in Japanese', './?deck=default&scene=5&lang=ja'],
] as const) {
  test(`${name} has no automatically detectable WCAG A/AA violation`, async ({ page }) => {
    await page.goto(url);
    await mapIdle(page);
    expect(await violations(page)).toEqual([]);
  });
}
