/**
 * `npm run build`: validates geodata/ once, then runs the Vite build with the validated atlas.
 * Invalid data stops it before Vite starts, with `npm run data:check`'s one line per problem;
 * the data plugin takes the atlas validated here instead of reading and validating it again.
 * Arguments are passed to Vite's build (`--outDir <folder>`, `--emptyOutDir`, `--logLevel <level>`).
 */
import { fileURLToPath } from 'node:url';
import type { InlineConfig, LogLevel } from 'vite';
import { geodataLocation } from '../src/lib/data/read-geodata.ts';
import { checkData, summary } from './check-data.ts';

const args = process.argv.slice(2);
const value = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const repo = fileURLToPath(new URL('..', import.meta.url));
const { root, geodata } = geodataLocation(repo);
const started = performance.now();
const atlas = checkData(root, geodata, 'build');
if (!atlas) process.exit(1);
const logLevel = value('--logLevel') as LogLevel | undefined;
// Printed unless silent: the benchmark reads the validation time from it.
if (logLevel !== 'silent') console.log(`${summary(atlas)} (${Math.round(performance.now() - started)} ms)`);
// Vite and the plugin load only once the data is known to be valid.
const { build } = await import('vite');
const { handOverAtlas } = await import('./vite-plugin-data.ts');
handOverAtlas(geodata, atlas);

const config: InlineConfig = { root: repo, logLevel, build: {} };
const outDir = value('--outDir');
if (outDir) config.build!.outDir = outDir;
if (args.includes('--emptyOutDir')) config.build!.emptyOutDir = true;
try {
  await build(config);
} catch (error) {
  // Vite has printed what failed; the stack adds nothing a person can act on.
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
