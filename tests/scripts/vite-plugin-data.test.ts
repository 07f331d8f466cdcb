import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { projectsGeojsonPlugin } from '../../scripts/vite-plugin-data';
import { atlasIndexFile } from '../../src/lib/data/publish';
import { loadAtlas } from '../../src/lib/data/read-geodata';
import { labelRank } from '../../src/lib/map/label-density';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { projectBounds, projectsBounds } from '../../src/lib/data/features';
import { tileRange } from '../../src/lib/map/land-tiles';
import { PROJECT_TILE_SETS } from '../../src/lib/map/project-tiles';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** A copy of geodata/ in a scratch folder, with one project file replaced. */
function geodataWith(file: string, content: string): string {
  const root = mkdtempSync(join(tmpdir(), 'atlas-data-'));
  cpSync(join(repo, 'geodata'), join(root, 'geodata'), { recursive: true });
  writeFileSync(join(root, 'geodata', file), content);
  return root;
}

async function buildWith(root: string, options: { inline?: boolean } = {}) {
  writeFileSync(
    join(root, 'entry.js'),
    "import atlas from 'virtual:atlas'; console.log(atlas.projects.length);",
  );
  return build({
    root,
    logLevel: 'silent',
    configFile: false,
    plugins: [projectsGeojsonPlugin(root, options)],
    build: { write: false, rollupOptions: { input: join(root, 'entry.js') } },
  });
}

describe('the build', () => {
  it('refuses invalid data, naming the file and field', async () => {
    const root = geodataWith('projects/broken.json', JSON.stringify({ id: 'broken', name: 'Broken' }));
    await expect(buildWith(root)).rejects.toThrow(/geodata\/projects\/broken\.json: countries: /);
  });

  it('refuses a file that is not JSON', async () => {
    const root = geodataWith('programmes.json', '{ not json');
    await expect(buildWith(root)).rejects.toThrow(/geodata\/programmes\.json: \(root\): not valid JSON/);
  });

  it('emits the public data contract, data/projects.geojson', async () => {
    const output = (await buildWith(geodataWith('projects/.keep', ''))) as {
      output: { fileName: string; source?: unknown }[];
    };
    const asset = output.output.find((o) => o.fileName === 'data/projects.geojson');
    const collection = JSON.parse(String(asset?.source)) as {
      type: string;
      features: { properties: { project: string } }[];
    };
    expect(collection.type).toBe('FeatureCollection');
    expect(new Set(collection.features.map((f) => f.properties.project))).toContain('hcmc-metro-line-1');
  });

  type Output = { output: { fileName: string; source?: unknown }[] };
  /** The features of one tile the build wrote, as the map's worker reads them. */
  function tileFeatures(output: Output, fileName: string, layer: string) {
    const asset = output.output.find((o) => o.fileName === fileName);
    expect(asset, fileName).toBeDefined();
    const tile = new VectorTile(new PbfReader(asset!.source as Uint8Array)).layers[layer];
    return tile ? Array.from({ length: tile.length }, (_, i) => tile.feature(i)) : [];
  }

  it('cuts the features of data/projects.geojson into the map’s tiles, each with its id and properties', async () => {
    const output = (await buildWith(geodataWith('projects/.keep', ''))) as Output;
    const contract = JSON.parse(
      String(output.output.find((o) => o.fileName === 'data/projects.geojson')?.source),
    ) as { features: { id: number; properties: { project: string; partKind: string } }[] };
    // At the deepest cut every published feature is in some tile, as published (nearer zooms,
    // as MapLibre's own GeoJSON tiles, leave out a line shorter than a pixel).
    const deepest = output.output
      .filter((o) => o.fileName.startsWith(`data/tiles/projects/${PROJECT_TILE_SETS.parts.maxzoom}/`))
      .flatMap((o) => tileFeatures(output, o.fileName, 'parts'));
    expect([...new Set(deepest.map((f) => Number(f.id)))].sort((a, b) => a - b)).toEqual(
      contract.features.map((f) => f.id),
    );
    for (const f of deepest) {
      const published = contract.features[Number(f.id)]!;
      expect(f.properties['project']).toBe(published.properties.project);
      expect(f.properties['partKind']).toBe(published.properties.partKind);
    }
  });

  it('writes every tile the map may ask for over the projects’ extent, from zoom 0 to the deepest cut', async () => {
    const root = geodataWith('projects/.keep', '');
    const output = (await buildWith(root)) as Output;
    const names = new Set(output.output.map((o) => o.fileName));
    const box = projectsBounds(loadAtlas(root).projects, projectBounds)!;
    for (const { dir, maxzoom } of Object.values(PROJECT_TILE_SETS)) {
      for (let z = 0; z <= maxzoom; z++) {
        const { x0, x1, y0, y1 } = tileRange(box, z);
        for (let x = x0; x <= x1; x++)
          for (let y = y0; y <= y1; y++) expect(names).toContain(`${dir}/${z}/${x}/${y}.pbf`);
      }
      // Nothing past the deepest cut: the map stretches those tiles.
      expect([...names].some((n) => n.startsWith(`${dir}/${maxzoom + 1}/`))).toBe(false);
    }
  });

  it('places each project’s label point at build time, in the label tiles beside the features', async () => {
    const output = (await buildWith(geodataWith('projects/.keep', ''))) as Output;
    const labels = tileFeatures(output, 'data/tiles/project-labels/0/0/0.pbf', 'labels');
    const projects = labels.map((f) => f.properties['project'] as string);
    expect(projects).toContain('hcmc-metro-line-1');
    // VectorTileFeature's type 1 is a point.
    expect(new Set(labels.map((f) => f.type))).toEqual(new Set([1]));
    // One point per project: a line is named once, not once per vertex or part.
    expect(new Set(projects).size).toBe(projects.length);
    // Each with its place in the labels' order, as the page ranks its own index.
    const index = atlasIndexFile(loadAtlas(repo));
    const rank = labelRank(index.projects, index.rates);
    for (const f of labels)
      expect(f.properties['rank']).toBe(rank.indexOf(f.properties['project'] as string));
  });

  it('publishes the validated atlas as data/atlas.json and keeps it out of the script', async () => {
    const output = (await buildWith(geodataWith('projects/.keep', ''), { inline: false })) as {
      output: { fileName: string; source?: unknown; code?: string }[];
    };
    const file = output.output.find((o) => o.fileName === 'data/atlas.json');
    const atlas = JSON.parse(String(file?.source)) as { projects: { id: string }[] };
    expect(atlas.projects.map((p) => p.id)).toContain('hcmc-metro-line-1');
    const script = output.output
      .filter((o) => o.code)
      .map((o) => o.code)
      .join('\n');
    expect(script).not.toContain('hcmc-metro-line-1');
  });

  it('gives the page the extent of every located project, as the atlas’s own bounds give it', async () => {
    const root = geodataWith('projects/.keep', '');
    writeFileSync(
      join(root, 'extent.js'),
      "import extent from 'virtual:atlas-extent'; window.extent = extent;",
    );
    const output = (await build({
      root,
      logLevel: 'silent',
      configFile: false,
      plugins: [projectsGeojsonPlugin(root, { inline: true })],
      build: { write: false, minify: false, rollupOptions: { input: join(root, 'extent.js') } },
    })) as { output: { code?: string }[] };
    const code = output.output.map((o) => o.code ?? '').join('\n');
    const extent = JSON.parse(
      /window\.extent = (\[[^\]]*\])/.exec(code.replace(/\s+/g, ' '))![1]!,
    ) as number[];
    const atlas = atlasIndexFile(loadAtlas(root, join(root, 'geodata')));
    const boxes = Object.values(atlas.bounds);
    expect(boxes.length).toBeGreaterThan(0);
    expect(extent).toEqual([
      Math.min(...boxes.map((b) => b[0])),
      Math.min(...boxes.map((b) => b[1])),
      Math.max(...boxes.map((b) => b[2])),
      Math.max(...boxes.map((b) => b[3])),
    ]);
  });
});

describe('the dev server', () => {
  it('serves the page’s data modules, the index and the map’s tiles from geodata/, and a 404 for no tile', async () => {
    // `npm run dev` itself: the app's own configuration.
    const server = await createServer({
      root: repo,
      logLevel: 'silent',
      configFile: join(repo, 'vite.config.ts'),
      server: { port: 0, host: '127.0.0.1' },
    });
    await server.listen();
    try {
      const base = server.resolvedUrls!.local[0]!;
      // As the page imports them, after the server has warmed them up (its first transform).
      const page = await fetch(base);
      expect(page.status).toBe(200);
      for (const id of ['virtual:atlas', 'virtual:atlas-extent', 'virtual:corridor-lengths']) {
        await server.warmupRequest(id);
        expect((await fetch(new URL(`@id/__x00__${id}`, base))).status, id).toBe(200);
      }
      const index = await fetch(new URL('data/atlas.json', base));
      expect(((await index.json()) as { projects: unknown[] }).projects.length).toBeGreaterThan(0);
      const tile = await fetch(new URL('data/tiles/project-labels/0/0/0.pbf', base));
      expect(tile.status).toBe(200);
      const labels = new VectorTile(new PbfReader(new Uint8Array(await tile.arrayBuffer()))).layers['labels'];
      expect(labels?.length).toBeGreaterThan(0);
      expect((await fetch(new URL('data/tiles/projects/0/5/5.pbf', base))).status).toBe(404);
    } finally {
      await server.close();
    }
  }, 60_000);
});
