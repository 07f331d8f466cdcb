import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../../src/lib/data/read-geodata';
import { detailFile, joinProject, projectDetail, projectEntry } from '../../../src/lib/data/project-split';
import { atlasIndexFile, detailFiles } from '../../../src/lib/data/publish';
import { ProjectDetail, ProjectEntry } from '../../../src/lib/data/schema';
import { projectBounds } from '../../../src/lib/data/features';
import { sourceIdsOf } from '../../../src/lib/data/export';

const atlas = loadAtlas(process.cwd());
const index = atlasIndexFile(atlas);

describe('the published index and detail files', () => {
  it('holds no detail-only field in any index entry (each passes the strict entry schema)', () => {
    for (const entry of index.projects) {
      expect(ProjectEntry.safeParse(entry).success, entry.id).toBe(true);
      expect(JSON.stringify(entry)).not.toContain('"coordinates"');
      for (const key of ['description', 'descriptionRefs', 'mentionedIn', 'figures'])
        expect(entry).not.toHaveProperty(key);
    }
  });

  it('keeps each ref’s source and paragraph in the index, and the sources’ words and notes in the detail only', () => {
    const refsIn = (value: unknown): Record<string, unknown>[] =>
      Array.isArray(value)
        ? value.flatMap(refsIn)
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([key, v]) =>
              key === 'refs' && Array.isArray(v) ? (v as Record<string, unknown>[]) : refsIn(v),
            )
          : [];
    const quoted = atlas.projects.filter((p) => refsIn(p).some((ref) => ref.quote || ref.note));
    expect(quoted.length).toBeGreaterThan(0);
    for (const entry of index.projects)
      for (const ref of refsIn(entry))
        expect(Object.keys(ref).sort(), entry.id).toEqual(
          ref.para === undefined ? ['source'] : ['para', 'source'],
        );
    const worded = (value: unknown) =>
      refsIn(value)
        .filter((ref) => ref.quote || ref.note)
        .map((ref) => JSON.stringify(ref))
        .sort();
    for (const project of quoted) expect(worded(projectDetail(project)), project.id).toEqual(worded(project));
  });

  it('says why a status is not confirmed more recently in the detail, not the index', () => {
    const stale = atlas.projects.filter((p) => p.status.staleReason);
    expect(stale.length).toBeGreaterThan(0);
    expect(JSON.stringify(index.projects)).not.toContain('"staleReason"');
    for (const project of stale)
      expect(projectDetail(project).status.staleReason).toEqual(project.status.staleReason);
  });

  it('writes one detail file per project, named by its id, passing the strict detail schema', () => {
    const files = detailFiles(atlas);
    expect(files.map((f) => f.fileName)).toEqual(atlas.projects.map((p) => `data/projects/${p.id}.json`));
    for (const file of files)
      expect(ProjectDetail.safeParse(JSON.parse(file.source)).success, file.fileName).toBe(true);
    expect(detailFile('metro-line')).toBe('data/projects/metro-line.json');
  });

  it('gives back the validated record when an entry is joined with its detail', () => {
    for (const project of atlas.projects) {
      const entry = JSON.parse(JSON.stringify(projectEntry(project)));
      const detail = JSON.parse(JSON.stringify(projectDetail(project)));
      expect(joinProject(entry, detail)).toEqual(JSON.parse(JSON.stringify(project)));
    }
  });

  it('carries each located project’s box and every project’s cited sources, made from the whole record', () => {
    for (const project of atlas.projects) {
      const box = projectBounds(project);
      if (box) expect(index.bounds[project.id]).toEqual(box);
      else expect(index.bounds).not.toHaveProperty(project.id);
      expect(index.projectSources[project.id]).toEqual(sourceIdsOf(project));
    }
  });

  it('is much smaller than the whole atlas', () => {
    expect(JSON.stringify(index.projects).length).toBeLessThan(JSON.stringify(atlas.projects).length * 0.6);
  });
});
