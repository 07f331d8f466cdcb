/**
 * Every case of the bad-data corpus goes through the loader the build and `npm run data:check`
 * use, and must give exactly its one line: the file, the field, what is wrong. Nothing loads.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError, formatIssue } from '../../../src/lib/data/data-error';
import { loadAtlas } from '../../../src/lib/data/read-geodata';
import { CASES, writeCase } from '../../fixtures/bad-data/cases';

const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

/** The lines loadAtlas reports for a folder, or null when it loads. */
function problems(root: string): string[] | null {
  try {
    loadAtlas(root);
    return null;
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return error.issues.map(formatIssue);
  }
}

describe('the bad-data corpus', () => {
  it('starts from a folder that loads', () => {
    const root = writeCase({});
    folders.push(root);
    expect(problems(root)).toBeNull();
  });

  it('has at least 50 cases, each with its own name', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('refuses %s in one line', (_, { files, expected }) => {
    const root = writeCase(files);
    folders.push(root);
    const lines = problems(root);
    expect(lines).toEqual([expected]);
    expect(lines![0]).not.toMatch(/[\n\r]/);
  });
});

describe('the real data, with one file broken', () => {
  const repo = fileURLToPath(new URL('../../..', import.meta.url));
  const copy = () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-real-'));
    folders.push(root);
    cpSync(join(repo, 'geodata'), join(root, 'geodata'), { recursive: true });
    return root;
  };
  const atlas = loadAtlas(repo);

  it('reports a broken source once, not once per project that cites it', () => {
    // The source the most projects cite; one bad value in it fails its whole file.
    const root = copy();
    const dir = join(root, 'geodata', 'sources');
    const texts = atlas.projects.map((p) => JSON.stringify(p));
    const counts = new Map<string, number>();
    const citing = (id: string) => {
      if (!counts.has(id))
        counts.set(id, texts.filter((t) => t.includes(`"source":${JSON.stringify(id)}`)).length);
      return counts.get(id)!;
    };
    const [file, index, id] = readdirSync(dir)
      .flatMap((name) =>
        (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { id: string }[]).map(
          (s, i) => [name, i, s.id] as const,
        ),
      )
      .sort((a, b) => citing(b[2]) - citing(a[2]))[0]!;
    expect(citing(id)).toBeGreaterThan(5);
    const list = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>[];
    list[index]!.kind = 'rumour';
    writeFileSync(join(dir, file), JSON.stringify(list, null, 2));
    const lines = problems(root);
    expect(lines).toHaveLength(1);
    expect(lines![0]).toMatch(
      new RegExp(`^geodata/sources/${file.replace('.', '\\.')}: \\[${index}\\]\\.kind: `),
    );
  });

  it('reports a source file that is not JSON once, not once per citation of what it holds', () => {
    const root = copy();
    const dir = join(root, 'geodata', 'sources');
    const cited = JSON.stringify(atlas);
    const [file, citations] = readdirSync(dir)
      .map((name) => {
        const ids = (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { id: string }[]).map((s) => s.id);
        return [name, ids.reduce((n, id) => n + cited.split(`"source":"${id}"`).length - 1, 0)] as const;
      })
      .sort((a, b) => b[1] - a[1])[0]!;
    expect(citations).toBeGreaterThan(50);
    writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').slice(0, -10));
    const lines = problems(root);
    expect(lines).toHaveLength(1);
    expect(lines![0]).toMatch(new RegExp(`^geodata/sources/${file.replace('.', '\\.')}: .*not valid JSON`));
  });

  it('reports a broken corridor once, not once per member project or scene that shows it', () => {
    const corridor = atlas.projects
      .filter((p) => p.kind === 'corridor')
      .map((c) => {
        return [
          c.id,
          atlas.projects.filter((p) => p.corridors.some((m) => m.corridor === c.id)).length,
        ] as const;
      })
      .sort((a, b) => b[1] - a[1])[0];
    expect(corridor?.[1]).toBeGreaterThan(0);
    const root = copy();
    const path = join(root, 'geodata', 'projects', `${corridor![0]}.json`);
    writeFileSync(path, readFileSync(path, 'utf8').replace('"kind": "corridor"', '"kind": "corridr"'));
    const lines = problems(root);
    expect(lines).toHaveLength(1);
    expect(lines![0]).toMatch(new RegExp(`^geodata/projects/${corridor![0]}\\.json: kind: Invalid option`));
  });
});
