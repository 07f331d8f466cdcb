/** `npm run data:check`: validates geodata/ and prints one line per problem. */
import { fileURLToPath } from 'node:url';
import { DataError, formatIssue } from '../src/lib/data/data-error.ts';
import { loadAtlas } from '../src/lib/data/read-geodata.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
try {
  const atlas = loadAtlas(root);
  const parts = atlas.projects.reduce((n, p) => n + p.geometry.parts.length, 0);
  console.log(
    `data ok (as of ${atlas.meta.asOf}): ${atlas.projects.length} projects (${parts} located parts), ${atlas.programmes.length} programmes, ` +
      `${atlas.series.length} series, ${atlas.sources.length} sources`,
  );
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  for (const issue of error.issues) console.error(formatIssue(issue));
  console.error(`data:check failed: ${error.issues.length} problem(s)`);
  process.exit(1);
}
