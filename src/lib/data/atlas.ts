/**
 * The validated atlas's index, as the build published it (see scripts/vite-plugin-data.ts and
 * project-split.ts), with the lookups the UI needs. Data is validated once, at build time; this
 * module only loads and indexes it. The build publishes it as data/atlas.json (index.html
 * preloads it) and main.ts waits for `atlasReady` before mounting the app, so components read
 * `atlas` synchronously. A project's detail comes when it is opened (project-detail.ts).
 */
import bundled from 'virtual:atlas';
import type { AtlasFile, Box } from './project-split';
import type { ProjectEntry, Source } from './schema';

export interface AtlasIndex extends AtlasFile {
  projectById: ReadonlyMap<string, ProjectEntry>;
  sourceById: ReadonlyMap<string, Source>;
}

/** Where the build publishes the atlas, relative to the page. */
export const ATLAS_FILE = 'data/atlas.json';

export function indexAtlas(atlas: AtlasFile): AtlasIndex {
  return {
    ...atlas,
    projectById: new Map(atlas.projects.map((p) => [p.id, p])),
    sourceById: new Map(atlas.sources.map((s) => [s.id, s])),
  };
}

/** Filled in place once the data is there, so every importer sees the same object. */
export const atlas = {} as AtlasIndex;

/** A project's extent, made at build time from its geometry; null when it is not located. */
export const boundsOf = (project: { id: string }): Box | null => atlas.bounds[project.id] ?? null;

/** Every source a project's whole record cites, from the index. */
export const sourcesOf = (project: { id: string }): readonly string[] =>
  atlas.projectSources[project.id] ?? [];

/** The atlas file did not load; `file` names it as the page addresses it. */
export class AtlasLoadError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

/** Fetches the published atlas; the build wrote it from validated data, so it is only parsed. */
export async function fetchAtlas(base: string, fetchFile: typeof fetch = fetch): Promise<AtlasFile> {
  let response: Response;
  try {
    response = await fetchFile(new URL(ATLAS_FILE, base));
  } catch (error) {
    throw new AtlasLoadError(ATLAS_FILE, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new AtlasLoadError(ATLAS_FILE, `HTTP ${response.status}`);
  try {
    return (await response.json()) as AtlasFile;
  } catch {
    throw new AtlasLoadError(ATLAS_FILE, 'not valid JSON');
  }
}

if (bundled) Object.assign(atlas, indexAtlas(bundled));

/** Resolves once `atlas` holds the data. */
export const atlasReady: Promise<void> = bundled
  ? Promise.resolve()
  : typeof document === 'undefined'
    ? Promise.reject(new AtlasLoadError(ATLAS_FILE, 'no page to load it from'))
    : fetchAtlas(document.baseURI).then((data) => void Object.assign(atlas, indexAtlas(data)));
