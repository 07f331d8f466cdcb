/**
 * Validates geodata/ once, at build time, and hands the app the validated result
 * as `virtual:atlas`. Invalid data fails `vite build` and `vite dev` with the same
 * one-line-per-problem messages as `npm run data:check`. The build also writes
 * the public data contract, data/projects.geojson, and the map's vector tiles of its features
 * and of a label point per project (scripts/project-tiles.ts), all made from the validated atlas.
 *
 * The data is not in the JavaScript: the build writes it to data/atlas.json, index.html
 * preloads it beside the scripts, and src/lib/data/atlas.ts fetches it before the app mounts,
 * so components still read `atlas` synchronously. JSON parses far faster than the same object
 * as a script literal, and the scripts no longer wait for it. data/atlas.json is the index
 * (src/lib/data/project-split.ts): no coordinates, descriptions or key figures; each project's
 * detail is data/projects/<id>.json, fetched when the project is opened. Unit tests (`inline`) get it
 * inlined as `virtual:atlas`, which is null otherwise.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { measureCorridor, type CountryShape } from '../src/lib/data/corridors.ts';
import { projectsGeojson } from '../src/lib/data/export.ts';
import { PROJECTS_FILE, projectBounds, projectsBounds } from '../src/lib/data/features.ts';
import type { Atlas } from '../src/lib/data/validate.ts';
import { geodataLocation, loadAtlas } from '../src/lib/data/read-geodata.ts';
import { atlasIndexFile, detailFiles } from '../src/lib/data/publish.ts';
import { detailFile } from '../src/lib/data/project-split.ts';
import { projectTileFiles, type TileFile } from './project-tiles.ts';

const VIRTUAL = 'virtual:atlas';
const RESOLVED = '\0' + VIRTUAL;
/** Where the validated atlas is published, relative to the page. */
export const ATLAS_FILE = 'data/atlas.json';
/** Corridor lengths, measured at build time on the basemap's own country polygons. */
const LENGTHS = 'virtual:corridor-lengths';
const RESOLVED_LENGTHS = '\0' + LENGTHS;
/**
 * The extent of every located project, [west, south, east, north] or null: the map the page
 * starts before its data has arrived (src/lib/map/map-start.ts) opens on it.
 */
const EXTENT = 'virtual:atlas-extent';
const RESOLVED_EXTENT = '\0' + EXTENT;
const COUNTRIES = fileURLToPath(new URL('../public/basemap/countries.geojson', import.meta.url));

/** A validated atlas. */
export interface Validated {
  atlas: Atlas;
}

/**
 * The atlas `npm run build` (scripts/build.ts) is validating while Vite compiles, keyed by its
 * geodata folder. Kept on `globalThis` because `vite build` loads vite.config.ts, and this module
 * with it, as a bundle of its own: a module variable here would not be the one a script set.
 */
const HANDED_OVER = Symbol.for('atlas-data.validated');
type HandedOver = { geodata: string; validated: Promise<Validated>; tiles?: Promise<TileFile[]> };

/**
 * Gives the plugin the atlas being validated in this process, so the build does not validate
 * twice, and the map's tiles being cut from it on another thread, if they are. Nothing is
 * written until the atlas resolves; it never resolves for invalid data.
 */
export function handOverAtlas(geodata: string, validated: Promise<Validated>, tiles?: Promise<TileFile[]>) {
  (globalThis as { [HANDED_OVER]?: HandedOver })[HANDED_OVER] = { geodata, validated, tiles };
}

function handedOver(geodata: string): HandedOver | null {
  const given = (globalThis as { [HANDED_OVER]?: HandedOver })[HANDED_OVER];
  return given && given.geodata === geodata ? given : null;
}

export function corridorLengths(atlas: Atlas) {
  const countries = JSON.parse(readFileSync(COUNTRIES, 'utf8')) as { features: CountryShape[] };
  return Object.fromEntries(
    atlas.projects
      .filter((p) => p.kind === 'corridor')
      .map((p) => [p.id, measureCorridor(p, countries.features)]),
  );
}

/**
 * `root` is the folder holding geodata/ (the repository root by default); the ATLAS_GEODATA
 * environment variable may name another geodata folder instead.
 */
/** ATLAS_BUILD_TIMING=1 prints how long each of the plugin's steps takes (the benchmark's P6). */
function timed<T>(step: string, work: () => T): T {
  if (!process.env.ATLAS_BUILD_TIMING) return work();
  const started = performance.now();
  const result = work();
  console.log(`atlas-data: ${step} in ${Math.round(performance.now() - started)} ms`);
  return result;
}

export function projectsGeojsonPlugin(
  defaultRoot = fileURLToPath(new URL('..', import.meta.url)),
  { inline = !!process.env.VITEST }: { inline?: boolean } = {},
): Plugin {
  const { root, geodata } = geodataLocation(defaultRoot);
  // One validation per build: load() and generateBundle() share it, and `npm run build` hands
  // over the atlas it has just validated; the dev server re-reads.
  let built: Promise<Validated> | null = null;
  const validated = () =>
    (built ??=
      handedOver(geodata)?.validated ??
      (async (): Promise<Validated> => ({
        atlas: timed('validated geodata', () => loadAtlas(root, geodata)),
      }))());
  const buildAtlas = async () => (await validated()).atlas;
  // The dev server (watch mode) reads the data again at each load, so an edit shows at once.
  const atlasNow = async (watching: boolean) => (watching ? loadAtlas(root, geodata) : buildAtlas());
  // Only a page that imports the atlas gets its file and preload (the floor page does not).
  let used = false;
  return {
    name: 'atlas-data',
    /** The validated atlas, for the plugin that renders the page's first frame (its date). */
    api: { atlas: (): Promise<Atlas> => buildAtlas() },
    resolveId(id) {
      if (id === LENGTHS) return RESOLVED_LENGTHS;
      if (id === EXTENT) return RESOLVED_EXTENT;
      return id === VIRTUAL ? RESOLVED : undefined;
    },
    async load(id) {
      if (id === RESOLVED_LENGTHS) {
        const atlas = await atlasNow(this.meta.watchMode);
        return `export default ${JSON.stringify(timed('corridor lengths', () => corridorLengths(atlas)))};`;
      }
      if (id === RESOLVED_EXTENT) {
        const atlas = await atlasNow(this.meta.watchMode);
        return `export default ${JSON.stringify(projectsBounds(atlas.projects, projectBounds))};`;
      }
      if (id !== RESOLVED) return undefined;
      used = true;
      // Validated here too, so invalid data fails the build and the dev server at once.
      const atlas = await atlasNow(this.meta.watchMode);
      // null: the app fetches data/atlas.json itself (src/lib/data/atlas.ts).
      return `export default ${inline ? JSON.stringify(atlasIndexFile(atlas)) : 'null'};`;
    },
    transformIndexHtml: {
      // After the bundle, when it is known whether the page imports the atlas.
      order: 'post',
      handler() {
        if (inline || !used) return [];
        // Fetched beside the scripts rather than after them; `crossorigin` matches fetch()'s mode.
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: ATLAS_FILE,
              as: 'fetch',
              type: 'application/json',
              crossorigin: '',
            },
            injectTo: 'head',
          },
        ];
      },
    },
    // Nothing is written, and the output folder is not emptied, before the data has passed.
    async buildEnd(error) {
      if (!error && !this.meta.watchMode) await validated();
    },
    async generateBundle() {
      const { atlas } = await validated();
      if (used && !inline)
        this.emitFile({
          type: 'asset',
          fileName: ATLAS_FILE,
          source: timed(ATLAS_FILE, () => JSON.stringify(atlasIndexFile(atlas))),
        });
      // Each project's detail, fetched when it is opened (src/lib/data/project-detail.ts).
      if (used && !inline)
        timed('data/projects/<id>.json', () => {
          for (const file of detailFiles(atlas)) this.emitFile({ type: 'asset', ...file });
        });
      this.emitFile({
        type: 'asset',
        fileName: PROJECTS_FILE,
        source: timed(PROJECTS_FILE, () => projectsGeojson(atlas.projects, atlas.meta.asOf)),
      });
      // Cut on the data check's thread while the files above were written, when the build has it.
      const tiles = (await handedOver(geodata)?.tiles) ?? timed('data/tiles', () => projectTileFiles(atlas));
      for (const file of tiles) this.emitFile({ type: 'asset', ...file });
    },
    configureServer(server) {
      // An edit of the data reloads the page with it. The folder is watched, not made a module's
      // dependency: Vite's dev server would then try to import the folder and fail the page.
      server.watcher.add(geodata);
      // The tiles are cut once per edit of the data, not once per tile asked for.
      let tiles: Map<string, TileFile['source']> | null = null;
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(geodata)) return;
        tiles = null;
        for (const id of [RESOLVED, RESOLVED_EXTENT, RESOLVED_LENGTHS]) {
          const module = server.moduleGraph.getModuleById(id);
          if (module) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use('/data/tiles/', (req, res) => {
        if (!tiles) {
          const atlas = loadAtlas(root, geodata);
          tiles = new Map(projectTileFiles(atlas).map((f) => [f.fileName, f.source]));
        }
        const tile = tiles.get(`data/tiles${(req.url ?? '').split('?')[0]}`);
        // No tile there is a 404, as on a static server, not the page the dev server falls back to.
        if (!tile) {
          res.statusCode = 404;
          return res.end();
        }
        res.setHeader('content-type', 'application/x-protobuf');
        res.end(tile);
      });
      server.middlewares.use(`/${ATLAS_FILE}`, (_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(atlasIndexFile(loadAtlas(root, geodata))));
      });
      server.middlewares.use('/data/projects/', (req, res, next) => {
        const id = decodeURIComponent((req.url ?? '').replace(/^\//, '').replace(/\.json$/, ''));
        const file = detailFiles(loadAtlas(root, geodata)).find((f) => f.fileName === detailFile(id));
        if (!file) return next();
        res.setHeader('content-type', 'application/json');
        res.end(file.source);
      });
      server.middlewares.use(`/${PROJECTS_FILE}`, (_req, res) => {
        res.setHeader('content-type', 'application/geo+json');
        const atlas = loadAtlas(root, geodata);
        res.end(projectsGeojson(atlas.projects, atlas.meta.asOf));
      });
    },
  };
}
