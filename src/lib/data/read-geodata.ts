/**
 * Node-side reader: gathers the raw files of geodata/ for validateAtlas. Build and CLI only.
 * Reading never throws: a file that is missing, unreadable, too large, not UTF-8, not JSON or
 * not a .json file becomes one issue naming it, and validateAtlas reports it with the rest.
 */
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { DataError } from './data-error.ts';
import { readJsonText } from './json-text.ts';
import { validateAtlas, type Atlas, type RawAtlas, type RawFile } from './validate.ts';

/** Far larger than any data file (the largest is tens of kilobytes), small enough to read safely. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

const broken = (file: string, message: string): RawFile => ({
  file,
  data: null,
  problem: { path: '', message },
});

function readProblem(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    try {
      if (lstatSync(path).isSymbolicLink()) return 'is a link to a file that does not exist';
    } catch {
      // Not there at all.
    }
    return 'the file is missing';
  }
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  return `cannot be read (${code ?? (error as Error).message})`;
}

/**
 * The offset of the first byte that is not UTF-8, found one byte at a time (only once decoding
 * has failed). A sequence cut short is blamed on its first byte, not on the byte that ends it.
 */
function firstBadByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let at = bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    try {
      decoder.decode(bytes.subarray(i, i + 1), { stream: true });
    } catch {
      at = i;
      break;
    }
  }
  for (let back = 1; back <= 3 && at - back >= 0; back++) {
    const b = bytes[at - back]!;
    if (b >= 0x80 && b < 0xc0) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? at - back : Math.min(at, bytes.length - 1);
  }
  return Math.min(at, bytes.length - 1);
}

function readJson(root: string, path: string): RawFile {
  const file = relative(root, path).split('\\').join('/');
  let bytes: Buffer;
  try {
    const { size } = statSync(path);
    if (size > MAX_FILE_BYTES)
      return broken(
        file,
        `is ${(size / 2 ** 20).toFixed(1)} MB; a data file may be at most ${MAX_FILE_BYTES / 2 ** 20} MB`,
      );
    bytes = readFileSync(path);
  } catch (error) {
    return broken(file, readProblem(error, path));
  }
  let text: string;
  try {
    // A byte order mark is dropped; anything that is not UTF-8 is refused, not replaced with U+FFFD.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstBadByte(bytes);
    const line = bytes.subarray(0, at).filter((b) => b === 10).length + 1;
    return broken(
      file,
      `is not UTF-8 text (byte 0x${bytes[at]!.toString(16).padStart(2, '0')} on line ${line}); save it as UTF-8`,
    );
  }
  const json = readJsonText(text);
  return json.problem ? { file, data: null, problem: json.problem } : { file, data: json.data };
}

/**
 * The .json files of a folder, in name order; anything else in it is a mistake and says so.
 * A folder that must hold some (sources, projects) and holds none is one problem, rather than
 * every reference into it.
 */
function jsonFiles(root: string, dir: string, required = false): RawFile[] {
  const folder = relative(root, dir).split('\\').join('/');
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return [broken(folder, code === 'ENOENT' ? 'the folder is missing' : readProblem(error, dir))];
  }
  const listed = names.filter((name) => !name.startsWith('.')).sort();
  if (required && listed.length === 0) return [broken(folder, 'holds no .json files')];
  return listed.map((name) =>
    name.endsWith('.json')
      ? readJson(root, join(dir, name))
      : broken(
          `${folder}/${name}`,
          `not a .json file; ${folder}/ holds only .json files (rename it or move it out)`,
        ),
  );
}

/**
 * Where the data lives: `<root>/geodata`, or the folder the ATLAS_GEODATA environment variable
 * names (the benchmark points it at synthetic data). File names in messages are relative to
 * the folder's parent, so they start with the folder's own name.
 */
export function geodataLocation(root: string, env = process.env): { root: string; geodata: string } {
  const other = env.ATLAS_GEODATA;
  if (!other) return { root, geodata: join(root, 'geodata') };
  const geodata = resolve(other);
  return { root: dirname(geodata), geodata };
}

export function readRawAtlas(root: string, geodata = join(root, 'geodata')): RawAtlas {
  return {
    sources: jsonFiles(root, join(geodata, 'sources'), true),
    projects: jsonFiles(root, join(geodata, 'projects'), true),
    programmes: readJson(root, join(geodata, 'programmes.json')),
    headlines: readJson(root, join(geodata, 'headlines.json')),
    series: readJson(root, join(geodata, 'series.json')),
    rates: readJson(root, join(geodata, 'rates.json')),
    events: readJson(root, join(geodata, 'events.json')),
    decks: jsonFiles(root, join(geodata, 'decks')),
    meta: readJson(root, join(geodata, 'meta.json')),
  };
}

/** Reads and validates geodata/, throwing a DataError that lists every problem. */
export function loadAtlas(root: string, geodata = join(root, 'geodata')): Atlas {
  const result = validateAtlas(readRawAtlas(root, geodata));
  if (!result.atlas) throw new DataError(result.issues);
  return result.atlas;
}
