/**
 * Validates geodata/ once, at build time, and hands the app the validated result
 * as `virtual:atlas`. Invalid data fails `vite build` and `vite dev` with the same
 * one-line-per-problem messages as `npm run data:check`. The build also writes
 * the public data contract, data/projects.geojson.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { projectsGeojson } from '../src/lib/data/export.ts';
import type { Atlas } from '../src/lib/data/validate.ts';
import { geodataLocation, loadAtlas } from '../src/lib/data/read-geodata.ts';

const VIRTUAL = 'virtual:atlas';
const RESOLVED = '\0' + VIRTUAL;

/**
 * `root` is the folder holding geodata/ (the repository root by default); the ATLAS_GEODATA
 * environment variable may name another geodata folder instead.
 */
export function projectsGeojsonPlugin(defaultRoot = fileURLToPath(new URL('..', import.meta.url))): Plugin {
  const { root, geodata } = geodataLocation(defaultRoot);
  // One validation per build: load() and generateBundle() share it; the dev server re-reads.
  let built: Atlas | null = null;
  const buildAtlas = () => (built ??= loadAtlas(root, geodata));
  return {
    name: 'atlas-data',
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(geodata);
      const atlas = this.meta.watchMode ? loadAtlas(root, geodata) : buildAtlas();
      return `export default ${JSON.stringify(atlas)};`;
    },
    generateBundle() {
      const atlas = buildAtlas();
      this.emitFile({
        type: 'asset',
        fileName: 'data/projects.geojson',
        source: projectsGeojson(atlas.projects, atlas.meta.asOf),
      });
    },
    configureServer(server) {
      server.watcher.add(geodata);
      server.middlewares.use('/data/projects.geojson', (_req, res) => {
        res.setHeader('content-type', 'application/geo+json');
        const atlas = loadAtlas(root, geodata);
        res.end(projectsGeojson(atlas.projects, atlas.meta.asOf));
      });
    },
  };
}
