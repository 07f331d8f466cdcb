import { test } from '@playwright/test';
import { mapIdle, screenshot } from './helpers';
for (const [w, h] of [
  [390, 844],
  [1024, 768],
  [1920, 1080],
])
  for (const lang of ['en', 'ja'])
    test(`probe ${w} ${lang}`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(`./?lang=${lang}`);
      await mapIdle(page);
      const out = await page.evaluate(() => {
        const map = (document.querySelector('.map') as any).maplibreMap;
        const has = (ids: string[]) => ids.filter((id) => map.getLayer(id));
        const markers = map.queryRenderedFeatures({
          layers: has(['project-sites', 'project-corridor-nodes']),
        });
        const labelLayers = has(['project-labels', 'project-corridor-town-labels', 'project-station-labels']);
        const hits: string[] = [];
        for (const m of markers) {
          const c = m.geometry.coordinates;
          const p = map.project(c);
          const r = m.layer.id === 'project-sites' ? 9 : 4;
          const over = map.queryRenderedFeatures(
            [
              [p.x - r, p.y - r],
              [p.x + r, p.y + r],
            ],
            { layers: labelLayers },
          );
          for (const o of over)
            hits.push(
              `${m.properties.project}/${m.properties.part} under ${o.layer.id} ${o.properties.name ?? o.properties.label} at ${Math.round(p.x)},${Math.round(p.y)}`,
            );
        }
        return [...new Set(hits)];
      });
      console.log(w, lang, JSON.stringify(out, null, 1));
      await screenshot(page, `probe-labels-${w}-${lang}`);
    });
