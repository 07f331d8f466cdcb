/**
 * Property tests over deck files a user imports: whatever the file holds, reading it never
 * throws and gives either a deck that is valid throughout or one line saying what is wrong.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Deck, deckProblems, readDeckFile, type DeckResult } from '../../../src/lib/data/deck';
import { DeckStore } from '../../../src/lib/state/deck-store.svelte';
import { deck } from '../../fixtures/atlas';

const known = {
  projects: new Set(['metro-line', 'corridor']),
  options: {
    country: new Set(['VN', 'TH', 'KH']),
    corridor: new Set(['corridor', 'corridor-central']),
    sector: new Set(['transport']),
    status: new Set(['operational']),
    financier: new Set(['japan-oda']),
    instrument: new Set(['oda-loan']),
  },
};
const sources = new Set(['summit', 'operator']);
const RUNS = { numRuns: 300 };

function expectDeckOrOneLine(result: DeckResult): void {
  if (result.deck) {
    expect(result.error).toBeNull();
    expect(Deck.safeParse(result.deck).success).toBe(true);
    expect(deckProblems(result.deck, known, sources)).toEqual([]);
  } else {
    expect(typeof result.error).toBe('string');
    expect(result.error.length).toBeGreaterThan(0);
    expect(result.error.length).toBeLessThanOrEqual(400);
    expect(result.error).not.toMatch(/[\n\r\u2028\u2029]/);
    expect(result.error).not.toMatch(/^\s+at /m);
  }
}

/** Strings that break things: control characters, lone surrogates, markup, huge, empty, padded. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '\n',
    'a\nb',
    '\u0000',
    '\ud800',
    '\u202e',
    '  padded  ',
    '__proto__',
    'constructor',
    'atlantis',
    'metro-line',
    'Metro-Line',
    '<img src=x onerror=alert(1)>',
    'x'.repeat(5000),
  ),
);

/** Any value, including ones JSON cannot say the same way twice. */
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  nasty,
  fc.constantFrom(0, -1, 1.5, 1e308, -0, 2020, 1949, 2101, true, null, [], {}),
);

type Path = (string | number)[];

/** Every path into a value, the value itself included. */
function paths(value: unknown, at: Path = []): Path[] {
  if (!value || typeof value !== 'object') return [at];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [at, ...children.flatMap(([k, v]) => paths(v, [...at, k]))];
}

const DECK_PATHS = paths(deck());

/** A copy of `target` with the value at `path` replaced, a key added beside it, or it removed. */
function change(
  target: unknown,
  path: Path,
  how: 'replace' | 'add' | 'remove',
  value: unknown,
  key: string,
): unknown {
  if (path.length === 0) {
    if (how === 'add' && target && typeof target === 'object' && !Array.isArray(target))
      return { ...target, [key]: value };
    return value;
  }
  const copy = (Array.isArray(target) ? [...target] : { ...(target as object) }) as Record<
    string | number,
    unknown
  >;
  const [head, ...rest] = path as [string | number, ...Path];
  if (rest.length === 0 && how === 'remove') {
    if (Array.isArray(copy)) (copy as unknown[]).splice(head as number, 1);
    else delete copy[head];
    return copy;
  }
  copy[head] = change(copy[head], rest, how, value, key);
  return copy;
}

/** One change anywhere in a valid deck. */
const oneChange = fc.record({
  path: fc.constantFrom(...DECK_PATHS),
  how: fc.constantFrom('replace', 'add', 'remove') as fc.Arbitrary<'replace' | 'add' | 'remove'>,
  value: anyValue,
  key: fc.oneof(nasty, fc.constantFrom('extra', 'captoin', 'zoom', 'version', 'id')),
});

/** A valid deck with one or two things changed, at any depth. */
const brokenDeck = fc
  .array(oneChange, { minLength: 1, maxLength: 2 })
  .map((changes) => changes.reduce<unknown>((d, c) => change(d, c.path, c.how, c.value, c.key), deck()));

/** Text a file may hold: JSON of a broken deck, a deck with text edited, or anything at all. */
const deckText = fc.oneof(
  brokenDeck.map((d) => JSON.stringify(d) ?? 'undefined'),
  fc.tuple(brokenDeck, fc.nat(), nasty).map(([d, at, insert]) => {
    const text = JSON.stringify(d) ?? '';
    const i = at % (text.length + 1);
    return text.slice(0, i) + insert + text.slice(i);
  }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.nat({ max: 5000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.constantFrom(
    '',
    'null',
    '{}',
    '[]',
    '{"__proto__": {"version": 1}}',
    '\ufeff{}',
    '{"version": 1, "version": 1}',
  ),
);

describe('an imported deck file', () => {
  it('is never a throw: a valid deck, or one line', () => {
    fc.assert(
      fc.property(deckText, (text) => {
        expectDeckOrOneLine(readDeckFile(text, known, sources));
      }),
      RUNS,
    );
  });

  it('with a hostile value anywhere, is read whole or refused whole in one line', () => {
    fc.assert(
      fc.property(brokenDeck, (d) => {
        const result = readDeckFile(JSON.stringify(d) ?? '', known, sources);
        expectDeckOrOneLine(result);
        // Refused whole: nothing of a bad file is kept.
        if (!result.deck) expect(result.deck).toBeNull();
      }),
      RUNS,
    );
  });

  it('leaves the stored deck as it was when refused', async () => {
    await fc.assert(
      fc.asyncProperty(deckText, async (text) => {
        const storage = new Map<string, string>();
        const store = new DeckStore(known, sources, {
          getItem: (k) => storage.get(k) ?? null,
          setItem: (k, v) => void storage.set(k, v),
        });
        const before = store.export();
        const problem = await store.import(text);
        if (problem) expect(store.export()).toBe(before);
        else expect(Deck.safeParse(JSON.parse(store.export())).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('reads back as itself once exported', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), fc.boolean()), {
          minLength: 1,
          maxLength: 5,
        }),
        (scenes) => {
          const good = deck();
          good.scenes = scenes.map(([text, ja], i) => ({
            ...deck().scenes[1]!,
            id: `scene-${i + 1}`,
            title: ja ? { en: `Scene ${text}`, ja: `場面 ${text}` } : ({ en: `Scene ${text}` } as never),
          }));
          const first = readDeckFile(JSON.stringify(good), known, sources);
          expectDeckOrOneLine(first);
          if (!first.deck) return;
          expect(readDeckFile(JSON.stringify(first.deck), known, sources)).toEqual(first);
        },
      ),
      RUNS,
    );
  });
});
