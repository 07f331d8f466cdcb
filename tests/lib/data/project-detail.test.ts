import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../../src/lib/data/read-geodata';
import { detailLoader, DetailLoadError } from '../../../src/lib/data/project-detail';
import { projectDetail, projectEntry } from '../../../src/lib/data/project-split';
import { OpenedProject } from '../../../src/lib/data/opened-project.svelte';

const atlas = loadAtlas(process.cwd());
const whole = atlas.projects[0]!;
const entry = projectEntry(whole);

/** A fake fetch answering each project's detail file, or failing with `status`; it records what it was asked. */
function fakeFetch(status = 200) {
  const asked: string[] = [];
  const fetchFile = (async (url: URL) => {
    asked.push(String(url));
    const asking = atlas.projects.find((p) => String(url).endsWith(`/${p.id}.json`))!;
    return new Response(JSON.stringify(projectDetail(asking)), { status });
  }) as unknown as typeof fetch;
  return { asked, fetchFile };
}

describe('detailLoader', () => {
  it('fetches data/projects/<id>.json beside the page once, and joins it with the entry', async () => {
    const { asked, fetchFile } = fakeFetch();
    const loader = detailLoader(() => 'http://host/atlas/', fetchFile);
    expect(loader.cached(entry)).toBeNull();
    expect(await loader.open(entry)).toEqual(whole);
    await loader.open(entry);
    expect(asked).toEqual([`http://host/atlas/data/projects/${whole.id}.json`]);
    expect(loader.cached(entry)).toEqual(whole);
  });

  it('names the file that failed, and tries again on the next opening', async () => {
    const { asked, fetchFile } = fakeFetch(404);
    const loader = detailLoader(() => 'http://host/', fetchFile);
    const error = await loader.open(entry).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DetailLoadError);
    expect((error as Error).message).toBe(`data/projects/${whole.id}.json could not be loaded`);
    await loader.open(entry).catch(() => undefined);
    expect(asked).toHaveLength(2);
  });
});

describe('OpenedProject', () => {
  it('is loading until the detail is in, then holds the whole project', async () => {
    const opened = new OpenedProject(detailLoader(() => 'http://host/', fakeFetch().fetchFile));
    const done = opened.open(entry);
    expect(opened.loading).toBe(true);
    expect(opened.whole).toBeNull();
    await done;
    expect(opened.loading).toBe(false);
    expect(opened.whole).toEqual(whole);
    expect(opened.failed).toBeNull();
  });

  it('names the detail file that could not be loaded', async () => {
    const opened = new OpenedProject(detailLoader(() => 'http://host/', fakeFetch(500).fetchFile));
    await opened.open(entry);
    expect(opened.loading).toBe(false);
    expect(opened.whole).toBeNull();
    expect(opened.failed).toBe(`data/projects/${whole.id}.json`);
  });

  it('keeps the project opened last when an earlier one’s detail arrives after it', async () => {
    const other = projectEntry(atlas.projects[1]!);
    const opened = new OpenedProject(detailLoader(() => 'http://host/', fakeFetch().fetchFile));
    const first = opened.open(entry);
    const second = opened.open(other);
    await Promise.all([second, first]);
    expect(opened.whole?.id).toBe(other.id);
  });
});
