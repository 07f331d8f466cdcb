import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { projectsGeojsonPlugin } from '../../scripts/vite-plugin-data';
import { atlasIndexFile } from '../../src/lib/data/publish';
import { loadAtlas } from '../../src/lib/data/read-geodata';
import { labelRank } from '../../src/lib/map/label-density';

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

  it('places each project’s label point at build time, as data/project-labels.geojson beside the features', async () => {
    const output = (await buildWith(geodataWith('projects/.keep', ''))) as {
      output: { fileName: string; source?: unknown }[];
    };
    const asset = output.output.find((o) => o.fileName === 'data/project-labels.geojson');
    const labels = JSON.parse(String(asset?.source)) as {
      type: string;
      features: { geometry: { type: string }; properties: { project: string } }[];
    };
    expect(labels.type).toBe('FeatureCollection');
    expect(labels.features.map((f) => f.properties.project)).toContain('hcmc-metro-line-1');
    expect(new Set(labels.features.map((f) => f.geometry.type))).toEqual(new Set(['Point']));
    // One point per project: a line is named once, not once per vertex or part.
    const projects = labels.features.map((f) => f.properties.project);
    expect(new Set(projects).size).toBe(projects.length);
    // Each with its place in the labels' order, as the page ranks its own index.
    const index = atlasIndexFile(loadAtlas(repo));
    const rank = labelRank(index.projects, index.rates);
    for (const f of labels.features as { properties: { project: string; rank?: number } }[])
      expect(f.properties.rank).toBe(rank.indexOf(f.properties.project));
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
