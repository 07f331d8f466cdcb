import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import {
  BASEMAP_ATTRIBUTION,
  BASEMAP_FILES,
  BASEMAP_LABEL_FIELDS,
  CAPITAL_LABELS,
  PLACE_LABEL_OFFSET_EM,
  CORRIDOR_TOWN_ZOOM,
  CLIP_BBOX,
  JAPANESE_FONT_LIST,
  basemapFontFaces,
  REGION_BBOX,
  RIVER_DETAIL_MAXZOOM,
  basemapBounds,
  basemapMaxBounds,
  basemapStyle,
} from '../../../src/lib/map/basemap-style';
import { PROJECT_LAYER_IDS, projectLayers } from '../../../src/lib/map/project-layers';
import { LAND_TILE_DIR, LAND_TILE_ZOOM, landTileRange, tileRange } from '../../../src/lib/map/land-tiles';
import { RIVER_TILE_DIR, RIVER_TILE_LAYER, RIVER_TILE_ZOOM } from '../../../src/lib/map/river-tiles';

const FONTS = { regular: ['Noto Sans Regular'], bold: ['Noto Sans SemiBold'] };
const PUBLIC = path.resolve(__dirname, '../../../public');

/** Every string in the style except attribution text, with its JSON path. */
function strings(value: unknown, at = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (k === 'attribution' ? [] : strings(v, `${at}.${k}`)));
  }
  return [];
}

/** Font stack names a layer's text-font can take (plain array or literals inside an expression). */
function textFonts(layer: LayerSpecification): string[] {
  if (layer.type !== 'symbol') return [];
  const tf = layer.layout?.['text-font'];
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (!Array.isArray(v)) return;
    if (v[0] === 'literal' && Array.isArray(v[1])) out.push(...(v[1] as string[]));
    else if (v.every((x) => typeof x === 'string') && !['get', 'literal'].includes(v[0] as string))
      out.push(...(v as string[]));
    else v.forEach(walk);
  };
  walk(tf);
  return out;
}

function covers(ranges: string[], cp: number): boolean {
  return ranges.some((r) => {
    const m = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(r);
    if (!m) throw new Error(`bad range ${r}`);
    const lo = parseInt(m[1]!, 16);
    const hi = m[2] ? parseInt(m[2], 16) : lo;
    return cp >= lo && cp <= hi;
  });
}

describe('basemapStyle', () => {
  const style: StyleSpecification = basemapStyle({ baseUrl: './' });

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('loads nothing from outside baseUrl: no glyphs, no sprite, every URL under baseUrl', () => {
    for (const baseUrl of ['./', '/atlas/', 'https://example.org/atlas/']) {
      const s = basemapStyle({ baseUrl });
      expect(s.glyphs).toBeUndefined();
      expect(s.sprite).toBeUndefined();
      const urls = strings(s).filter(
        ([, v]) => /^(\.{0,2}\/|[a-z][a-z0-9+.-]*:)/i.test(v) || v.includes('/'),
      );
      expect(urls.length).toBeGreaterThan(0);
      for (const [where, url] of urls) expect(url.startsWith(baseUrl), `${where}: ${url}`).toBe(true);
    }
    // No remote host at all with a relative base.
    expect(strings(style).filter(([, v]) => v.includes('://'))).toEqual([]);
  });

  it('adds the trailing slash to baseUrl', () => {
    const s = basemapStyle({ baseUrl: '/atlas' });
    expect((s.sources['basemap-places'] as { data: string }).data).toBe('/atlas/basemap/places.geojson');
  });

  it('points every source at a built basemap file', () => {
    const geojson = Object.values(style.sources).filter((s) => s.type === 'geojson');
    const files = geojson.map((s) => path.basename((s as { data: string }).data));
    expect([...files].sort()).toEqual([...BASEMAP_FILES].sort());
    for (const f of files) expect(fs.existsSync(path.join(PUBLIC, 'basemap', f)), f).toBe(true);
  });

  it('draws detailed land from its tiles only from project zoom on, and the coarse land below it', () => {
    const land = style.sources['basemap-land'];
    expect(land).toMatchObject({
      type: 'vector',
      tiles: [`./${LAND_TILE_DIR}/{z}/{x}/{y}.pbf`],
      minzoom: LAND_TILE_ZOOM,
      maxzoom: LAND_TILE_ZOOM,
      bounds: [...REGION_BBOX],
    });
    const layer = (id: string) => style.layers.find((l) => l.id === id);
    for (const id of ['basemap-land', 'basemap-shore']) expect(layer(id)?.minzoom, id).toBe(LAND_TILE_ZOOM);
    for (const id of ['basemap-countries', 'basemap-coastline'])
      expect(layer(id)?.maxzoom, id).toBe(LAND_TILE_ZOOM);
    // Every tile the source can ask for exists (an all-sea one is an empty file), so none is a 404.
    const { x0, x1, y0, y1 } = landTileRange(REGION_BBOX);
    const missing: string[] = [];
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++) {
        const f = path.join(PUBLIC, LAND_TILE_DIR, `${LAND_TILE_ZOOM}/${x}/${y}.pbf`);
        if (!fs.existsSync(f)) missing.push(f);
      }
    expect(missing).toEqual([]);
  });

  it('draws 1:10m rivers from their tiles from RIVER_TILE_ZOOM on, and the 1:50m rivers below it', () => {
    expect(style.sources['basemap-rivers-detail']).toMatchObject({
      type: 'vector',
      tiles: [`./${RIVER_TILE_DIR}/{z}/{x}/{y}.pbf`],
      minzoom: RIVER_TILE_ZOOM,
      maxzoom: RIVER_TILE_ZOOM,
      bounds: [...REGION_BBOX],
    });
    const detail = style.layers.find((l) => l.id === 'basemap-rivers-detail');
    expect(detail).toMatchObject({
      type: 'line',
      minzoom: RIVER_TILE_ZOOM,
      maxzoom: RIVER_DETAIL_MAXZOOM,
      'source-layer': RIVER_TILE_LAYER,
    });
    // Still drawn at city zoom (Phnom Penh at 10–11), gone at street zoom where it is off the banks.
    expect(RIVER_DETAIL_MAXZOOM).toBeGreaterThan(11);
    expect(style.layers.find((l) => l.id === 'basemap-rivers')?.maxzoom).toBe(RIVER_TILE_ZOOM);
    // The first view (the region, about zoom 5) needs no river tile.
    expect(RIVER_TILE_ZOOM).toBeGreaterThan(5);
    // Under the shore, borders and labels, so the basemap's own lines and the projects stay on top.
    const order = style.layers.map((l) => l.id);
    expect(order.indexOf('basemap-rivers-detail')).toBeLessThan(order.indexOf('basemap-shore'));
    expect(order.indexOf('basemap-rivers-detail')).toBeLessThan(order.indexOf('basemap-borders'));
    const { x0, x1, y0, y1 } = tileRange(REGION_BBOX, RIVER_TILE_ZOOM);
    const missing: string[] = [];
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++) {
        const f = path.join(PUBLIC, RIVER_TILE_DIR, `${RIVER_TILE_ZOOM}/${x}/${y}.pbf`);
        if (!fs.existsSync(f)) missing.push(f);
      }
    expect(missing).toEqual([]);
  });

  it('labels the capitals on a layer of their own, which the map places before the project labels', () => {
    const capitals = style.layers.find((l) => l.id === CAPITAL_LABELS);
    expect(capitals?.type).toBe('symbol');
    expect(JSON.stringify((capitals as { filter?: unknown }).filter)).toBe('["==",["get","rank"],1]');
    expect(BASEMAP_LABEL_FIELDS[CAPITAL_LABELS]).toBeDefined();
    // Rank 1 is exactly the capitals in the places the basemap build wrote.
    const places = JSON.parse(fs.readFileSync(path.join(PUBLIC, 'basemap/places.geojson'), 'utf8')) as {
      features: { properties: { rank: number; capital: boolean } }[];
    };
    const capital = places.features.filter((f) => f.properties.capital);
    expect(capital.length).toBeGreaterThan(0);
    expect(places.features.filter((f) => f.properties.rank === 1)).toEqual(capital);
  });

  it('at an overview keeps a place’s label clear of a project marker standing on the place', () => {
    const markers = projectLayers(FONTS).find((l) => l.id === PROJECT_LAYER_IDS.markers)!.layout as Record<
      string,
      unknown
    >;
    for (const id of [CAPITAL_LABELS, 'basemap-places-label', 'basemap-towns-label']) {
      const layout = (style.layers.find((l) => l.id === id) as { layout: Record<string, unknown> }).layout;
      // ['case', capital, 12.5, rank 2, 11.5, 10.5]: the smallest text is a town's.
      const size = layout['text-size'] as unknown[];
      const smallest = Math.min(...size.filter((v): v is number => typeof v === 'number'));
      // The largest marker is a site's 20 px image.
      const blocked = 20 / 2 + (markers['icon-padding'] as number) + (layout['text-padding'] as number);
      const offset = (zoom: number) => {
        const parsed = createExpression(layout['text-radial-offset'], 'text-radial-offset');
        if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
        return parsed.value.evaluate({ zoom }, { type: 'Point', properties: {} } as never) as number;
      };
      expect(offset(4), id).toBe(PLACE_LABEL_OFFSET_EM);
      expect(offset(CORRIDOR_TOWN_ZOOM - 0.1), id).toBe(PLACE_LABEL_OFFSET_EM);
      expect(PLACE_LABEL_OFFSET_EM * smallest, id).toBeGreaterThanOrEqual(blocked);
      // Closer in the corridor names its towns, and the place's own label gives way to its dot.
      expect(offset(CORRIDOR_TOWN_ZOOM) * smallest, id).toBeLessThan(blocked);
    }
    const towns = projectLayers(FONTS).find((l) => l.id === PROJECT_LAYER_IDS.corridorTownLabels)!;
    expect(towns.minzoom).toBe(CORRIDOR_TOWN_ZOOM);
  });

  it('has basemap- layer ids, unique, on existing sources', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of style.layers) {
      expect(l.id.startsWith('basemap-')).toBe(true);
      if ('source' in l) expect(style.sources[l.source as string], l.id).toBeDefined();
    }
    expect(Object.keys(style.sources).every((k) => k.startsWith('basemap-'))).toBe(true);
  });

  it('declares font-faces for every text-font, covering the region scripts, with existing files', () => {
    const faces = style['font-faces'];
    expect(faces).toBeDefined();
    const used = new Set(style.layers.flatMap(textFonts));
    expect(used.size).toBeGreaterThan(0);
    const samples: Record<string, number> = {
      latin: 0x41, // A
      'latin-1': 0xe9, // é
      vietnamese: 0x1ebf, // ế
      'vietnamese-d': 0x111, // đ
      thai: 0x0e01,
      lao: 0x0e81,
      khmer: 0x1780,
      myanmar: 0x1000,
    };
    for (const font of used) {
      const decl = faces![font];
      expect(Array.isArray(decl), font).toBe(true);
      const list = decl as Array<{ url: string; 'unicode-range'?: string[] }>;
      for (const [script, cp] of Object.entries(samples)) {
        expect(
          list.some((f) => covers(f['unicode-range'] ?? ['U+0-10FFFF'], cp)),
          `${font} ${script}`,
        ).toBe(true);
      }
      for (const f of list) {
        const file = path.join(PUBLIC, 'fonts', path.basename(f.url));
        expect(fs.existsSync(file), f.url).toBe(true);
      }
    }
    expect(fs.existsSync(path.join(PUBLIC, 'fonts', 'LICENSE-OFL.txt'))).toBe(true);
  });

  it('writes every label layer from its label fields, in English unless told otherwise', () => {
    const field = (s: StyleSpecification, id: string) =>
      (s.layers.find((l) => l.id === id) as { layout: Record<string, unknown> }).layout['text-field'];
    const ja = basemapStyle({ baseUrl: './', labels: { lang: 'ja', local: false } });
    const symbols = style.layers.filter((l) => l.type === 'symbol').map((l) => l.id);
    expect([...symbols].sort()).toEqual(Object.keys(BASEMAP_LABEL_FIELDS).sort());
    for (const id of symbols) {
      expect(field(style, id), id).toEqual(['get', 'name']);
      expect(field(ja, id), id).toEqual(['coalesce', ['get', 'name_ja'], ['get', 'name']]);
    }
  });

  it('declares the Japanese font files after the others, only when given them', () => {
    const japanese = [{ file: 'noto-sans-jp-119-400-normal.woff2', 'unicode-range': ['U+3041-307F'] }];
    const faces = basemapFontFaces('/atlas', japanese);
    const plain = basemapFontFaces('/atlas');
    for (const [name, list] of Object.entries(faces)) {
      const urls = (list as Array<{ url: string }>).map((f) => f.url);
      expect(urls.slice(0, -1)).toEqual((plain[name] as Array<{ url: string }>).map((f) => f.url));
      expect(urls.at(-1)).toBe('/atlas/fonts/noto-sans-jp-119-400-normal.woff2');
    }
    expect(JSON.stringify(plain)).not.toMatch(/noto-sans-jp/);
    // The built list names files that exist, each with a range a browser can read.
    const built = JSON.parse(fs.readFileSync(path.join(PUBLIC, JAPANESE_FONT_LIST), 'utf8')) as Array<{
      file: string;
      'unicode-range': string[];
    }>;
    expect(built.length).toBeGreaterThan(100);
    for (const f of built) {
      expect(fs.existsSync(path.join(PUBLIC, 'fonts', f.file)), f.file).toBe(true);
      expect(() => covers(f['unicode-range'], 0)).not.toThrow();
    }
    // Kana and the kanji of the capitals' names are covered.
    for (const ch of 'プノンペン市中国')
      expect(
        built.some((f) => covers(f['unicode-range'], ch.codePointAt(0)!)),
        ch,
      ).toBe(true);
  });

  it('exports bounds inside the clipped data, and an attribution', () => {
    expect(basemapBounds).toEqual([
      [REGION_BBOX[0], REGION_BBOX[1]],
      [REGION_BBOX[2], REGION_BBOX[3]],
    ]);
    expect(basemapMaxBounds).toEqual([
      [CLIP_BBOX[0], CLIP_BBOX[1]],
      [CLIP_BBOX[2], CLIP_BBOX[3]],
    ]);
    expect(CLIP_BBOX[0] < REGION_BBOX[0] && CLIP_BBOX[2] > REGION_BBOX[2]).toBe(true);
    expect(CLIP_BBOX[1] < REGION_BBOX[1] && CLIP_BBOX[3] > REGION_BBOX[3]).toBe(true);
    expect(BASEMAP_ATTRIBUTION).toMatch(/Natural Earth/);
    expect(BASEMAP_ATTRIBUTION).toMatch(/rivers: Natural Earth 1:50m and 1:10m \(public domain\)/);
    expect(BASEMAP_ATTRIBUTION).toMatch(/GeoNames.*CC BY 4\.0/);
    expect(BASEMAP_ATTRIBUTION).toMatch(/world-countries \(ODbL 1\.0\)/);
    expect(BASEMAP_ATTRIBUTION).toMatch(/OFL/);
    expect(BASEMAP_ATTRIBUTION).toMatch(/OpenStreetMap contributors \(ODbL\)/);
  });
});
