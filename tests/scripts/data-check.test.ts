/** `npm run data:check` as a person runs it: one line per problem, no stack trace, a failing exit. */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CASES, writeCase } from '../fixtures/bad-data/cases';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

function check(root: string) {
  folders.push(root);
  const run = spawnSync(
    join(repo, 'node_modules', '.bin', 'tsx'),
    [join(repo, 'scripts', 'data-check.ts'), root],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const byName = (name: string) => {
  const found = CASES.find((c) => c.name === name);
  if (!found) throw new Error(`no corpus case "${name}"`);
  return found;
};

// Each case starts a process: on a busy machine that alone can pass vitest's 5 s default.
describe('npm run data:check', { timeout: 60_000 }, () => {
  it('passes a valid folder', () => {
    const run = check(writeCase({}));
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^data ok \(as of 2026-12-01\): 2 projects/);
    expect(run.status).toBe(0);
  });

  it.each([
    'a missing file',
    'invalid UTF-8: a stray byte',
    'hostile nesting, a million levels deep',
    'a broken sources file',
    'a bow-tie polygon',
  ])('refuses %s in one line, with no stack trace and a failing exit', (name) => {
    const { files, expected } = byName(name);
    const run = check(writeCase(files));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr.trimEnd().split('\n')).toEqual([expected, 'data:check failed: 1 problem(s)']);
  });
});
