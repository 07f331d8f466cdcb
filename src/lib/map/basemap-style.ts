/**
 * The offline basemap: a calm, print-friendly MapLibre style drawn entirely from files served by
 * the app itself (GeoJSON in `public/basemap/`, woff2 fonts in `public/fonts/`, both written by
 * `npm run basemap` = scripts/build-basemap.ts). No glyph server, no sprite. From project zoom
 * (LAND_TILE_ZOOM) on, the coarse land gives way to detailed land from vector tiles in
 * `public/basemap/land/`, and from RIVER_TILE_ZOOM on the 1:50m rivers give way to 1:10m ones in
 * `public/basemap/rivers/`, both fetched only for the area in view.
 *
 * Labels are rendered with the style's `font-faces` property (MapLibre GL JS 6): every text-font
 * name used by a symbol layer maps to a list of woff2 files, each limited to a `unicode-range`, so
 * the browser only downloads the script subsets a label actually needs. Japanese (Noto Sans JP's
 * 120 subsets) is declared only once the map first shows Japanese (`withJapanese`), because its
 * unicode ranges alone are 72 KB: an English map never reads them or fetches a Japanese file.
 */
import type {
  ExpressionSpecification,
  FontFacesSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { LAND_TILE_DIR, LAND_TILE_LAYER, LAND_TILE_ZOOM } from './land-tiles';
import { RIVER_TILE_DIR, RIVER_TILE_LAYER, RIVER_TILE_ZOOM } from './river-tiles';
import { NAME_FIELDS, labelText, type LabelFields, type LabelOptions } from './label-text';

/** The region the atlas covers, [west, south, east, north] in degrees. */
export const REGION_BBOX = [88, 4, 115, 30] as const;

/**
 * Everything outside this box is dropped from the basemap data; it leaves enough context around
 * REGION_BBOX to fill a wide or tall viewport fitted to the region.
 */
export const CLIP_BBOX = [76, -8, 128, 34] as const;

/** Initial view: the region, as [[west, south], [east, north]]. */
export const basemapBounds: [[number, number], [number, number]] = [
  [REGION_BBOX[0], REGION_BBOX[1]],
  [REGION_BBOX[2], REGION_BBOX[3]],
];

/** Suggested `maxBounds`: beyond this there is no basemap data (only the water background). */
export const basemapMaxBounds: [[number, number], [number, number]] = [
  [CLIP_BBOX[0], CLIP_BBOX[1]],
  [CLIP_BBOX[2], CLIP_BBOX[3]],
];

/** ISO 3166-1 alpha-2 codes of the five Mekong-region countries, emphasised on the basemap. */
export const MEKONG_COUNTRIES = ['KH', 'LA', 'MM', 'TH', 'VN'] as const;

/** Plain-text credits for the basemap data and fonts (e.g. for a printed footer). */
export const BASEMAP_ATTRIBUTION =
  'Basemap and rivers: Natural Earth 1:50m and 1:10m (public domain) · ' +
  'Land at project zoom: © OpenStreetMap contributors (ODbL) · ' +
  "Places and their Japanese and local names: GeoNames (CC BY 4.0), and some towns' Japanese names from JICA, MOFA and news pages the atlas cites · " +
  'Country names in Japanese and local scripts: world-countries (ODbL 1.0) · Fonts: Noto Sans (SIL OFL 1.1)';

/** The same credits as HTML, as MapLibre's attribution control shows them (set on a source). */
export const BASEMAP_ATTRIBUTION_HTML =
  'Basemap and rivers: <a href="https://www.naturalearthdata.com/">Natural Earth</a> 1:50m and 1:10m (public domain) · ' +
  'Land at project zoom: © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors (ODbL) · ' +
  'Places and their Japanese and local names: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0), and some towns\' Japanese names from JICA, MOFA and news pages the atlas cites · ' +
  'Country names in Japanese and local scripts: <a href="https://github.com/mledoze/countries">world-countries</a> (ODbL 1.0) · ' +
  'Fonts: Noto Sans (SIL OFL 1.1)';

/** GeoJSON files written by scripts/build-basemap.ts into public/basemap/. */
export const BASEMAP_FILES = [
  'countries.geojson',
  'borders.geojson',
  'coastline.geojson',
  'rivers.geojson',
  'lakes.geojson',
  'places.geojson',
  'country-labels.geojson',
] as const;

/** Font stack names used in `text-font`; each is a key of the style's `font-faces`. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_SEMIBOLD = 'Noto Sans SemiBold';

export interface BasemapFontFile {
  /** @fontsource package the file is copied from. */
  pkg: string;
  /** Subset name, a key of the package's unicode.json. */
  subset: string;
  weight: 400 | 600;
  /** Exactly the package's unicode.json range for the subset (checked by the build script). */
  unicodeRange: string[];
}

const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const VIETNAMESE =
  'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';
const THAI = 'U+02D7,U+0303,U+0331,U+0E01-0E5B,U+200C-200D,U+25CC';
const LAO = 'U+0E81-0EDF,U+200C-200D,U+25CC';
const KHMER = 'U+1780-17FF,U+19E0-19FF,U+200C-200D,U+25CC';
const MYANMAR = 'U+1000-109F,U+200C-200D,U+25CC,U+A92E,U+A9E0-A9FE,U+AA60-AA7F,U+116D0-116E3';

/**
 * Script subsets in lookup order: MapLibre takes the first file whose range covers a character,
 * so the small Vietnamese subset comes before the larger Latin-ext one it overlaps.
 */
const SUBSETS: Array<Omit<BasemapFontFile, 'weight'>> = [
  { pkg: 'noto-sans', subset: 'latin', unicodeRange: LATIN.split(',') },
  { pkg: 'noto-sans', subset: 'vietnamese', unicodeRange: VIETNAMESE.split(',') },
  { pkg: 'noto-sans', subset: 'latin-ext', unicodeRange: LATIN_EXT.split(',') },
  { pkg: 'noto-sans-thai', subset: 'thai', unicodeRange: THAI.split(',') },
  { pkg: 'noto-sans-lao', subset: 'lao', unicodeRange: LAO.split(',') },
  { pkg: 'noto-sans-khmer', subset: 'khmer', unicodeRange: KHMER.split(',') },
  { pkg: 'noto-sans-myanmar', subset: 'myanmar', unicodeRange: MYANMAR.split(',') },
];

/** Every font file the style uses, by text-font name; the build script copies exactly these. */
export const BASEMAP_FONTS: Record<string, BasemapFontFile[]> = {
  [FONT_REGULAR]: SUBSETS.map((s) => ({ ...s, weight: 400 })),
  [FONT_SEMIBOLD]: SUBSETS.map((s) => ({ ...s, weight: 600 })),
};

/** File name of a font file inside public/fonts/ (the @fontsource file name). */
export function fontFileName(f: Pick<BasemapFontFile, 'pkg' | 'subset' | 'weight'>): string {
  return `${f.pkg}-${f.subset}-${f.weight}-normal.woff2`;
}

/**
 * Noto Sans JP's numbered subsets, at 400 only: a second weight would double what a Japanese map
 * fetches, so capitals and country names are drawn in the regular weight in Japanese.
 */
export const JAPANESE_FONT = { pkg: 'noto-sans-jp', weight: 400 } as const;
/** In public/: the Japanese font files with their unicode ranges, written by the build script. */
export const JAPANESE_FONT_LIST = 'fonts/noto-sans-jp.json';

/** One Japanese font file as JAPANESE_FONT_LIST lists it. */
export interface JapaneseFontFile {
  file: string;
  'unicode-range': string[];
}

/** The style's `font-faces`: every label font, and Japanese after the others where it is given. */
export function basemapFontFaces(
  baseUrl: string,
  japanese: readonly JapaneseFontFile[] = [],
): FontFacesSpecification {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const fontFaces: FontFacesSpecification = {};
  for (const [name, files] of Object.entries(BASEMAP_FONTS)) {
    fontFaces[name] = [
      ...files.map((f) => ({ url: `${base}fonts/${fontFileName(f)}`, 'unicode-range': [...f.unicodeRange] })),
      ...japanese.map((f) => ({ url: `${base}fonts/${f.file}`, 'unicode-range': [...f['unicode-range']] })),
    ];
  }
  return fontFaces;
}

/** Palette; kept muted so that project overlays carry the colour. */
export const BASEMAP_COLORS = {
  water: '#dde7ec',
  landMekong: '#fbf8f1',
  landNeighbour: '#efede8',
  coastline: '#a9bcc6',
  border: '#8d8a86',
  borderNeighbour: '#b4b1ac',
  river: '#9dbdd0',
  lake: '#dde7ec',
  countryLabel: '#8a8278',
  countryLabelNeighbour: '#aaa49c',
  placeLabel: '#3d3a36',
  townLabel: '#5e5a55',
  halo: 'rgba(251, 248, 241, 0.9)',
} as const;

const isMekong: ExpressionSpecification = ['in', ['get', 'iso_a2'], ['literal', [...MEKONG_COUNTRIES]]];

/** The basemap's label layers, each with the properties its text is made of. */
export const BASEMAP_LABEL_FIELDS: Readonly<Record<string, LabelFields>> = {
  'basemap-country-labels': NAME_FIELDS,
  'basemap-towns-label': NAME_FIELDS,
  'basemap-places-label': NAME_FIELDS,
  'basemap-capitals-label': NAME_FIELDS,
};

/**
 * The national capitals' labels (rank 1), apart from the other cities' so the map can place them
 * before the project labels (project-layers.ts, PLACE_LABELS_FIRST): at an overview a project's
 * label never takes a capital's name off the map. Other cities and towns give way to projects.
 */
export const CAPITAL_LABELS = 'basemap-capitals-label';
/**
 * How far a place's label stands from its point at an overview, in ems of its text (10.5 px or
 * more), so it is clear of a project marker on the place itself (an airport, a bridge, the
 * corridor's own dot for the town), which blocks up to 11 px around its point, and of the
 * label's own 2 px padding.
 */
export const PLACE_LABEL_OFFSET_EM = 1.25;
/**
 * From this zoom the corridor names its own towns (project-layers.ts); a place's label then
 * stands close to its dot again, so a corridor's dot on the place blocks it and the town is
 * named once, by the corridor.
 */
export const CORRIDOR_TOWN_ZOOM = 7;

/** Every place a point label may stand around its point, sides before corners. */
export const EIGHT_ANCHORS = [
  'left',
  'right',
  'top',
  'bottom',
  'top-left',
  'top-right',
  'bottom-left',
  'bottom-right',
] as const;

/**
 * A dot and a label per place. Rank 1 = national capital, 2 = major city, 3 = corridor/border town;
 * towns are drawn from `minzoom` on, and sort after cities when labels collide.
 */
function placeLayers(
  id: string,
  filter: ExpressionSpecification,
  minzoom: number,
  text: ExpressionSpecification,
): LayerSpecification[] {
  const C = BASEMAP_COLORS;
  return [
    {
      id: `${id}-dot`,
      type: 'circle',
      source: 'basemap-places',
      filter,
      ...(minzoom ? { minzoom } : {}),
      paint: {
        'circle-radius': ['case', ['get', 'capital'], 3.2, ['==', ['get', 'rank'], 2], 2.6, 2],
        'circle-color': ['case', ['get', 'capital'], '#ffffff', C.townLabel],
        'circle-stroke-color': C.placeLabel,
        'circle-stroke-width': ['case', ['get', 'capital'], 1.4, 0],
      },
    },
    {
      id: `${id}-label`,
      type: 'symbol',
      source: 'basemap-places',
      filter,
      ...(minzoom ? { minzoom } : {}),
      layout: {
        'text-field': text,
        'text-font': ['case', ['get', 'capital'], ['literal', [FONT_SEMIBOLD]], ['literal', [FONT_REGULAR]]],
        'text-size': ['case', ['get', 'capital'], 12.5, ['==', ['get', 'rank'], 2], 11.5, 10.5],
        'symbol-sort-key': ['get', 'rank'],
        // The corners too, so a place among the projects' markers still finds room clear of them.
        'text-variable-anchor': [...EIGHT_ANCHORS],
        'text-radial-offset': ['step', ['zoom'], PLACE_LABEL_OFFSET_EM, CORRIDOR_TOWN_ZOOM, 0.5],
        'text-justify': 'auto',
        'text-max-width': 9,
        'text-padding': 2,
      },
      paint: {
        'text-color': ['case', ['<=', ['get', 'rank'], 2], C.placeLabel, C.townLabel],
        'text-halo-color': C.halo,
        'text-halo-width': 1.2,
      },
    },
  ];
}

/** Zoom from which the 1:10m rivers are no longer drawn (see riverDetailLayer). */
export const RIVER_DETAIL_MAXZOOM = 12;

/** The 1:10m river tiles: requested only from RIVER_TILE_ZOOM on, and only inside the region. */
function riverDetailSource(base: string): SourceSpecification {
  return {
    type: 'vector',
    tiles: [`${base}${RIVER_TILE_DIR}/{z}/{x}/{y}.pbf`],
    minzoom: RIVER_TILE_ZOOM,
    maxzoom: RIVER_TILE_ZOOM,
    bounds: [...REGION_BBOX],
  };
}

/**
 * The 1:10m rivers, three widths by Natural Earth scale rank: the great rivers (Mekong,
 * Irrawaddy, Salween; rank up to 4), the main ones (Red River, Chao Phraya; up to 7) and the
 * rest. The lines are about a kilometre off the banks at street zoom, so they fade out towards
 * RIVER_DETAIL_MAXZOOM, from where the detailed land's water is the better river.
 */
function riverDetailLayer(): LayerSpecification {
  const rank: ExpressionSpecification = ['get', 'scalerank'];
  const width = (great: number, main: number, other: number): ExpressionSpecification => [
    'case',
    ['<=', rank, 4],
    great,
    ['<=', rank, 7],
    main,
    other,
  ];
  return {
    id: 'basemap-rivers-detail',
    type: 'line',
    source: 'basemap-rivers-detail',
    'source-layer': RIVER_TILE_LAYER,
    minzoom: RIVER_TILE_ZOOM,
    maxzoom: RIVER_DETAIL_MAXZOOM,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: {
      'line-color': BASEMAP_COLORS.river,
      'line-opacity': [
        'interpolate',
        ['linear'],
        ['zoom'],
        RIVER_DETAIL_MAXZOOM - 1.5,
        1,
        RIVER_DETAIL_MAXZOOM,
        0.3,
      ],
      'line-width': ['interpolate', ['linear'], ['zoom'], 7, width(1.6, 1.2, 0.8), 12, width(3, 2, 1.2)],
    },
  };
}

export interface BasemapStyleOptions {
  /** Where the app's public/ folder is served, ending in '/' (e.g. import.meta.env.BASE_URL). */
  baseUrl: string;
  /** The labels' language and local-script names (label-text.ts); English alone if left out. */
  labels?: LabelOptions;
  /** Japanese font files to declare from the start (see JAPANESE_FONT_LIST). */
  japanese?: readonly JapaneseFontFile[];
}

export function basemapStyle(opts: BasemapStyleOptions): StyleSpecification {
  const base = opts.baseUrl.endsWith('/') ? opts.baseUrl : `${opts.baseUrl}/`;
  const C = BASEMAP_COLORS;
  const text = labelText(NAME_FIELDS, opts.labels ?? { lang: 'en', local: false });

  const src = (file: string, attribution?: string) => ({
    type: 'geojson' as const,
    data: `${base}basemap/${file}`,
    ...(attribution ? { attribution } : {}),
  });

  const layers: LayerSpecification[] = [
    {
      id: 'basemap-background',
      type: 'background',
      paint: { 'background-color': C.water },
    },
    {
      id: 'basemap-countries',
      type: 'fill',
      source: 'basemap-countries',
      // The 1:50m outline is kilometres off at project zoom (a port would stand at sea).
      maxzoom: LAND_TILE_ZOOM,
      paint: {
        'fill-color': ['case', isMekong, C.landMekong, C.landNeighbour],
        'fill-antialias': false,
      },
    },
    {
      id: 'basemap-land',
      type: 'fill',
      source: 'basemap-land',
      'source-layer': LAND_TILE_LAYER,
      minzoom: LAND_TILE_ZOOM,
      paint: { 'fill-color': C.landMekong, 'fill-antialias': false },
    },
    {
      id: 'basemap-lakes',
      type: 'fill',
      source: 'basemap-lakes',
      paint: { 'fill-color': C.lake, 'fill-outline-color': C.river },
    },
    {
      id: 'basemap-rivers',
      type: 'line',
      source: 'basemap-rivers',
      // The 1:50m lines run kilometres off the detailed banks closer in; the 1:10m ones take over.
      maxzoom: RIVER_TILE_ZOOM,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': C.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 6, 1, 9, 1.8],
      },
    },
    riverDetailLayer(),
    {
      id: 'basemap-coastline',
      type: 'line',
      source: 'basemap-coastline',
      maxzoom: LAND_TILE_ZOOM,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': C.coastline,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 8, 1.2],
      },
    },
    {
      // The detailed land's outline: its coasts and the banks of the wide rivers it leaves as water.
      id: 'basemap-shore',
      type: 'line',
      source: 'basemap-land',
      'source-layer': LAND_TILE_LAYER,
      minzoom: LAND_TILE_ZOOM,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': C.coastline, 'line-width': 1.2 },
    },
    {
      id: 'basemap-borders',
      type: 'line',
      source: 'basemap-borders',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': ['case', ['get', 'mekong'], C.border, C.borderNeighbour],
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          3,
          ['case', ['get', 'mekong'], 0.8, 0.6],
          8,
          ['case', ['get', 'mekong'], 1.6, 1.1],
        ],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'basemap-country-labels',
      type: 'symbol',
      source: 'basemap-country-labels',
      maxzoom: 8,
      layout: {
        'text-field': text,
        'text-font': [FONT_SEMIBOLD],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.15,
        'text-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          3,
          ['case', isMekong, 11, 9],
          7,
          ['case', isMekong, 16, 13],
        ],
        'text-max-width': 8,
        'symbol-sort-key': ['case', isMekong, 0, 1],
        'text-padding': 4,
      },
      paint: {
        'text-color': ['case', isMekong, C.countryLabel, C.countryLabelNeighbour],
        'text-halo-color': C.halo,
        'text-halo-width': 1,
      },
    },
    ...placeLayers('basemap-towns', ['>=', ['get', 'rank'], 3], 5, text),
    ...placeLayers('basemap-places', ['==', ['get', 'rank'], 2], 0, text),
    ...placeLayers('basemap-capitals', ['==', ['get', 'rank'], 1], 0, text),
  ];

  return {
    version: 8,
    name: 'Mekong atlas basemap',
    'font-faces': basemapFontFaces(base, opts.japanese),
    sources: {
      'basemap-countries': src('countries.geojson', BASEMAP_ATTRIBUTION_HTML),
      'basemap-borders': src('borders.geojson', BASEMAP_ATTRIBUTION_HTML),
      'basemap-coastline': src('coastline.geojson'),
      'basemap-rivers': src('rivers.geojson'),
      'basemap-lakes': src('lakes.geojson'),
      'basemap-places': src('places.geojson'),
      'basemap-country-labels': src('country-labels.geojson'),
      'basemap-rivers-detail': riverDetailSource(base),
      'basemap-land': {
        type: 'vector',
        tiles: [`${base}${LAND_TILE_DIR}/{z}/{x}/{y}.pbf`],
        minzoom: LAND_TILE_ZOOM,
        maxzoom: LAND_TILE_ZOOM,
        bounds: [...REGION_BBOX],
      },
    },
    layers,
  };
}
