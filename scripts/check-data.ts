/**
 * Validating geodata/ as a person reads the result: one line per problem, never a stack trace.
 * Shared by `npm run data:check` (scripts/data-check.ts) and `npm run build` (scripts/build.ts).
 */
import { DataError, formatIssue, oneLine } from '../src/lib/data/data-error.ts';
import { loadAtlas } from '../src/lib/data/read-geodata.ts';
import type { Atlas } from '../src/lib/data/validate.ts';

/** Why the data did not pass, as the lines a person reads (the last one says how many problems). */
export function problemLines(error: unknown, what: string): string[] {
  if (error instanceof DataError)
    return [...error.issues.map(formatIssue), `${what} failed: ${error.issues.length} problem(s)`];
  // A fault in the checker itself: still one line, so the output stays readable.
  return [`${what} failed: ${oneLine(error instanceof Error ? error.message : String(error))}`];
}

/** The validated atlas, or null after printing its problems (`what` names the command). */
export function checkData(root: string, geodata: string, what: string): Atlas | null {
  try {
    return loadAtlas(root, geodata);
  } catch (error) {
    for (const line of problemLines(error, what)) console.error(line);
    return null;
  }
}

/** "data ok (as of …): N projects …", the line a passing check prints. */
export function summary(atlas: Atlas): string {
  const parts = atlas.projects.reduce((n, p) => n + p.geometry.parts.length, 0);
  return (
    `data ok (as of ${atlas.meta.asOf}): ${atlas.projects.length} projects (${parts} located parts), ${atlas.programmes.length} programmes, ` +
    `${atlas.series.length} series, ${atlas.sources.length} sources`
  );
}
