/**
 * `npm run build` with invalid data: it stops with data:check's one line per problem, before
 * Vite writes anything, leaving the output folder as it was.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CASES, writeCase } from '../fixtures/bad-data/cases';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

function build(root: string) {
  folders.push(root);
  const outDir = join(root, 'dist');
  // What an earlier build left: a failing build must neither empty the folder nor add to it.
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.html'), 'an earlier build');
  const run = spawnSync(
    join(repo, 'node_modules', '.bin', 'tsx'),
    [join(repo, 'scripts', 'build.ts'), '--outDir', outDir, '--emptyOutDir'],
    { encoding: 'utf8', timeout: 60_000, env: { ...process.env, ATLAS_GEODATA: join(root, 'geodata') } },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, written: readdirSync(outDir) };
}

describe('npm run build', () => {
  it.each(['a broken sources file', 'a bow-tie polygon'])(
    'refuses %s in one line naming the file and field, with no stack trace',
    (name) => {
      const found = CASES.find((c) => c.name === name);
      if (!found) throw new Error(`no corpus case "${name}"`);
      const run = build(writeCase(found.files));
      expect(run.status).toBe(1);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.stderr.trimEnd().split('\n')).toEqual([found.expected, 'build failed: 1 problem(s)']);
      // Nothing was built, and Vite's messages were held back.
      expect(run.written).toEqual(['index.html']);
      expect(run.stdout).not.toMatch(/vite|built in/i);
    },
    60_000,
  );
});
