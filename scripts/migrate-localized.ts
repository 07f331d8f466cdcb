/**
 * Converts data files from the format before localised text to the current one: every text a
 * reader sees becomes `{ "en": "…" }`, a project's, programme's or part's `names.ja` moves into
 * `name.ja`, and an event's `labelJa` into `label.ja`. A Japanese text moved this way came from
 * the data (a source's name), so it is not marked as the atlas's translation. Files already in
 * the current format are left as they are, so running it twice changes nothing.
 *
 *   npx tsx scripts/migrate-localized.ts [file or folder …]   (default: geodata/)
 *
 * Run `npx prettier --write geodata` afterwards; then `npm run data:check`.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Keys whose string values are text a reader sees, wherever they occur in a migrated file. */
export const LOCALIZED_KEYS = new Set([
  'name',
  'shortName',
  'description',
  'label',
  'unit',
  'financier',
  'staleReason',
  'derivation',
  'limitations',
  'definition',
  'basis',
]);

/** Files with localised text; sources, meta and decks have none to migrate. */
const MIGRATED = /^(programmes|headlines|series|events|rates)\.json$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The value in the current format; `changed` says whether anything was converted. */
export function migrate(value: Json): { value: Json; changed: boolean } {
  let changed = false;
  const visit = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== 'object') return node;
    const out: { [key: string]: Json } = {};
    for (const [key, child] of Object.entries(node)) {
      if (key === 'labelJa' || key === 'names') continue;
      if (LOCALIZED_KEYS.has(key) && typeof child === 'string') {
        out[key] = { en: child };
        changed = true;
      } else out[key] = visit(child);
    }
    const names = node.names;
    if (names && typeof names === 'object' && !Array.isArray(names)) {
      const { ja, ...local } = names;
      if (typeof ja === 'string' && out.name && typeof out.name === 'object' && !Array.isArray(out.name)) {
        out.name = { ...out.name, ja };
        changed = true;
      }
      if (Object.keys(local).length || ja === undefined) out.names = ja === undefined ? names : local;
      else changed = true;
    }
    if (typeof node.labelJa === 'string' && out.label && typeof out.label === 'object') {
      out.label = { ...(out.label as object), ja: node.labelJa };
      changed = true;
    }
    return reorder(node, out);
  };
  return { value: visit(value), changed };
}

/** Keeps the keys in the order the file had them, so a diff shows only what changed. */
function reorder(before: { [key: string]: Json }, after: { [key: string]: Json }): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const key of Object.keys(before)) if (key in after) out[key] = after[key]!;
  for (const key of Object.keys(after)) if (!(key in out)) out[key] = after[key]!;
  return out;
}

/** The JSON files under `path` that hold localised text. */
function dataFiles(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((name) => {
    const full = join(path, name);
    if (statSync(full).isDirectory()) return name === 'projects' ? dataFiles(full) : [];
    return MIGRATED.test(name) || basename(path) === 'projects' ? [full] : [];
  });
}

function main(args: string[]): void {
  const files = (args.length ? args : ['geodata']).flatMap(dataFiles).filter((f) => f.endsWith('.json'));
  for (const file of files) {
    const { value, changed } = migrate(JSON.parse(readFileSync(file, 'utf8')) as Json);
    if (!changed) continue;
    writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
    console.log(`migrated ${file}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
