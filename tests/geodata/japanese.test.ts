/** Every text a reader sees in the shipped data has a Japanese form, so Japanese mode is Japanese throughout. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/lib/data/read-geodata';

const atlas = loadAtlas(fileURLToPath(new URL('../..', import.meta.url)));

interface Found {
  path: string;
  value: { en: string; ja?: string; jaTranslated?: true };
}

/** Every localised text under `value`, with the path it is found at. */
function localisedTexts(value: unknown, path: string): Found[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localisedTexts(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const keys = Object.keys(value);
  if (keys.includes('en') && keys.every((k) => ['en', 'ja', 'jaTranslated'].includes(k)))
    return [{ path, value: value as Found['value'] }];
  return Object.entries(value).flatMap(([k, v]) => localisedTexts(v, `${path}.${k}`));
}

const texts = [
  ...atlas.projects.flatMap((p) => localisedTexts(p, p.id)),
  ...atlas.programmes.flatMap((p) => localisedTexts(p, `programmes.${p.id}`)),
  ...atlas.headlines.flatMap((h) => localisedTexts(h, `headlines.${h.id}`)),
  ...atlas.series.flatMap((s) => localisedTexts(s, `series.${s.id}`)),
  ...atlas.events.flatMap((e) => localisedTexts(e, `events.${e.id}`)),
  ...atlas.rates.flatMap((r, i) => localisedTexts(r, `rates[${i}]`)),
];

describe('Japanese in the shipped data', () => {
  it('finds the localised texts of every kind of record', () => {
    for (const field of [
      '.name',
      '.description',
      '.label',
      '.unit',
      '.financier',
      '.shortName',
      '.definition',
      '.basis',
      '.geometry.derivation',
      '.geometry.limitations',
    ])
      expect(texts.some((t) => t.path.endsWith(field))).toBe(true);
  });

  it('gives every localised text a Japanese form', () => {
    const missing = texts.filter((t) => !t.value.ja).map((t) => `${t.path}: ${t.value.en}`);
    expect(missing).toEqual([]);
  });

  it('names every project in Japanese', () => {
    expect(atlas.projects.filter((p) => !p.name.ja).map((p) => p.id)).toEqual([]);
  });

  it('keeps dates in translation: every year the English names is in the Japanese', () => {
    const years = (s: string) => new Set(s.match(/\b(19|20)\d{2}\b/g) ?? []);
    const lost = texts
      .filter((t) => t.value.ja && t.value.jaTranslated)
      .filter((t) => [...years(t.value.en)].some((y) => !t.value.ja!.includes(y)))
      .map((t) => `${t.path}: ${t.value.en} → ${t.value.ja}`);
    expect(lost).toEqual([]);
  });
});
