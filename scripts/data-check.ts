/**
 * `npm run data:check`: validates geodata/ and prints one line per problem, never a stack trace.
 * `tsx scripts/data-check.ts <folder>` checks the geodata/ of another folder (the tests use it);
 * without one, ATLAS_GEODATA may name the geodata folder to check (the benchmark uses it).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataError, formatIssue, oneLine } from '../src/lib/data/data-error.ts';
import { geodataLocation, loadAtlas } from '../src/lib/data/read-geodata.ts';

const { root, geodata } = process.argv[2]
  ? geodataLocation(resolve(process.argv[2]), {})
  : geodataLocation(fileURLToPath(new URL('..', import.meta.url)));
try {
  const atlas = loadAtlas(root, geodata);
  const parts = atlas.projects.reduce((n, p) => n + p.geometry.parts.length, 0);
  console.log(
    `data ok (as of ${atlas.meta.asOf}): ${atlas.projects.length} projects (${parts} located parts), ${atlas.programmes.length} programmes, ` +
      `${atlas.series.length} series, ${atlas.sources.length} sources`,
  );
} catch (error) {
  if (error instanceof DataError) {
    for (const issue of error.issues) console.error(formatIssue(issue));
    console.error(`data:check failed: ${error.issues.length} problem(s)`);
  } else {
    // A fault in the checker itself: still one line, so the output stays readable.
    console.error(`data:check failed: ${oneLine(error instanceof Error ? error.message : String(error))}`);
  }
  process.exit(1);
}
