/**
 * Where the time between an input and the next frame goes, for a filter click and for scene
 * changes in the presenter: a Chromium trace (with its V8 sampling profile) of each, and a count
 * of the map calls the page makes per change. Not part of `npm run bench`: a tool to find what
 * the page adds on top of the map's own frame.
 *
 *   npx tsx bench/profile.ts --dist <built app> [--port 4317] [--filters 10] [--scenes 20]
 *
 * Build the app unminified (`npx vite build --minify false --outDir <folder>`, with ATLAS_GEODATA
 * for a synthetic set) so the samples name their source modules; a minified build still gives
 * the map calls, the rendering steps and the totals.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { freshPage, waitIdle } from './measure.ts';
import { serve } from './serve.ts';
import { median, percentile, round1 } from './stats.ts';
import {
  breakdown,
  mainThread,
  moduleAt,
  moduleRegions,
  profileSamples,
  renderSteps,
  type TraceEvent,
} from './trace-breakdown.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dist = flag('--dist');
if (!dist) throw new Error('--dist <built app folder> is required');
const port = Number(flag('--port') ?? 4317);
const filters = Number(flag('--filters') ?? 10);
const scenes = Number(flag('--scenes') ?? 20);
/** Also list the functions most samples were in, with their module. */
const top = Number(flag('--top') ?? 0);
/** Also list the commonest stacks of the samples whose innermost function's key contains this. */
const stacksOf = flag('--stacks');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

// The module each line of each chunk comes from (unminified builds only).
const regions = new Map<string, { line: number; module: string }[]>();
for (const file of readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js')))
  regions.set(file, moduleRegions(readFileSync(join(dist, 'assets', file), 'utf8')));
const moduleOf = (url: string, line: number) => {
  const file = url.split('/').pop()?.split('?')[0] ?? '';
  return moduleAt(regions.get(file) ?? [], line);
};

type Calls = Record<string, { n: number; ms: number }>;

/** Wraps the map's style, camera and frame methods to count them and time their synchronous part. */
function instrumentMap() {
  type AnyMap = Record<string, unknown> & { getSource(id: string): Record<string, unknown> | undefined };
  const map = (document.querySelector('.map') as HTMLElement & { maplibreMap: AnyMap }).maplibreMap;
  const w = window as unknown as { __calls: Calls };
  w.__calls = {};
  const wrap = (target: Record<string, unknown>, name: string, label = name) => {
    const original = target[name] as ((...a: unknown[]) => unknown) | undefined;
    if (typeof original !== 'function') return;
    target[name] = function (this: unknown, ...a: unknown[]) {
      const t0 = performance.now();
      try {
        return original.apply(this, a);
      } finally {
        const c = (w.__calls[label] ??= { n: 0, ms: 0 });
        c.n++;
        c.ms += performance.now() - t0;
      }
    };
  };
  for (const name of [
    'setFilter',
    'setLayoutProperty',
    'setPaintProperty',
    'setFeatureState',
    'removeFeatureState',
    'moveLayer',
    'addLayer',
    'removeLayer',
    'fitBounds',
    'flyTo',
    'jumpTo',
    'easeTo',
    '_render',
  ])
    wrap(map, name);
  for (const id of ['projects', 'project-labels']) {
    const source = map.getSource(id);
    if (source) wrap(source, 'setData', `setData(${id})`);
  }
}

interface Change {
  frame: number;
  calls: Calls;
}

/** Clicks a filter checkbox `count` times, timing each from the click to the next frame. */
async function filterClicks(page: Page, count: number): Promise<Change[]> {
  const box = page.getByRole('checkbox', { name: /^Cambodia/ }).first();
  const out: Change[] = [];
  for (let i = 0; i < count; i++) {
    await page.evaluate(() => {
      const w = window as unknown as { __calls: Calls; __done: Promise<number> };
      w.__calls = {};
      w.__done = new Promise((resolve) =>
        document.addEventListener(
          'click',
          (event) => {
            performance.mark('p-in');
            const t0 = event.timeStamp;
            requestAnimationFrame(() =>
              setTimeout(() => {
                performance.mark('p-frame');
                resolve(performance.now() - t0);
              }),
            );
          },
          { capture: true, once: true },
        ),
      );
    });
    await box.click();
    const frame = await page.evaluate(() => (window as unknown as { __done: Promise<number> }).__done);
    const calls = await page.evaluate(() => (window as unknown as { __calls: Calls }).__calls);
    out.push({ frame, calls });
    // Let the map settle, so each change starts from a drawn map, as a person's click would.
    await page.waitForTimeout(1500);
  }
  return out;
}

/** Steps through the briefing with the arrow key, as the bench's P5 does. */
async function sceneSteps(page: Page, count: number): Promise<Change[]> {
  const out: Change[] = [];
  for (let i = 0; i < count; i++) {
    const change = await page.evaluate(async () => {
      const w = window as unknown as { __calls: Calls };
      w.__calls = {};
      const title = () => document.querySelector('.scene-title')?.textContent ?? '';
      const press = (key: string) =>
        window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      const before = title();
      performance.mark('p-in');
      const t0 = performance.now();
      press('ArrowRight');
      await Promise.resolve();
      if (title() === before) press('Home');
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      performance.mark('p-frame');
      return { frame: performance.now() - t0, calls: w.__calls };
    });
    out.push(change);
    await page.waitForTimeout(300);
  }
  return out;
}

function report(title: string, changes: Change[], events: TraceEvent[]) {
  const thread = mainThread(events);
  if (!thread) throw new Error('no renderer main thread in the trace');
  const samples = profileSamples(events, thread);
  const marks = (name: string) =>
    events
      .filter((e) => e.name === name && e.pid === thread.pid)
      .map((e) => e.ts)
      .sort((a, b) => a - b);
  const ins = marks('p-in');
  const frames = marks('p-frame');
  const sums = new Map<string, number[]>();
  const steps = new Map<string, { ms: number[]; count: number; forced: number }>();
  ins.forEach((from, i) => {
    const to = frames.find((f) => f > from);
    if (to === undefined) return;
    for (const [key, ms] of breakdown(samples, from, to, moduleOf)) {
      const list = sums.get(key) ?? [];
      list[i] = ms;
      sums.set(key, list);
    }
    for (const [name, step] of Object.entries(renderSteps(events, thread, from, to))) {
      const s = steps.get(name) ?? { ms: [], count: 0, forced: 0 };
      s.ms[i] = step.ms;
      s.count += step.count;
      s.forced += step.forced;
      steps.set(name, s);
    }
  });
  const n = ins.length;
  const per = (list: number[]) => Array.from({ length: n }, (_, i) => list[i] ?? 0);
  const frameMs = changes.map((c) => c.frame);
  console.log(
    `\n## ${title}: ${n} changes, next frame p50 ${round1(median(frameMs))} / p95 ${round1(percentile(frameMs, 95))} ms`,
  );
  console.log('\nMain thread by what ran (V8 samples), ms per change: median / p95 / mean');
  for (const [key, list] of [...sums].sort((a, b) => sum(per(b[1])) - sum(per(a[1])))) {
    const v = per(list);
    console.log(`  ${key.padEnd(58)} ${fmt(median(v))} / ${fmt(percentile(v, 95))} / ${fmt(sum(v) / n)}`);
  }
  if (top > 0) {
    const leaves = new Map<string, number>();
    ins.forEach((from) => {
      const to = frames.find((f) => f > from) ?? from;
      const inside = samples.filter((s) => s.ts >= from && s.ts <= to);
      inside.forEach((s, i) => {
        const f = s.stack.find((c) => c.url) ?? s.stack[0];
        if (!f) return;
        const key = `${f.functionName || '(anonymous)'} ${(f.url && moduleOf(f.url, f.lineNumber)) || f.url || ''}:${f.lineNumber + 1}`;
        leaves.set(key, (leaves.get(key) ?? 0) + ((inside[i + 1]?.ts ?? to) - s.ts) / 1000 / n);
      });
    });
    if (stacksOf) {
      const stacks = new Map<string, number>();
      for (const s of samples) {
        const f = s.stack.find((c) => c.url);
        if (
          !f ||
          !`${f.functionName} ${moduleOf(f.url, f.lineNumber)}:${f.lineNumber + 1}:${f.columnNumber}`.includes(
            stacksOf,
          )
        )
          continue;
        const key = s.stack
          .filter((c) => c.url)
          .slice(0, 12)
          .map(
            (c) =>
              `${c.functionName || '(anonymous)'}@${moduleOf(c.url, c.lineNumber)}:${c.lineNumber + 1}:${c.columnNumber}`,
          )
          .join(' < ');
        stacks.set(key, (stacks.get(key) ?? 0) + 1);
      }
      console.log(`\nStacks of ${stacksOf} (samples)`);
      for (const [key, count] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 8))
        console.log(`  ${count}  ${key}`);
    }
    console.log('\nFunctions sampled most (innermost with a script), ms per change (mean)');
    for (const [key, ms] of [...leaves].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`  ${fmt(ms)}  ${key}`);
  }
  console.log(
    '\nRendering steps (trace events), ms per change: median / p95; count over all; forced by script',
  );
  for (const [name, s] of steps) {
    const v = per(s.ms);
    console.log(
      `  ${name.padEnd(20)} ${fmt(median(v))} / ${fmt(percentile(v, 95))}   ${s.count}   ${s.forced}`,
    );
  }
  console.log('\nMap calls per change: calls (median) / ms (median)');
  const names = new Set(changes.flatMap((c) => Object.keys(c.calls)));
  for (const name of names) {
    const calls = changes.map((c) => c.calls[name]?.n ?? 0);
    const ms = changes.map((c) => c.calls[name]?.ms ?? 0);
    console.log(`  ${name.padEnd(28)} ${String(median(calls)).padStart(4)} / ${fmt(median(ms))}`);
  }
}

const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
const fmt = (v: number) => round1(v).toFixed(1).padStart(7);

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

const server = await serve(dist, port);
const browser = await chromium.launch({
  executablePath: CHROME,
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
  ],
});
try {
  const url = `http://127.0.0.1:${port}/`;
  if (filters > 0) {
    const { context, page } = await freshPage(browser);
    await page.goto(url);
    await waitIdle(page);
    await page.waitForTimeout(1000);
    await page.evaluate(instrumentMap);
    await browser.startTracing(page, { categories: CATEGORIES });
    const changes = await filterClicks(page, filters);
    const trace = JSON.parse(String(await browser.stopTracing())) as { traceEvents: TraceEvent[] };
    report('Filter click (Cambodia)', changes, trace.traceEvents);
    await context.close();
  }
  if (scenes > 0) {
    const { context, page } = await freshPage(browser);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(url);
    await waitIdle(page);
    await page.getByRole('banner').getByRole('button', { name: 'Present' }).click();
    await page.locator('.scene-title').waitFor();
    await page.waitForTimeout(1000);
    await page.evaluate(instrumentMap);
    await sceneSteps(page, 3);
    await browser.startTracing(page, { categories: CATEGORIES });
    const changes = await sceneSteps(page, scenes);
    const trace = JSON.parse(String(await browser.stopTracing())) as { traceEvents: TraceEvent[] };
    report('Scene change (ArrowRight)', changes, trace.traceEvents);
    await context.close();
  }
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}
