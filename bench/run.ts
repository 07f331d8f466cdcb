/**
 * `npm run bench`: the app against its floor page (bench/floor/), in headless Chromium with
 * software WebGL, interleaved runs, at the real data and at synthetic sets of 1,000, 10,000 and
 * 50,000 projects. Prints a table and writes bench/results.json; says which targets are missed.
 *
 *   npm run bench                      everything (about 15 minutes on a quiet 2-core machine)
 *   npm run bench -- --quick           fewer runs, no 50,000 build: a few minutes
 *   npm run bench -- --only p1,p4      some measures only
 *   npm run bench -- --runs 3          runs per page for P1 and P2
 *   npm run bench -- --max 1000        skip the data sets larger than 1,000 projects
 *
 * CHROME_PATH names the browser (default /usr/bin/chromium).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { writeSyntheticGeodata } from './generate.ts';
import {
  appFilterToggles,
  floorFilterToggles,
  freshPage,
  loadToIdle,
  sceneChanges,
  waitIdle,
} from './measure.ts';
import { serve } from './serve.ts';
import { isLinear, median, percentile, perThousand, round1, verdict, type Verdict } from './stats.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(tmpdir(), 'atlas-bench');
// BENCH_APP_PORT and BENCH_FLOOR_PORT let two benches run side by side on one machine.
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 4311);
const FLOOR_PORT = Number(process.env.BENCH_FLOOR_PORT ?? 4312);
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = new Set((flag('--only') ?? 'p1,p2,p3,p4,p5,p6').split(','));
const runs = Number(flag('--runs') ?? (quick ? 2 : 5));
const REAL = 'real';
/** `--max 1000` skips the larger data sets, to iterate quickly. */
const max = Number(flag('--max') ?? Infinity);
const within = <T extends number | typeof REAL>(sizes: readonly T[]) =>
  sizes.filter((s) => s === REAL || Number(s) <= max);

// ---------- data sets and builds ----------

/** The geodata folder of a set: the repository's own for the real data, else a synthetic copy. */
function geodataFor(size: number | typeof REAL): string | null {
  if (size === REAL) return null;
  const dest = join(WORK, `data-${size}`, 'geodata');
  if (!existsSync(join(dest, '.complete'))) {
    writeSyntheticGeodata(REPO, dest, size);
    writeFileSync(join(dest, '.complete'), '');
  }
  return dest;
}

interface Built {
  app: string;
  floor: string;
  /** `npm run build`'s work for the app (data check and Vite build), in seconds. */
  seconds: number;
  check: number;
  vite: number;
}
const builds = new Map<string, Built>();

function run(command: string, argv: string[], env: NodeJS.ProcessEnv, timeoutMs: number) {
  const t0 = performance.now();
  const result = spawnSync(command, argv, {
    cwd: REPO,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: timeoutMs,
    maxBuffer: 64 * 2 ** 20,
  });
  if (result.status !== 0)
    throw new Error(
      `${command} ${argv.join(' ')} failed${result.signal ? ` (${result.signal})` : ''}: ${String(result.stderr).trim().split('\n').slice(-3).join(' ')}`,
    );
  return { seconds: (performance.now() - t0) / 1000, stdout: String(result.stdout) };
}

function build(size: number | typeof REAL, timeoutMs = 600_000): Built {
  const key = String(size);
  const known = builds.get(key);
  if (known) return known;
  const geodata = geodataFor(size);
  const env: NodeJS.ProcessEnv = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
  if (geodata) env.ATLAS_GEODATA = geodata;
  else delete env.ATLAS_GEODATA;
  const out = join(WORK, `build-${key}`);
  process.stdout.write(`building app and floor with ${key} projects… `);
  // `npm run build` itself: one validation, then the Vite build with the validated atlas.
  const { seconds, stdout } = run(
    'npx',
    ['tsx', 'scripts/build.ts', '--logLevel', 'error', '--outDir', join(out, 'app'), '--emptyOutDir'],
    env,
    timeoutMs,
  );
  // Its first line ends with how long the validation took: "data ok (…) (1234 ms)".
  const check = Number(/\((\d+) ms\)\s*$/m.exec(stdout)?.[1] ?? NaN) / 1000;
  const vite = seconds - check;
  run(
    'npx',
    ['vite', 'build', '-c', 'bench/floor/vite.config.ts', '--outDir', join(out, 'floor')],
    env,
    timeoutMs,
  );
  console.log(`${seconds.toFixed(1)} s (of which validating about ${check.toFixed(1)} s)`);
  const built = { app: join(out, 'app'), floor: join(out, 'floor'), seconds, check, vite };
  builds.set(key, built);
  return built;
}

// ---------- servers ----------

async function withServers<T>(built: Built, body: (app: string, floor: string) => Promise<T>): Promise<T> {
  const app = await serve(built.app, APP_PORT);
  const floor = await serve(built.floor, FLOOR_PORT);
  try {
    return await body(`http://127.0.0.1:${APP_PORT}/`, `http://127.0.0.1:${FLOOR_PORT}/`);
  } finally {
    app.closeAllConnections();
    floor.closeAllConnections();
    await Promise.all([new Promise((r) => app.close(r)), new Promise((r) => floor.close(r))]);
  }
}

// ---------- measures ----------

const results: Record<string, unknown> = {};
const verdicts: Verdict[] = [];
const table: string[][] = [];
const row = (...cells: (string | number)[]) => table.push(cells.map(String));

async function p1(browser: Browser) {
  const out: Record<string, unknown> = {};
  for (const size of within([REAL, 10_000] as const)) {
    const label = size === REAL ? '13' : String(size);
    const n = size === REAL ? runs : Math.max(1, Math.ceil(runs / 2));
    const app: number[] = [];
    const floor: number[] = [];
    await withServers(build(size), async (appUrl, floorUrl) => {
      // ABBA order, so drift on a shared machine falls on both pages alike.
      for (let i = 0; i < n; i++) {
        const order = i % 2 === 0 ? ['app', 'floor'] : ['floor', 'app'];
        for (const which of order)
          (which === 'app' ? app : floor).push(
            await loadToIdle(browser, which === 'app' ? appUrl : floorUrl),
          );
      }
    });
    const ratio = median(app) / median(floor);
    out[label] = {
      app_ms: round1(median(app)),
      floor_ms: round1(median(floor)),
      ratio: Math.round(ratio * 100) / 100,
      runs: n,
    };
    row(
      `P1 navigation → map idle, ${label} projects`,
      `${Math.round(median(app))} ms`,
      `${Math.round(median(floor))} ms`,
      `${ratio.toFixed(2)}×`,
      '≤ 1.15×',
    );
    verdicts.push(
      verdict(`P1 at ${label} projects ≤ 1.15× the floor`, ratio <= 1.15, `${ratio.toFixed(2)}×`),
    );
  }
  results.p1_idle_ratio = out;
}

/** Each run's full Lighthouse report is kept here, to read its audits (long tasks, LCP element…). */
const LIGHTHOUSE_DIR = join(WORK, 'lighthouse');

async function lighthouseRun(
  url: string,
  name: string,
): Promise<{ score: number; fcp: number; lcp: number; tbt: number; cls: number }> {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktop } = await import('lighthouse/core/config/desktop-config.js');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: ['--headless=new', ...CHROME_ARGS],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      desktop,
    );
    const lhr = result!.lhr;
    mkdirSync(LIGHTHOUSE_DIR, { recursive: true });
    writeFileSync(join(LIGHTHOUSE_DIR, `${name}.json`), JSON.stringify(lhr));
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      fcp: Math.round(audit('first-contentful-paint')),
      lcp: Math.round(audit('largest-contentful-paint')),
      tbt: Math.round(audit('total-blocking-time')),
      cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
    };
  } finally {
    chrome.kill();
  }
}

async function p2() {
  const n = Math.max(1, quick ? 1 : Math.min(runs, 3));
  const app: Awaited<ReturnType<typeof lighthouseRun>>[] = [];
  const floor: typeof app = [];
  await withServers(build(REAL), async (appUrl, floorUrl) => {
    for (let i = 0; i < n; i++) {
      const order = i % 2 === 0 ? ['app', 'floor'] : ['floor', 'app'];
      for (const which of order)
        (which === 'app' ? app : floor).push(
          await lighthouseRun(which === 'app' ? appUrl : floorUrl, `${which}-${i + 1}`),
        );
    }
  });
  const summary = (list: typeof app) => ({
    score: median(list.map((r) => r.score)),
    fcp_ms: median(list.map((r) => r.fcp)),
    lcp_ms: median(list.map((r) => r.lcp)),
    tbt_ms: median(list.map((r) => r.tbt)),
    cls: median(list.map((r) => r.cls)),
  });
  const a = summary(app);
  const f = summary(floor);
  results.p2_lighthouse = { app: a, floor: f, runs: n };
  row('P2 Lighthouse desktop score', a.score, f.score, `${a.score - f.score} points`, '≥ floor − 3');
  row(
    'P2 FCP / LCP / TBT / CLS',
    `${a.fcp_ms} / ${a.lcp_ms} / ${a.tbt_ms} ms / ${a.cls}`,
    `${f.fcp_ms} / ${f.lcp_ms} / ${f.tbt_ms} ms / ${f.cls}`,
    '',
    '',
  );
  verdicts.push(
    verdict('P2 Lighthouse within 3 points of the floor', a.score >= f.score - 3, `${a.score} vs ${f.score}`),
  );
}

async function p3(browser: Browser) {
  const out: Record<string, unknown> = {};
  const toggles = quick ? 10 : 30;
  for (const size of within([REAL, 1_000, 10_000] as const)) {
    const label = size === REAL ? '13' : String(size);
    await withServers(build(size), async (appUrl, floorUrl) => {
      const app = await freshPage(browser);
      await app.page.goto(appUrl);
      await waitIdle(app.page);
      const settle = await appFilterToggles(app.page, /^Cambodia/, toggles);
      await app.context.close();
      const floor = await freshPage(browser);
      await floor.page.goto(floorUrl);
      await waitIdle(floor.page);
      const naive = await floorFilterToggles(floor.page, 'KH', Math.ceil(toggles / 2));
      await floor.context.close();
      const stat = (v: number[]) => ({ p50: round1(percentile(v, 50)), p95: round1(percentile(v, 95)) });
      const frame = stat(settle.map((s) => s.frame));
      const idle = stat(settle.map((s) => s.idle));
      out[label] = {
        app_next_frame: frame,
        app_map_idle: idle,
        floor_set_filter_next_frame: stat(naive.setFilterFrame),
        floor_set_filter_idle: stat(naive.setFilter),
        floor_naive_set_data_idle: stat(naive.setData),
        toggles,
      };
      row(
        `P3 filter → next frame / map idle, ${label}`,
        `p50 ${frame.p50} / ${idle.p50} ms, p95 ${frame.p95} / ${idle.p95} ms`,
        `setFilter p95 ${stat(naive.setFilterFrame).p95} / ${stat(naive.setFilter).p95} ms`,
        `setData p95 ${stat(naive.setData).p95} ms`,
        size === 10_000 ? 'p95 ≤ 16 ms' : '',
      );
      if (size === 10_000)
        verdicts.push(
          verdict('P3 filter → next frame p95 ≤ 16 ms at 10,000', frame.p95 <= 16, `${frame.p95} ms`),
        );
    });
  }
  results.p3_filter_ms = out;
}

const gz = (file: string) => gzipSync(readFileSync(file)).length / 1024;

function p4() {
  const dist = build(REAL).app;
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => join(dist, m[1]!));
  // The app's module script is held back until the first frame is drawn (public/boot-check.js
  // starts it): it is still the first script, and counted as one.
  const initialJs = [
    ...refs(/<script[^>]+type="(?:module|atlas\/after-first-paint)"[^>]+src="([^"]+)"/g),
    ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ];
  if (!initialJs.length) throw new Error(`${join(dist, 'index.html')} names no module script`);
  const css = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const assets = readdirSync(join(dist, 'assets'));
  const worker = assets.filter((f) => f.includes('worker')).map((f) => join(dist, 'assets', f));
  const allJs = assets.filter((f) => f.endsWith('.js')).map((f) => join(dist, 'assets', f));
  // What the page fetches at start; data/projects/<id>.json is fetched when a project is opened.
  const data = readdirSync(join(dist, 'data'), { withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => join(dist, 'data', f.name));
  const sum = (files: string[]) => round1(files.reduce((n, f) => n + gz(f), 0));
  const kb = {
    initial_js: sum(initialJs),
    worker: sum(worker),
    css: sum(css),
    data: sum(data),
    all_js: sum(allJs),
  };
  results.p4_gzip_kb = kb;
  row(
    'P4 gzip KB: initial JS / worker / CSS / data',
    `${kb.initial_js} / ${kb.worker} / ${kb.css} / ${kb.data}`,
    '',
    `all JS ${kb.all_js}`,
    'initial JS ≤ 320',
  );
  verdicts.push(verdict('P4 initial JS ≤ 320 KB gzip', kb.initial_js <= 320, `${kb.initial_js} KB`));
}

async function p5(browser: Browser) {
  await withServers(build(REAL), async (appUrl) => {
    const { context, page } = await freshPage(browser);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(appUrl);
    await waitIdle(page);
    await page.getByRole('banner').getByRole('button', { name: 'Present' }).click();
    await page.locator('.scene-title').waitFor();
    const changes = quick ? 300 : 1000;
    const { frames, heapBefore, heapAfter } = await sceneChanges(page, changes, quick ? 40 : 100);
    await context.close();
    const p95 = round1(percentile(frames, 95));
    const growth = round1((heapAfter - heapBefore) / 2 ** 20);
    results.p5_scene = {
      first_frame_ms: { p50: round1(median(frames)), p95 },
      heap_growth_mb: growth,
      changes,
    };
    row(
      `P5 scene → first frame p95; heap over ${changes} changes`,
      `${p95} ms; +${growth} MB`,
      '',
      '',
      '≤ 50 ms; ≤ 2 MB',
    );
    verdicts.push(verdict('P5 scene change → first frame p95 ≤ 50 ms', p95 <= 50, `${p95} ms`));
    verdicts.push(
      verdict(`P5 heap growth over ${changes} scene changes ≤ 2 MB`, growth <= 2, `${growth} MB`),
    );
  });
}

function p6() {
  const sizes = within(quick ? [1_000, 10_000] : [1_000, 10_000, 50_000]);
  const out: Record<string, number | string> = {};
  const points: { projects: number; seconds: number }[] = [];
  for (const size of sizes) {
    try {
      const { seconds, check, vite } = build(size, 900_000);
      out[String(size)] = round1(seconds);
      out[`${size}_data_check`] = round1(check);
      out[`${size}_vite_build`] = round1(vite);
      points.push({ projects: size, seconds });
    } catch (error) {
      out[String(size)] = `failed: ${(error as Error).message.slice(0, 200)}`;
    }
  }
  const linear = isLinear(points);
  results.p6_build_s = { ...out, s_per_1000_between_sizes: perThousand(points).map(round1), linear };
  row(
    'P6 build s: ' + sizes.join(' / '),
    sizes
      .map((s) => out[String(s)])
      .map((v) => (typeof v === 'number' ? v : 'failed'))
      .join(' / '),
    '',
    linear ? 'linear' : 'not linear',
    '≤ 5 s at 10,000',
  );
  const at10k = out['10000'];
  verdicts.push(
    verdict('P6 build ≤ 5 s at 10,000 projects', typeof at10k === 'number' && at10k <= 5, `${at10k} s`),
  );
  verdicts.push(
    verdict(
      'P6 build time linear in the projects',
      linear && points.length === sizes.length,
      points.length === sizes.length
        ? `${perThousand(points).map(round1).join(', ')} s per 1,000`
        : 'a build failed',
    ),
  );
}

// ---------- main ----------

const started = performance.now();
/** A run of some measures keeps the others' figures from the last run. */
const previous =
  existsSync(join(REPO, 'bench/results.json')) && only.size < 6
    ? (JSON.parse(readFileSync(join(REPO, 'bench/results.json'), 'utf8')) as Record<string, unknown>)
    : {};

/** Writes bench/results.json; called after each measure, so a run cut short keeps what it took. */
function save() {
  const kept = ((previous.targets as Verdict[] | undefined) ?? []).filter(
    (p) => !verdicts.some((v) => v.target.slice(0, 3) === p.target.slice(0, 3)),
  );
  const machine = {
    cpus: os.cpus().length,
    load: os.loadavg().map(round1),
    quick,
    runs,
    date: new Date().toISOString(),
  };
  const minutes = round1((performance.now() - started) / 60000);
  writeFileSync(
    join(REPO, 'bench/results.json'),
    JSON.stringify({ ...previous, ...results, targets: [...kept, ...verdicts], machine, minutes }, null, 2) +
      '\n',
  );
}

mkdirSync(WORK, { recursive: true });
if (only.has('p6')) p6();
if (only.has('p4')) p4();
save();
const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
try {
  for (const [name, measure] of [
    ['p1', p1],
    ['p3', p3],
    ['p5', p5],
  ] as const)
    if (only.has(name)) {
      await measure(browser);
      save();
    }
} finally {
  await browser.close();
}
if (only.has('p2')) await p2();
save();

const widths = [0, 1, 2, 3, 4].map((c) =>
  Math.max(
    ...[['measure', 'app', 'floor', 'ratio / note', 'target'], ...table].map((r) => (r[c] ?? '').length),
  ),
);
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
console.log('\n' + line(['measure', 'app', 'floor', 'ratio / note', 'target']));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of table) console.log(line(r));
console.log('');
for (const v of verdicts) console.log(`${v.met ? 'met   ' : 'MISSED'}  ${v.target}: ${v.measured}`);
console.log(`\nbench/results.json written (${((performance.now() - started) / 60000).toFixed(1)} min)`);
