import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countryNames,
  isInScript,
  isJapanese,
  placeNames,
  readGeoNames,
  type GazetteerPlace,
  type PlaceNameQuery,
  type WorldCountry,
} from '../../scripts/basemap-names';
import type { Source } from '../../src/lib/data/schema';
import { readSourceIds } from '../../scripts/build-basemap';

const ROOT = path.resolve(__dirname, '../..');

// Records shaped as GeoNames gives them: alternate names in many scripts, with no language tags.
const PHNOM_PENH: GazetteerPlace = {
  geonameId: '1821306',
  name: 'Phnom Penh',
  asciiName: 'Phnom Penh',
  alternateNames: [
    'Krong Chaktomuk',
    'Pnom Pen',
    'Пномпень',
    'พนมเปญ',
    'ភនពេញ',
    'ភ្នំពេញ',
    'プノンペン',
    '金边',
  ],
  lat: 11.56245,
  lon: 104.91601,
  country: 'KH',
};
const SAVANNAKHET: GazetteerPlace = {
  geonameId: '1653316',
  name: 'Savannakhet',
  asciiName: 'Savannakhet',
  alternateNames: ['Kaysone Phomvihane', 'サワンナケート県'],
  lat: 16.5703,
  lon: 104.7622,
  country: 'LA',
};
const GAZETTEER = [PHNOM_PENH, SAVANNAKHET];

const query = (q: Partial<PlaceNameQuery>): PlaceNameQuery => ({
  name: 'Phnom Penh',
  geonamesName: 'Phnom Penh',
  country: 'KH',
  lon: 104.91601,
  lat: 11.56245,
  ...q,
});

describe('scripts', () => {
  it('takes kana for Japanese, and only the local script of the country for local names', () => {
    expect(isJapanese('プノンペン')).toBe(true);
    expect(isJapanese('ホーチミン市')).toBe(true);
    // Kanji alone may as well be Chinese.
    expect(isJapanese('金边')).toBe(false);
    expect(isInScript('ភ្នំពេញ', 'km')).toBe(true);
    expect(isInScript('พนมเปญ', 'km')).toBe(false);
    expect(isInScript('ວຽງຈັນ', 'lo')).toBe(true);
    expect(isInScript('မန္တလေးမြို့', 'my')).toBe(true);
    expect(isInScript('กรุงเทพมหานคร', 'th')).toBe(true);
    expect(isInScript('Hà Nội', 'vi')).toBe(true);
    // Plain Latin is not Vietnamese, and neither is another language's accent.
    expect(isInScript('Hanoi', 'vi')).toBe(false);
    expect(isInScript('Hô-Chi-Minh-Ville', 'vi')).toBe(true);
    expect(isInScript('Pnom Pen', 'vi')).toBe(false);
  });
});

describe('placeNames', () => {
  it('joins a place to the record of the same name at the same point', () => {
    const errors: string[] = [];
    const names = placeNames(query({ local: 'ភ្នំពេញ' }), GAZETTEER, errors);
    expect(errors).toEqual([]);
    expect(names).toEqual({
      name_ja: 'プノンペン',
      name_ja_source: null,
      name_local: 'ភ្នំពេញ',
      geonameId: '1821306',
    });
  });

  it('asks which name to use when the gazetteer gives several in the script, listing them', () => {
    const errors: string[] = [];
    const names = placeNames(query({}), GAZETTEER, errors);
    expect(names.name_local).toBeNull();
    expect(errors).toEqual([
      '"Phnom Penh": local-script name: the gazetteer gives 2, choose one: ["ភនពេញ","ភ្នំពេញ"]',
    ]);
  });

  it('refuses a chosen name the gazetteer does not give, so no name is typed in by hand', () => {
    const errors: string[] = [];
    placeNames(query({ ja: 'プノンペン市', local: 'ភ្នំពេញ' }), GAZETTEER, errors);
    expect(errors).toEqual([
      '"Phnom Penh": Japanese name "プノンペン市" is not one of the gazetteer\'s: ["プノンペン"]',
    ]);
  });

  it('keeps the English label where the gazetteer has no record, or its only name is declined', () => {
    const errors: string[] = [];
    expect(placeNames(query({ lat: 13.5 }), GAZETTEER, errors)).toEqual({
      name_ja: null,
      name_ja_source: null,
      name_local: null,
      geonameId: null,
    });
    // The gazetteer's only Japanese name for the town is the province's (県).
    const declined = placeNames(
      query({
        name: 'Savannakhet',
        geonamesName: 'Savannakhet',
        country: 'LA',
        lat: 16.57,
        lon: 104.76,
        ja: null,
      }),
      GAZETTEER,
      errors,
    );
    expect(declined).toEqual({
      name_ja: null,
      name_ja_source: null,
      name_local: null,
      geonameId: '1653316',
    });
    expect(errors).toEqual([]);
    placeNames(query({ lat: 13.5, ja: 'プノンペン' }), GAZETTEER, errors);
    expect(errors).toEqual([
      '"Phnom Penh": ja "プノンペン" is given but the gazetteer has no record of the place',
    ]);
  });

  it('takes a Japanese name quoted from a source where the gazetteer has none, naming the source', () => {
    const errors: string[] = [];
    const cited = { name: 'プノンペン', source: 'jica-page', quote: '首都プノンペンにて' };
    // No record at this point: the source's name is the only one.
    expect(placeNames(query({ lat: 13.5, ja: cited }), GAZETTEER, errors)).toEqual({
      name_ja: 'プノンペン',
      name_ja_source: 'jica-page',
      name_local: null,
      geonameId: null,
    });
    expect(errors).toEqual([]);
  });

  it("keeps the gazetteer's Japanese name over a source's, unless it names the wrong place it replaces", () => {
    const errors: string[] = [];
    placeNames(
      query({ ja: { name: 'プノンペン', source: 'jica-page', quote: 'プノンペン' }, local: 'ភ្នំពេញ' }),
      GAZETTEER,
      errors,
    );
    expect(errors).toEqual([
      '"Phnom Penh": Japanese name "プノンペン" from jica-page: the gazetteer gives ["プノンペン"]; keep the gazetteer\'s, or name its only one in "replaces" where it is wrong for the town',
    ]);
    const savannakhet = query({
      name: 'Savannakhet',
      geonamesName: 'Savannakhet',
      country: 'LA',
      lat: 16.57,
      lon: 104.76,
    });
    const cited = { name: 'サバナケット', source: 'mofa-page', quote: 'ラオスのサバナケット' };
    expect(
      placeNames({ ...savannakhet, ja: { ...cited, replaces: 'サワンナケート県' } }, GAZETTEER, []),
    ).toMatchObject({ name_ja: 'サバナケット', name_ja_source: 'mofa-page' });
    const wrong: string[] = [];
    placeNames({ ...savannakhet, ja: { ...cited, replaces: 'サワンナケート' } }, GAZETTEER, wrong);
    expect(wrong).toHaveLength(1);
  });

  it('reads a GeoNames dump, keeping only the countries asked for', () => {
    const tsv = [
      ['1821306', 'Phnom Penh', 'Phnom Penh', 'Pnom Pen,ភ្នំពេញ', '11.56245', '104.91601', 'P', 'PPLC', 'KH'],
      ['1850147', 'Tokyo', 'Tokyo', '東京', '35.6895', '139.69171', 'P', 'PPLC', 'JP'],
    ]
      .map((c) => c.join('\t'))
      .join('\n');
    expect(readGeoNames(tsv, new Set(['KH']))).toEqual([
      { ...PHNOM_PENH, alternateNames: ['Pnom Pen', 'ភ្នំពេញ'] },
    ]);
  });
});

describe('countryNames', () => {
  const COUNTRIES: WorldCountry[] = [
    {
      cca2: 'KH',
      name: { native: { khm: { common: 'Kâmpŭchéa', official: 'ព្រះរាជាណាចក្រកម្ពុជា' } } },
      translations: { jpn: { common: 'カンボジア', official: 'カンボジア王国' } },
    },
    {
      cca2: 'IN',
      name: { native: { hin: { common: 'भारत', official: 'भारत गणराज्य' } } },
      translations: { jpn: { common: 'インド', official: 'インド' } },
    },
  ];

  it('gives the common Japanese name, and the common local name only when it is in its own script', () => {
    // The common native name is romanised, and the official one too long for a country label.
    expect(countryNames('KH', COUNTRIES)).toEqual({ name_ja: 'カンボジア', name_local: null });
    const LAOS: WorldCountry = {
      cca2: 'LA',
      name: { native: { lao: { common: 'ສປປລາວ', official: 'ສາທາລະນະ ຊາທິປະໄຕ ຄົນລາວ ຂອງ' } } },
      translations: { jpn: { common: 'ラオス', official: 'ラオス人民民主共和国' } },
    };
    expect(countryNames('LA', [LAOS])).toEqual({ name_ja: 'ラオス', name_local: 'ສປປລາວ' });
    // Only the five Mekong countries carry a local-script name on the map.
    expect(countryNames('IN', COUNTRIES)).toEqual({ name_ja: 'インド', name_local: null });
    expect(countryNames('XX', COUNTRIES)).toEqual({ name_ja: null, name_local: null });
  });
});

/**
 * The built labels that keep their English name because neither the gazetteer nor a cited source
 * gives a Japanese one for them: none. A label added without a Japanese name fails the test until
 * one is found and cited, or it is put on this list with the reason in the commit.
 */
const ENGLISH_ONLY: Record<string, readonly string[]> = {
  'places.geojson': [],
  'country-labels.geojson': [],
};

/** The file of source records kept for the basemap's place names alone. */
const PLACE_NAME_SOURCES = path.join(ROOT, 'geodata', 'sources', 'web-place-names.json');

/** Every quote the project's data attributes to a source, by source id. */
function quotesBySource(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.source === 'string' && typeof o.quote === 'string')
        out.set(o.source, [...(out.get(o.source) ?? []), o.quote]);
      Object.values(o).forEach(walk);
    }
  };
  const dir = path.join(ROOT, 'geodata', 'projects');
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json')))
    walk(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')));
  return out;
}

describe("places.json's Japanese names from the sources", () => {
  const places = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'geodata', 'basemap', 'places.json'), 'utf8'),
  ) as Array<{ name: string; ja?: string | null | { name: string; source: string; quote: string } }>;
  const cited = places.filter(
    (p): p is typeof p & { ja: { name: string; source: string; quote: string } } =>
      typeof p.ja === 'object' && p.ja !== null,
  );

  it('quotes each name as its source writes it, from a page the atlas cites', () => {
    expect(cited.length).toBeGreaterThan(0);
    const quotes = quotesBySource();
    const own = new Map(
      (JSON.parse(fs.readFileSync(PLACE_NAME_SOURCES, 'utf8')) as Source[]).map((s) => [s.id, s]),
    );
    const problems: string[] = [];
    for (const p of cited) {
      if (!p.ja.quote.includes(p.ja.name))
        problems.push(`${p.name}: the quote does not contain "${p.ja.name}"`);
      // Either the quote is part of a passage the data already cites from the same source, so it
      // was read there, or the name rests on a page recorded for the place names, read for it.
      const inData = (quotes.get(p.ja.source) ?? []).some((q) => q.includes(p.ja.quote));
      const record = own.get(p.ja.source);
      if (!inData && !(record?.type === 'web' && record.accessed))
        problems.push(
          `${p.name}: "${p.ja.source}" is neither quoted so in the data nor a page read for the place names`,
        );
    }
    expect(problems).toEqual([]);
  });

  it("keeps a source record of the place names' own only for a name it is quoted for", () => {
    const own = JSON.parse(fs.readFileSync(PLACE_NAME_SOURCES, 'utf8')) as Source[];
    const used = new Set(cited.map((p) => p.ja.source));
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((s) => !used.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('labels those places with the cited name and names the source in the built file', () => {
    const fc = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'public', 'basemap', 'places.geojson'), 'utf8'),
    ) as {
      features: Array<{
        properties: { name: string; name_ja: string | null; name_ja_source: string | null };
      }>;
    };
    for (const p of cited)
      expect(fc.features.find((f) => f.properties.name === p.name)?.properties).toMatchObject({
        name_ja: p.ja.name,
        name_ja_source: p.ja.source,
      });
    // Every other label's Japanese name is the gazetteer's.
    const fromSources = new Set(cited.map((p) => p.name));
    for (const f of fc.features.filter((f) => !fromSources.has(f.properties.name)))
      expect(f.properties.name_ja_source).toBeNull();
    // And every source the built file names is one the atlas has a record of.
    const ids = readSourceIds(ROOT);
    const unknown = fc.features
      .map((f) => f.properties.name_ja_source)
      .filter((id): id is string => id !== null && !ids.has(id));
    expect(unknown).toEqual([]);
  });
});

describe('the built basemap labels', () => {
  for (const [file, allowed] of Object.entries(ENGLISH_ONLY)) {
    it(`${file}: every label has a Japanese name, or is on the list of those still without one`, () => {
      const fc = JSON.parse(fs.readFileSync(path.join(ROOT, 'public', 'basemap', file), 'utf8')) as {
        features: Array<{ properties: { name: string; name_ja: string | null; name_local: string | null } }>;
      };
      const english = fc.features.filter((f) => !f.properties.name_ja).map((f) => f.properties.name);
      expect(english.sort()).toEqual([...allowed].sort());
      for (const f of fc.features) {
        if (f.properties.name_ja)
          expect(isJapanese(f.properties.name_ja) || /\p{Script=Han}/u.test(f.properties.name_ja)).toBe(true);
      }
    });
  }

  it('gives every capital of the five countries but one a Japanese and a local-script name', () => {
    const fc = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'public', 'basemap', 'places.geojson'), 'utf8'),
    ) as {
      features: Array<{
        properties: { name: string; capital: boolean; name_ja: string | null; name_local: string | null };
      }>;
    };
    const capitals = fc.features.filter((f) => f.properties.capital);
    expect(
      capitals
        .filter((f) => f.properties.name_ja && f.properties.name_local)
        .map((f) => f.properties.name)
        .sort(),
    ).toEqual(['Bangkok', 'Hanoi', 'Phnom Penh', 'Vientiane']);
  });
});
