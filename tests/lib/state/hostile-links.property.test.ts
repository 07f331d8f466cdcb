/**
 * Property tests over hostile links and stored views: whatever the address bar or storage holds,
 * reading it never throws and gives a valid snapshot naming only what the atlas has.
 */
import { NEAR_KM } from '../../../src/lib/data/corridors';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../../../src/lib/data/filter';
import { LOCALES } from '../../../src/lib/i18n/translate';
import {
  Camera,
  FIRST_YEAR,
  LAST_YEAR,
  MAX_QUERY,
  Panels,
  readSnapshot,
  SNAPSHOT_VERSION,
  TEXT_SIZES,
  type ViewSnapshot,
} from '../../../src/lib/state/snapshot';
import { VIEW_PARAMETERS } from '../../../src/lib/state/address';
import { nextAddress, readSceneLink, readUrl, writeSceneLink, writeUrl } from '../../../src/lib/state/url';

const known = {
  projects: new Set(['hcmc-metro-line-1', 'bangkok-red-line', 'southern-economic-corridor']),
  options: {
    country: new Set(['KH', 'VN', 'TH']),
    corridor: new Set(['southern-economic-corridor', 'sec-dawei']),
    sector: new Set(['transport', 'energy']),
    status: new Set(['operational', 'planned']),
    financier: new Set(['japan-oda', 'adb']),
    instrument: new Set(['oda-loan', 'grant']),
  },
};

const RUNS = { numRuns: 500 };
/** How the app reads the address it is at when working out the next one. */
const read = (search: string) => readUrl(search, known);

/** Every field of a snapshot is one the app can show: known values, in range, no repeats. */
function expectValid(snapshot: ViewSnapshot): void {
  expect(snapshot.version).toBe(SNAPSHOT_VERSION);
  expect(LOCALES).toContain(snapshot.locale);
  expect(TEXT_SIZES).toContain(snapshot.textSize);
  if (snapshot.project !== null) expect(known.projects.has(snapshot.project)).toBe(true);
  if (snapshot.camera !== null) expect(Camera.safeParse(snapshot.camera).success).toBe(true);
  if (snapshot.fit !== null) {
    expect(snapshot.fit.length).toBeGreaterThan(0);
    for (const id of snapshot.fit) expect(known.projects.has(id)).toBe(true);
  }
  for (const dimension of DIMENSIONS) {
    const values = snapshot.filters[dimension];
    expect(new Set(values).size).toBe(values.length);
    for (const value of values) expect(known.options[dimension].has(value)).toBe(true);
  }
  const { from, to } = snapshot.filters.years;
  for (const year of [from, to])
    if (year !== null) {
      expect(Number.isInteger(year)).toBe(true);
      expect(year).toBeGreaterThanOrEqual(FIRST_YEAR);
      expect(year).toBeLessThanOrEqual(LAST_YEAR);
    }
  if (from !== null && to !== null) expect(from).toBeLessThanOrEqual(to);
  expect(typeof snapshot.query).toBe('string');
  expect(snapshot.query.length).toBeLessThanOrEqual(MAX_QUERY);
  expect(Panels.safeParse(snapshot.panels).success).toBe(true);
  if (snapshot.year !== null) {
    expect(Number.isInteger(snapshot.year)).toBe(true);
    expect(snapshot.year).toBeGreaterThanOrEqual(FIRST_YEAR);
    expect(snapshot.year).toBeLessThanOrEqual(LAST_YEAR);
  }
  // A snapshot read once reads back as itself: nothing is left for a second reading to drop.
  expect(readSnapshot(snapshot, known)).toEqual(snapshot);
}

// Every parameter a view is read from, so a new one is fuzzed too, and the scene link's and
// prototype names besides.
const PARAMETERS = [...VIEW_PARAMETERS, 'deck', 'scene', '__proto__', 'constructor'];

/** Strings a hostile or broken link may hold. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...',-.%0123456789eE+ ') as fc.Arbitrary<string>, maxLength: 30 }),
  fc.constantFrom(
    '',
    ',',
    ',,,',
    '-',
    '--',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e308',
    '9'.repeat(400),
    '0x10',
    '2015-2020-2030',
    '2020-2015',
    '0000',
    '2999',
    '10.8,106.7',
    '10.8,106.7,11,4',
    '91,181,30',
    '-0,-0,-0',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '%',
    '%E0%A4%A',
    '%00',
    '\u0000',
    '\ud800',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    'a'.repeat(10_000),
    'KH,KH,KH,VN',
    'kh',
    'JPY',
    'usd',
    'ja',
    'JA',
    'fdi',
    'default',
  ),
  fc
    .array(fc.constantFrom(...[...Object.values(known.options)].flatMap((s) => [...s])), { maxLength: 6 })
    .map((a) => a.join(',')),
);

/** A query string of known and unknown parameters with hostile values, some given twice. */
const hostileSearch = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMETERS), fc.string({ maxLength: 8 })), hostileText), {
    maxLength: 12,
  })
  .map((pairs) => `?${new URLSearchParams(pairs).toString()}`);

/** Raw text as someone may paste after the address: not even a well-formed query string. */
const rawSearch = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({
    unit: fc.constantFrom(...'?&=%,-.0123456789abcdefKHVNmapyears+ ') as fc.Arbitrary<string>,
    maxLength: 120,
  }),
);

describe('a hostile link', () => {
  it('never throws and always reads as a valid view', () => {
    fc.assert(
      fc.property(fc.oneof(hostileSearch, rawSearch), (search) => {
        expectValid(readUrl(search, known));
      }),
      RUNS,
    );
  });

  it('never throws as a scene link, and names a scene only by a kebab-case deck and a scene number', () => {
    fc.assert(
      fc.property(fc.oneof(hostileSearch, rawSearch), (search) => {
        const link = readSceneLink(search);
        if (link === null) return;
        expect(link.deck).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(link.deck.length).toBeLessThanOrEqual(60);
        expect(Number.isInteger(link.scene)).toBe(true);
        expect(link.scene).toBeGreaterThanOrEqual(0);
        expect(link.scene).toBeLessThan(1000);
      }),
      RUNS,
    );
  });

  it('never stops the next address from being worked out', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostileSearch, rawSearch),
        fc.oneof(hostileSearch, rawSearch),
        (current, other) => {
          const shown = readUrl(other, known);
          const next = nextAddress(current, { snapshot: shown }, read);
          if (next) expect(readUrl(next.search, known)).toEqual(readUrl(writeUrl(shown), known));
          const scene = readSceneLink(other);
          if (scene) nextAddress(current, { scene, locale: shown.locale }, read);
        },
      ),
      RUNS,
    );
  });
});

/** Any view the app can be in. */
const validSnapshot: fc.Arbitrary<ViewSnapshot> = fc.record({
  version: fc.constant(SNAPSHOT_VERSION),
  locale: fc.constantFrom(...LOCALES),
  textSize: fc.constantFrom(...TEXT_SIZES),
  localNames: fc.boolean(),
  project: fc.option(fc.constantFrom(...known.projects), { nil: null }),
  camera: fc.option(
    fc.record({
      center: fc.tuple(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -85, max: 85, noNaN: true }),
      ),
      zoom: fc.double({ min: 0, max: 22, noNaN: true }),
    }),
    { nil: null },
  ),
  fit: fc.constant(null),
  filters: fc.record({
    ...(Object.fromEntries(
      DIMENSIONS.map((d) => [d, fc.uniqueArray(fc.constantFrom(...known.options[d]), { maxLength: 3 })]),
    ) as Record<(typeof DIMENSIONS)[number], fc.Arbitrary<string[]>>),
    years: fc
      .tuple(
        fc.option(fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }), { nil: null }),
        fc.option(fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }), { nil: null }),
      )
      .map(([a, b]) => (a !== null && b !== null && a > b ? { from: b, to: a } : { from: a, to: b })),
  }),
  query: fc.string({ unit: 'grapheme', maxLength: 30 }).map((q) => q.slice(0, MAX_QUERY)),
  panels: fc.record({
    fundingBy: fc.constantFrom(...Panels.shape.fundingBy.options),
    currency: fc.constantFrom(...Panels.shape.currency.options),
    trade: fc.constantFrom(...Panels.shape.trade.options),
    chart: fc.constant(null),
    nearKm: fc.constantFrom(...NEAR_KM),
  }),
  year: fc.option(fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }), { nil: null }),
});

describe('a link the app writes', () => {
  it('reads back as the view it was written from (the camera to its written precision)', () => {
    fc.assert(
      fc.property(validSnapshot, (view) => {
        const read = readUrl(writeUrl(view), known);
        expectValid(read);
        const { camera, ...rest } = read;
        const { camera: wrote, ...expected } = view;
        expect(rest).toEqual(expected);
        expect(camera === null).toBe(wrote === null);
        if (camera && wrote) {
          expect(camera.center[0]).toBeCloseTo(wrote.center[0], 3);
          expect(camera.center[1]).toBeCloseTo(wrote.center[1], 3);
          expect(camera.zoom).toBeCloseTo(wrote.zoom, 1);
        }
      }),
      RUNS,
    );
  });

  it('writes a scene link that reads back as the same scene', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom(...LOCALES),
        (deck, scene, locale) => {
          expect(readSceneLink(writeSceneLink({ deck, scene }, locale))).toEqual({ deck, scene });
        },
      ),
      RUNS,
    );
  });
});

/** Values a stored or hand-edited snapshot may hold where a field is expected. */
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.anything({ maxDepth: 2 }),
  hostileText,
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, Number.MAX_SAFE_INTEGER + 2, null, undefined, [], {}),
  fc.constantFrom(...known.projects, ...[...Object.values(known.options)].flatMap((s) => [...s])),
  fc.array(fc.constantFrom(...known.projects, 'atlantis', '', '__proto__'), { maxLength: 5 }),
  fc.tuple(fc.double(), fc.double()),
);

const SNAPSHOT_KEYS = [
  'version',
  'locale',
  'textSize',
  'project',
  'camera',
  'fit',
  'filters',
  'query',
  'panels',
  'year',
];

/** Something shaped like a snapshot, with hostile values at any depth. */
const hostileSnapshot = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.dictionary(fc.constantFrom(...SNAPSHOT_KEYS, '__proto__', 'extra'), hostileValue),
  fc.record(
    {
      project: hostileValue,
      camera: fc.oneof(
        hostileValue,
        fc.record({ center: hostileValue, zoom: hostileValue }, { requiredKeys: [] }),
      ),
      fit: hostileValue,
      filters: fc.oneof(
        hostileValue,
        fc.dictionary(fc.constantFrom(...DIMENSIONS, 'years', '__proto__'), hostileValue),
        fc.record({ years: fc.record({ from: hostileValue, to: hostileValue }, { requiredKeys: [] }) }),
      ),
      query: hostileValue,
      panels: fc.oneof(
        hostileValue,
        fc.dictionary(fc.constantFrom('fundingBy', 'currency', 'trade', 'chart'), hostileValue),
      ),
      locale: hostileValue,
      textSize: hostileValue,
      year: hostileValue,
    },
    { requiredKeys: [] },
  ),
  // As stored: written to text and read back, so "__proto__" arrives as a plain key.
  fc
    .jsonValue({ maxDepth: 4 })
    .map((v) => JSON.parse(JSON.stringify({ __proto__x: v }).replace('__proto__x', '__proto__'))),
);

describe('a hostile stored view', () => {
  it('never throws and always reads as a valid view', () => {
    fc.assert(
      fc.property(hostileSnapshot, (input) => {
        expectValid(readSnapshot(input, known));
      }),
      RUNS,
    );
  });
});
