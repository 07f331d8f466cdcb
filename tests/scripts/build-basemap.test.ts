import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildBasemap,
  buildFontLicense,
  buildPlaces,
  clipLinear,
  clipPolygonal,
  labelPoint,
  planFonts,
  planJapaneseFonts,
  readPlaceList,
  readSourceIds,
  serializeFeatureCollection,
  stableStringify,
  type GeoNamesCity,
  type PlaceEntry,
} from '../../scripts/build-basemap';

const ROOT = path.resolve(__dirname, '../..');

const CITIES: GeoNamesCity[] = [
  { name: 'Vientiane', lat: '17.96667', lng: '102.6', country: 'LA' },
  { name: 'Hanoi', lat: '21.0245', lng: '105.84117', country: 'VN' },
  { name: 'Hanoi', lat: '20.32773', lng: '106.01208', country: 'VN' },
  { name: 'Pakse', lat: '15.12022', lng: '105.798981', country: 'LA' },
];

const entry = (e: Partial<PlaceEntry> & Pick<PlaceEntry, 'name'>): PlaceEntry => ({
  geonamesName: e.name,
  country: 'LA',
  capital: false,
  rank: 3,
  ...e,
});

describe('readPlaceList', () => {
  const FILE = 'geodata/basemap/places.json';
  const SOURCES = new Set(['mofa-bridge']);
  const cited = { name: 'ムクダハン', source: 'mofa-bridge', quote: 'タイのムクダハンを通って' };
  const read = (ja: unknown) =>
    readPlaceList(JSON.stringify([{ ...entry({ name: 'Mukdahan', country: 'TH' }), ja }]), FILE, SOURCES);

  it('reads a Japanese name quoted from a cited source', () => {
    expect(read(cited)[0]!.ja).toEqual(cited);
    expect(read(null)[0]!.ja).toBeNull();
  });

  it('refuses a bad entry in one line naming the file and the field', () => {
    expect(() => read({ ...cited, quote: 'タイのムクダーハーンを通って' })).toThrow(
      /^geodata\/basemap\/places\.json: \[0\]\.ja\.quote: does not contain the name it is cited for$/,
    );
    expect(() => read({ ...cited, source: 'nowhere' })).toThrow(
      /^geodata\/basemap\/places\.json: \[0\]\.ja\.source: no source has the id "nowhere"$/,
    );
    expect(() => read({ ...cited, name: 'Mukdahan', quote: 'Mukdahan' })).toThrow(
      /^geodata\/basemap\/places\.json: \[0\]\.ja\.name: is not Japanese \(no kana\)$/,
    );
    expect(() => read({ ...cited, page: 3 })).toThrow(
      /^geodata\/basemap\/places\.json: \[0\]\.ja\.page: unknown field/,
    );
    expect(() => read({ name: 'ムクダハン', quote: 'ムクダハン' })).toThrow(/\[0\]\.ja/);
    expect(() => readPlaceList('[{', FILE, SOURCES)).toThrow(
      /^geodata\/basemap\/places\.json: \(root\): not JSON/,
    );
  });

  it('reads the real list, every cited name resolving to a source', () => {
    const list = readPlaceList(
      fs.readFileSync(path.join(ROOT, 'geodata', 'basemap', 'places.json'), 'utf8'),
      FILE,
      readSourceIds(ROOT),
    );
    expect(list.length).toBeGreaterThan(0);
  });
});

describe('buildPlaces', () => {
  it('looks places up by exact name and country, sorted by rank then name', () => {
    const out = buildPlaces(
      [
        entry({ name: 'Pakse' }),
        entry({ name: 'Hanoi', country: 'VN', capital: true, rank: 1, geonamesLat: '21.0245' }),
        entry({ name: 'Vientiane', capital: true, rank: 1 }),
      ],
      CITIES,
      [
        {
          geonameId: '1651944',
          name: 'Vientiane',
          asciiName: 'Vientiane',
          // As GeoNames gives them: several scripts, no language tags.
          alternateNames: ['Viangchan', 'ヴィエンチャン', 'ວຽງຈັນ', '万象'],
          lat: 17.96667,
          lon: 102.6,
          country: 'LA',
        },
      ],
    );
    expect(out.map((f) => f.properties?.name)).toEqual(['Hanoi', 'Vientiane', 'Pakse']);
    expect(out[0]!.geometry).toEqual({ type: 'Point', coordinates: [105.84117, 21.0245] });
    expect(out[1]!.properties).toEqual({
      capital: true,
      country: 'LA',
      name: 'Vientiane',
      name_ja: 'ヴィエンチャン',
      name_ja_source: null,
      name_local: 'ວຽງຈັນ',
      rank: 1,
    });
    // A place the gazetteer has no record of keeps its English label.
    expect(out[2]!.properties).toMatchObject({ name: 'Pakse', name_ja: null, name_local: null });
    // rounded to 5 decimals
    expect(out[2]!.geometry).toEqual({ type: 'Point', coordinates: [105.79898, 15.12022] });
  });

  it('fails loudly on a missing, ambiguous or wrong-country place', () => {
    expect(() => buildPlaces([entry({ name: 'Nowhere' })], CITIES)).toThrow(/no GeoNames record/);
    expect(() => buildPlaces([entry({ name: 'Hanoi', country: 'VN' })], CITIES)).toThrow(
      /2 GeoNames records.*geonamesLat/,
    );
    expect(() => buildPlaces([entry({ name: 'Hanoi', country: 'LA' })], CITIES)).toThrow(/no GeoNames/);
    expect(() => buildPlaces([entry({ name: 'Pakse' }), entry({ name: 'Pakse' })], CITIES)).toThrow(
      /duplicate/,
    );
  });
});

describe('deterministic serialisation', () => {
  it('sorts keys and writes one feature per line regardless of insertion order', () => {
    const a = serializeFeatureCollection([
      { type: 'Feature', properties: { b: 1, a: 2 }, geometry: { type: 'Point', coordinates: [1, 2] } },
    ]);
    const b = serializeFeatureCollection([
      { geometry: { coordinates: [1, 2], type: 'Point' }, properties: { a: 2, b: 1 }, type: 'Feature' },
    ]);
    expect(a).toBe(b);
    expect(a).toBe(
      '{"type":"FeatureCollection","features":[\n' +
        '{"geometry":{"coordinates":[1,2],"type":"Point"},"properties":{"a":2,"b":1},"type":"Feature"}\n]}\n',
    );
    expect(stableStringify({ z: { y: 1, x: [{ b: 1, a: 0 }] } })).toBe('{"z":{"x":[{"a":0,"b":1}],"y":1}}');
  });
});

describe('geometry helpers', () => {
  const box = [0, 0, 10, 10] as const;

  it('clips and rounds polygons, dropping parts outside the box', () => {
    const g = clipPolygonal(
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [5, 5],
              [15, 5],
              [15, 8.123456789],
              [5, 8.123456789],
              [5, 5],
            ],
          ],
          [
            [
              [20, 20],
              [21, 20],
              [21, 21],
              [20, 20],
            ],
          ],
        ],
      },
      box,
    );
    expect(g?.type).toBe('Polygon');
    const ring = (g as { coordinates: number[][][] }).coordinates[0]!;
    expect(Math.max(...ring.map((p) => p[0]!))).toBe(10);
    expect(ring.some((p) => p[1] === 8.12346)).toBe(true);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
  });

  it('clips lines into parts and returns null when nothing is inside', () => {
    const g = clipLinear(
      {
        type: 'LineString',
        coordinates: [
          [-5, 5],
          [5, 5],
          [5, 15],
          [6, 15],
          [6, 5],
        ],
      },
      box,
    );
    expect(g).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [0, 5],
          [5, 5],
          [5, 10],
        ],
        [
          [6, 10],
          [6, 5],
        ],
      ],
    });
    expect(
      clipLinear(
        {
          type: 'LineString',
          coordinates: [
            [20, 20],
            [30, 30],
          ],
        },
        box,
      ),
    ).toBeNull();
  });

  it('puts a label point inside a concave polygon, away from places to avoid', () => {
    // An L shape whose centroid (about 3.3, 3.3) lies outside it; the label must be inside.
    const L = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 2],
          [2, 2],
          [2, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    };
    const p = labelPoint(L);
    expect(p[0] <= 2 || p[1] <= 2).toBe(true);

    // A square: the pole is its centre; a place to avoid at the centre pushes the label away.
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    };
    const c = labelPoint(square);
    expect(Math.hypot(c[0] - 5, c[1] - 5)).toBeLessThan(0.1);
    const q = labelPoint(square, [[5, 5]]);
    expect(Math.hypot(q[0] - 5, q[1] - 5)).toBeGreaterThan(2.5);
    expect(Math.min(q[0], q[1], 10 - q[0], 10 - q[1])).toBeGreaterThan(2.5);
  });
});

describe('fonts', () => {
  it('declares the @fontsource unicode ranges and existing files, and builds one OFL licence', () => {
    const copies = planFonts();
    expect(copies.length).toBe(14);
    for (const c of copies) expect(fs.existsSync(c.from)).toBe(true);
    const lic = buildFontLicense();
    expect(lic).toMatch(/SIL OPEN FONT LICENSE Version 1\.1/);
    expect(lic).toMatch(/notofonts\/khmer/);
    expect(lic).toMatch(/@fontsource\/noto-sans-jp/);
  });

  it('lists every numbered Noto Sans JP subset with its exact unicode range, and no Latin duplicate', () => {
    const { copies, list } = planJapaneseFonts();
    expect(list.length).toBe(copies.length);
    expect(list.length).toBeGreaterThan(100);
    for (const c of copies) expect(fs.existsSync(c.from)).toBe(true);
    expect(list.every((f) => /^noto-sans-jp-\d+-400-normal\.woff2$/.test(f.file))).toBe(true);
    const kana = list.filter((f) => f['unicode-range'].some((r) => r.toLowerCase().startsWith('u+30a1')));
    expect(kana).toHaveLength(1);
  });
});

describe('buildBasemap', () => {
  it('is deterministic and matches the committed public/basemap files (run `npm run basemap` if not)', () => {
    // A fresh build must equal the files written by an earlier `npm run basemap` byte for byte.
    const a = buildBasemap();
    for (const [name, content] of Object.entries(a.geojson)) {
      const file = path.join(ROOT, 'public', 'basemap', name);
      expect(fs.readFileSync(file, 'utf8'), name).toBe(content);
    }
    const total = Object.values(a.geojson).reduce((n, s) => n + Buffer.byteLength(s), 0);
    expect(total).toBeLessThan(1.5 * 1024 * 1024);

    // The Mekong passes Phnom Penh: a river vertex within ~0.1° of the city.
    const rivers = JSON.parse(a.geojson['rivers.geojson']!) as {
      features: Array<{ geometry: { coordinates: unknown } }>;
    };
    const pts = rivers.features.flatMap((f) => (f.geometry.coordinates as unknown[]).flat(2)) as number[];
    let near = false;
    for (let i = 0; i + 1 < pts.length; i += 2) {
      if (Math.abs(pts[i]! - 104.92) < 0.1 && Math.abs(pts[i + 1]! - 11.57) < 0.1) near = true;
    }
    expect(near).toBe(true);
  }, 30_000);
});
