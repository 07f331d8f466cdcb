/** Node-side reader: gathers the raw files of geodata/ for validateAtlas. Build and CLI only. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DataError } from './data-error.ts';
import { validateAtlas, type Atlas, type RawAtlas, type RawFile } from './validate.ts';

function readJson(root: string, path: string): RawFile {
  const file = relative(root, path).split('\\').join('/');
  const text = readFileSync(path, 'utf8');
  try {
    return { file, data: JSON.parse(text) };
  } catch (error) {
    throw new DataError([{ file, path: '', message: `not valid JSON: ${(error as Error).message}` }]);
  }
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

export function readRawAtlas(root: string): RawAtlas {
  const geodata = join(root, 'geodata');
  return {
    sources: jsonFiles(join(geodata, 'sources')).map((p) => readJson(root, p)),
    projects: jsonFiles(join(geodata, 'projects')).map((p) => readJson(root, p)),
    programmes: readJson(root, join(geodata, 'programmes.json')),
    headlines: readJson(root, join(geodata, 'headlines.json')),
    series: readJson(root, join(geodata, 'series.json')),
    rates: readJson(root, join(geodata, 'rates.json')),
    events: readJson(root, join(geodata, 'events.json')),
    decks: jsonFiles(join(geodata, 'decks')).map((p) => readJson(root, p)),
    meta: readJson(root, join(geodata, 'meta.json')),
  };
}

/** Reads and validates geodata/, throwing a DataError that lists every problem. */
export function loadAtlas(root: string): Atlas {
  const result = validateAtlas(readRawAtlas(root));
  if (!result.atlas) throw new DataError(result.issues);
  return result.atlas;
}
