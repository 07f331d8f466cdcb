/**
 * What the first script holds, module by module: `npx tsx bench/entry-listing.ts [--all] [--why] [--path <module>]`.
 * Builds the app on the real data into a temporary folder and lists, for the entry chunk and the
 * chunks it imports statically (what the page's module script and its modulepreloads load, the
 * bench's P4 rule), each module's share of the gzip size. A module's share is its own rendered
 * code gzipped alone, scaled so the shares add up to the chunk's gzip size; the figures are
 * estimates to rank candidates by, the chunk totals are exact. `--all` lists every chunk, `--why`
 * names each module's static importers, `--path` how the entry imports a module.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, mergeConfig, type InlineConfig, type Plugin } from 'vite';
import viteConfig from '../vite.config.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const all = process.argv.includes('--all');
const why = process.argv.includes('--why');
const pathTo = process.argv.includes('--path') ? process.argv[process.argv.indexOf('--path') + 1] : undefined;
/** How the entry reaches each module it needs: the module that first imports it. */
const reachedFrom = new Map<string, string | null>();
const gz = (text: string) => gzipSync(text).length / 1024;

type Chunk = {
  name: string;
  entry: boolean;
  imports: string[];
  code: string;
  modules: Record<string, string>;
};
const chunks = new Map<string, Chunk>();
/** Who imports each module statically, for `--why`. */
const importers = new Map<string, readonly string[]>();
/** The modules the entry reaches by static imports: what the first script must hold. */
const needed = new Set<string>();

const listing: Plugin = {
  name: 'entry-listing',
  writeBundle(_options, bundle) {
    for (const [file, out] of Object.entries(bundle)) {
      if (out.type !== 'chunk') continue;
      const modules = Object.fromEntries(Object.entries(out.modules).map(([id, m]) => [id, m.code ?? '']));
      chunks.set(file, { name: out.name, entry: out.isEntry, imports: out.imports, code: out.code, modules });
      for (const id of Object.keys(out.modules)) importers.set(id, this.getModuleInfo(id)?.importers ?? []);
      if (out.isEntry && out.facadeModuleId) {
        const reach = (id: string, from: string | null) => {
          if (needed.has(id)) return;
          needed.add(id);
          reachedFrom.set(id, from);
          for (const next of this.getModuleInfo(id)?.importedIds ?? []) reach(next, id);
        };
        reach(out.facadeModuleId, null);
      }
    }
  },
};

const outDir = mkdtempSync(join(tmpdir(), 'atlas-listing-'));
try {
  await build(
    mergeConfig(viteConfig, {
      configFile: false,
      root: repo,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
      plugins: [listing],
    } satisfies InlineConfig),
  );
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

const initial = new Set<string>();
const visit = (file: string) => {
  if (initial.has(file)) return;
  initial.add(file);
  for (const next of chunks.get(file)?.imports ?? []) visit(next);
};
for (const [file, chunk] of chunks) if (chunk.entry) visit(file);

const short = (id: string) =>
  id
    .replace(repo, '')
    .replace(/^.*node_modules\//, '')
    .replace(/\?.*$/, '');
let total = 0;
for (const [file, chunk] of chunks) {
  if (!all && !initial.has(file)) continue;
  const size = gz(chunk.code);
  if (initial.has(file)) total += size;
  const parts = Object.entries(chunk.modules).map(([id, code]) => ({
    id: short(id),
    full: id,
    alone: gz(code),
  }));
  const scale =
    size /
    Math.max(
      parts.reduce((n, p) => n + p.alone, 0),
      1e-9,
    );
  console.log(`\n${file} (${chunk.name}${initial.has(file) ? ', initial' : ''}): ${size.toFixed(1)} KB gzip`);
  for (const part of parts.sort((a, b) => b.alone - a.alone)) {
    const share = part.alone * scale;
    if (share < 0.05) continue;
    const by = why ? ` ← ${(importers.get(part.full) ?? []).map(short).join(', ')}` : '';
    const extra = initial.has(file) && !needed.has(part.full) ? ' (not imported at start)' : '';
    console.log(`  ${share.toFixed(1).padStart(6)}  ${part.id}${extra}${by}`);
  }
}
console.log(`\ninitial JS: ${total.toFixed(1)} KB gzip`);
if (pathTo) {
  const found = [...needed].find((id) => id.includes(pathTo));
  const chain: string[] = [];
  for (let id = found ?? null; id; id = reachedFrom.get(id) ?? null) chain.unshift(short(id));
  console.log(
    found
      ? `\nhow the entry imports ${pathTo}:\n  ${chain.join('\n  → ')}`
      : `\n${pathTo}: not imported at start`,
  );
}
