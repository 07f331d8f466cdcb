/**
 * `npm run build`'s data check, on a thread of its own (scripts/build.ts starts it), so that Vite
 * compiles the app on the other core meanwhile. Posts one message: the validated atlas as the JSON
 * text the build publishes (a string crosses threads in one copy; the object would be cloned piece
 * by piece, which takes longer than parsing the text), or the lines that say why the data failed.
 * Then, for valid data, it cuts the map's tiles (scripts/project-tiles.ts) while the main thread
 * writes the rest, and posts them as a second message, their bytes moved rather than copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadAtlas } from '../src/lib/data/read-geodata.ts';
import { problemLines, summary } from './check-data.ts';
import { projectTileFiles, type TileFile } from './project-tiles.ts';

export type CheckResult =
  { ok: true; json: string; summary: string; ms: number } | { ok: false; lines: string[] };
export type TilesResult = { tiles: TileFile[] };

const { root, geodata } = workerData as { root: string; geodata: string };
const started = performance.now();
let result: CheckResult;
let atlas: ReturnType<typeof loadAtlas> | null = null;
try {
  atlas = loadAtlas(root, geodata);
  result = {
    ok: true,
    json: JSON.stringify(atlas),
    summary: summary(atlas),
    ms: performance.now() - started,
  };
} catch (error) {
  result = { ok: false, lines: problemLines(error, 'build') };
}
parentPort!.postMessage(result);
if (atlas) {
  const tiles = projectTileFiles(atlas);
  parentPort!.postMessage(
    { tiles } satisfies TilesResult,
    tiles.map((t) => t.source.buffer as ArrayBuffer),
  );
}
