import { describe, expect, it } from 'vitest';
import { AtlasLoadError, ATLAS_FILE, fetchAtlas } from '../../../src/lib/data/atlas';

const respond = (body: string, status = 200) => (async () => new Response(body, { status })) as typeof fetch;

describe('fetchAtlas', () => {
  it('reads data/atlas.json beside the page', async () => {
    let asked = '';
    const fetchFile = (async (url: URL) => {
      asked = url.href;
      return new Response('{"projects":[]}');
    }) as unknown as typeof fetch;
    expect(await fetchAtlas('http://host/atlas/index.html?lang=ja', fetchFile)).toEqual({ projects: [] });
    expect(asked).toBe(`http://host/atlas/${ATLAS_FILE}`);
  });

  it('names the file and what went wrong when it is missing, broken or unreachable', async () => {
    await expect(fetchAtlas('http://host/', respond('', 404))).rejects.toThrow(`${ATLAS_FILE}: HTTP 404`);
    await expect(fetchAtlas('http://host/', respond('{ not json'))).rejects.toThrow(
      `${ATLAS_FILE}: not valid JSON`,
    );
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const error = await fetchAtlas('http://host/', offline).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AtlasLoadError);
    expect((error as AtlasLoadError).file).toBe(ATLAS_FILE);
    expect((error as Error).message).toBe(`${ATLAS_FILE}: Failed to fetch`);
  });
});
