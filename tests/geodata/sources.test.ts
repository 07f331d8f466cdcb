/** The shipped sources are of the kind their publisher makes them. */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadAtlas } from '../../src/lib/data/read-geodata';

const atlas = loadAtlas(fileURLToPath(new URL('../..', import.meta.url)));
const web = atlas.sources.flatMap((s) => (s.type === 'web' ? [s] : []));

/** Sites whose publisher is known, and the kind every page on them must have. */
const SITES: [RegExp, string][] = [
  [/(^|\.)jica\.go\.jp$/, 'official'],
  [/(^|\.)mofa\.go\.jp$/, 'official'],
  [/(^|\.)emb-japan\.go\.jp$/, 'official'],
  [/(^|\.)federalreserve\.gov$/, 'official'],
  [/(^|\.)adb\.org$/, 'international-organisation'],
  [/(^|\.)asean\.org$/, 'international-organisation'],
  [/(^|\.)wikipedia\.org$/, 'reference'],
  [/(^|\.)geonames\.org$/, 'reference'],
  [/(^|\.)bangkokpost\.com$/, 'news'],
  [/(^|\.)phnompenhpost\.com$/, 'news'],
  [/(^|\.)reuters\.com$/, 'news'],
];

describe('source kinds in the shipped data', () => {
  it('gives every page on a known site the kind of its publisher', () => {
    const wrong = web.flatMap((s) => {
      const host = new URL(s.url).host;
      const expected = SITES.find(([site]) => site.test(host))?.[1];
      return expected && expected !== s.kind ? [`${s.id}: ${s.kind}, expected ${expected}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('calls a copy of Wikipedia or OpenStreetMap data a reference, wherever it is hosted', () => {
    const copies = atlas.sources.filter((s) => /wikipedia|openstreetmap/i.test(s.publisher));
    expect(copies.length).toBeGreaterThan(0);
    expect(copies.filter((s) => s.kind !== 'reference').map((s) => s.id)).toEqual([]);
  });

  it('names the shared documents by their publishers: governments official, the ASEAN Secretariat international', () => {
    const kinds = Object.fromEntries(
      atlas.sources.flatMap((s) => (s.type === 'document' ? [[s.id, s.kind]] : [])),
    );
    expect(kinds).toMatchObject({
      'mj-summit-12-2020': 'official',
      'meti-midv-2015': 'official',
      'asean-japan-overview': 'international-organisation',
    });
  });
});
