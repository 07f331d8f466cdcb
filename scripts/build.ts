/**
 * `npm run build`: validates geodata/ once and runs the Vite build with the validated atlas.
 * The data check runs on a thread of its own (scripts/check-data-worker.ts) while Vite compiles
 * the app, which does not depend on the data, and then cuts the map's tiles while the data
 * plugin writes the rest; the data plugin waits for the check before anything
 * is written, so invalid data stops the build with `npm run data:check`'s one line per problem and
 * leaves the output folder as it was. Vite's messages are held back until the data has passed.
 * Arguments are passed to Vite's build (`--outDir <folder>`, `--emptyOutDir`, `--logLevel <level>`).
 * ATLAS_BUILD_TIMING=1 prints when each step ends, in milliseconds since the process started.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build, createLogger, mergeConfig, type InlineConfig, type LogLevel, type Plugin } from 'vite';
import { oneLine } from '../src/lib/data/data-error.ts';
import { geodataLocation } from '../src/lib/data/read-geodata.ts';
import type { Atlas } from '../src/lib/data/validate.ts';
import viteConfig from '../vite.config.ts';
import type { CheckResult, TilesResult } from './check-data-worker.ts';
import type { TileFile } from './project-tiles.ts';
import { handOverAtlas } from './vite-plugin-data.ts';

const args = process.argv.slice(2);
const value = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const logLevel = value('--logLevel') as LogLevel | undefined;
const timing = !!process.env.ATLAS_BUILD_TIMING;
const at = (what: string) => timing && console.log(`build: ${what} at ${Math.round(performance.now())} ms`);
at('started');

const repo = fileURLToPath(new URL('..', import.meta.url));
const { root, geodata } = geodataLocation(repo);

const fail = (lines: readonly string[]): never => {
  for (const line of lines) console.error(line);
  process.exit(1);
};

// Vite's messages wait until the data has passed: a failing build prints only its problems.
const logger = createLogger(logLevel);
let held: (() => void)[] | null = [];
for (const level of ['info', 'warn', 'warnOnce'] as const) {
  const print = logger[level].bind(logger);
  logger[level] = (message, options) =>
    void (held ? held.push(() => print(message, options)) : print(message, options));
}

// A worker does not inherit the TypeScript loader this script runs under: it registers it first.
const worker = new Worker(
  `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})` +
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.resolve('./check-data-worker.ts'))}); });`,
  { eval: true, workerData: { root, geodata } },
);
let answered = false;
let tilesIn = false;
let tilesCut!: (tiles: TileFile[]) => void;
const tiles = new Promise<TileFile[]>((resolve) => (tilesCut = resolve));
const checked = new Promise<{ atlas: Atlas }>((resolve) => {
  worker.once('message', (result: CheckResult) => {
    answered = true;
    worker.once('message', (cut: TilesResult) => {
      at('tiles cut');
      tilesIn = true;
      tilesCut(cut.tiles);
    });
    if (!result.ok) fail(result.lines);
    else {
      at('data checked');
      // Printed unless silent: the benchmark reads the validation time from it.
      if (logLevel !== 'silent') console.log(`${result.summary} (${Math.round(result.ms)} ms)`);
      const shown = held ?? [];
      held = null;
      for (const print of shown) print();
      resolve({ atlas: JSON.parse(result.json) as Atlas });
    }
  });
  worker.once('error', (error) => fail([`build failed: ${oneLine(error.message)}`]));
  worker.once('exit', (code) => {
    if (!answered) fail([`build failed: the data check stopped (exit code ${code})`]);
    else if (!tilesIn) fail([`build failed: cutting the map's tiles stopped (exit code ${code})`]);
  });
});
handOverAtlas(geodata, checked, tiles);

const timings: Plugin = {
  name: 'build-timing',
  ...Object.fromEntries(
    (['buildStart', 'buildEnd', 'renderStart', 'generateBundle', 'writeBundle'] as const).map((hook) => [
      hook,
      () => void at(hook),
    ]),
  ),
};

const outDir = value('--outDir');
// The configuration is vite.config.ts itself, already loaded here, rather than a copy Vite bundles.
const config: InlineConfig = mergeConfig(viteConfig, {
  configFile: false,
  root: repo,
  logLevel,
  customLogger: logger,
  build: { ...(outDir ? { outDir } : {}), ...(args.includes('--emptyOutDir') ? { emptyOutDir: true } : {}) },
  plugins: timing ? [timings] : [],
} satisfies InlineConfig);
try {
  await build(config);
  at('built');
} catch (error) {
  // Vite has printed what failed; the stack adds nothing a person can act on.
  fail([`build failed: ${oneLine(error instanceof Error ? error.message : String(error))}`]);
}
