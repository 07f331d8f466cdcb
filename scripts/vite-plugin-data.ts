/**
 * Validates geodata/ once, at build time, and hands the app the validated result
 * as `virtual:atlas`. Invalid data fails `vite build` and `vite dev` with the same
 * one-line-per-problem messages as `npm run data:check`. The build also writes
 * the public data contract, data/projects.geojson.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { measureCorridor, type CountryShape } from '../src/lib/data/corridors.ts';
import { projectsGeojson } from '../src/lib/data/export.ts';
import { loadAtlas } from '../src/lib/data/read-geodata.ts';

const VIRTUAL = 'virtual:atlas';
const RESOLVED = '\0' + VIRTUAL;
/** Corridor lengths, measured at build time on the basemap's own country polygons. */
const LENGTHS = 'virtual:corridor-lengths';
const RESOLVED_LENGTHS = '\0' + LENGTHS;

export function corridorLengths(root: string) {
  const countries = JSON.parse(readFileSync(`${root}public/basemap/countries.geojson`, 'utf8')) as {
    features: CountryShape[];
  };
  const atlas = loadAtlas(root);
  return Object.fromEntries(
    atlas.projects
      .filter((p) => p.kind === 'corridor')
      .map((p) => [p.id, measureCorridor(p, countries.features)]),
  );
}

/** `root` is the folder holding geodata/ (the repository root by default). */
export function projectsGeojsonPlugin(root = fileURLToPath(new URL('..', import.meta.url))): Plugin {
  root = root.endsWith('/') ? root : `${root}/`;
  return {
    name: 'atlas-data',
    resolveId(id) {
      if (id === LENGTHS) return RESOLVED_LENGTHS;
      return id === VIRTUAL ? RESOLVED : undefined;
    },
    load(id) {
      if (id === RESOLVED_LENGTHS) return `export default ${JSON.stringify(corridorLengths(root))};`;
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(`${root}geodata`);
      const atlas = loadAtlas(root);
      return `export default ${JSON.stringify(atlas)};`;
    },
    generateBundle() {
      const atlas = loadAtlas(root);
      this.emitFile({
        type: 'asset',
        fileName: 'data/projects.geojson',
        source: projectsGeojson(atlas.projects, atlas.meta.asOf),
      });
    },
    configureServer(server) {
      server.watcher.add(`${root}geodata`);
      server.middlewares.use('/data/projects.geojson', (_req, res) => {
        res.setHeader('content-type', 'application/geo+json');
        const atlas = loadAtlas(root);
        res.end(projectsGeojson(atlas.projects, atlas.meta.asOf));
      });
    },
  };
}
