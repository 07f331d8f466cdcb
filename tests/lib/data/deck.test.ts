import { describe, expect, it } from 'vitest';
import { readDeckFile, statesFigures } from '../../../src/lib/data/deck';
import { validateAtlas } from '../../../src/lib/data/validate';
import { formatIssue } from '../../../src/lib/data/data-error';
import { deck, rawAtlas } from '../../fixtures/atlas';

const { atlas } = validateAtlas(rawAtlas());
const known = {
  projects: new Set(atlas!.projects.map((p) => p.id)),
  options: {
    country: new Set(['VN', 'TH', 'KH']),
    corridor: new Set(['corridor', 'corridor-central']),
    sector: new Set(['transport']),
    status: new Set(['operational']),
    financier: new Set(['japan-oda']),
    instrument: new Set(['oda-loan']),
  },
};
const sources = new Set(atlas!.sources.map((s) => s.id));
const read = (value: unknown) => readDeckFile(JSON.stringify(value), known, sources);
const problems = (d: unknown) => (validateAtlas(rawAtlas({ decks: [d] })).issues ?? []).map(formatIssue);

describe('a shipped deck (geodata/decks)', () => {
  it('is validated with the rest of the data and reaches the app', () => {
    const result = validateAtlas(rawAtlas({ decks: [deck()] }));
    expect(result.issues).toEqual([]);
    expect(result.atlas!.decks.map((d) => d.id)).toEqual(['test-deck']);
    expect(result.atlas!.decks[0]!.scenes[1]!.highlight).toEqual([]);
  });

  it.each([
    [
      'an unknown key in a scene',
      (d: ReturnType<typeof deck>) => Object.assign(d.scenes[0]!, { captoin: {} }),
      'scenes[0]',
    ],
    [
      'an unknown key in a view',
      (d: ReturnType<typeof deck>) => Object.assign(d.scenes[0]!.view, { zoom: 3 }),
      'scenes[0].view',
    ],
    [
      'an unknown project',
      (d: ReturnType<typeof deck>) => (d.scenes[0]!.view.project = 'atlantis'),
      'scenes[0].view.project: unknown project "atlantis"',
    ],
    [
      'an unknown filter value',
      (d: ReturnType<typeof deck>) => (d.scenes[0]!.view.filters = { country: ['FR'] }),
      'scenes[0].view.filters.country[0]',
    ],
    [
      'an unknown highlighted project',
      (d: ReturnType<typeof deck>) => (d.scenes[0]!.highlight = ['nowhere']),
      'scenes[0].highlight[0]',
    ],
    [
      'an unknown source',
      (d: ReturnType<typeof deck>) => (d.scenes[0]!.refs = [{ source: 'rumour' }]),
      'scenes[0].refs[0].source: unknown source "rumour"',
    ],
    [
      'a figure without a source',
      (d: ReturnType<typeof deck>) => (d.scenes[0]!.refs = []),
      'scenes[0].refs: the caption states a figure or date',
    ],
    [
      'a caption without Japanese',
      (d: ReturnType<typeof deck>) => (d.scenes[1]!.caption = { en: 'Only English.' } as never),
      'scenes[1].caption.ja',
    ],
    [
      'a duplicate scene id',
      (d: ReturnType<typeof deck>) => (d.scenes[1]!.id = 'opening'),
      'scenes[1].id: duplicate scene id',
    ],
    [
      'a reversed playback span',
      (d: ReturnType<typeof deck>) => Object.assign(d.scenes[1]!, { play: { from: 2020, to: 2010 } }),
      'scenes[1].play',
    ],
  ])('is refused for %s, naming the file and field', (_, breakIt, expected) => {
    const d = deck();
    breakIt(d);
    const lines = problems(d);
    expect(lines.some((l) => l.startsWith('geodata/decks/test-deck.json: ') && l.includes(expected))).toBe(
      true,
    );
  });

  it('must be named after its id', () => {
    expect(problems(deck({ id: 'other' }))).toEqual([]);
    const raw = rawAtlas({ decks: [deck()] });
    raw.decks[0]!.file = 'geodata/decks/renamed.json';
    expect(validateAtlas(raw).issues.map(formatIssue)).toContain(
      'geodata/decks/renamed.json: id: id "test-deck" must match the file name "renamed"',
    );
  });
});

describe('a deck file a user imports', () => {
  it('is read whole when it is good', () => {
    const result = read(deck());
    expect(result.error).toBeNull();
    expect(result.deck!.scenes).toHaveLength(2);
  });

  it.each([
    ['not JSON', 'not valid JSON: expected a value, found "n" (line 1, column 1)'],
    ['{"version": 2}', 'version'],
  ])('is refused when it is %s', (text, expected) => {
    const result = readDeckFile(text, known, sources);
    expect(result.deck).toBeNull();
    expect(result.error).toContain(expected);
  });

  it('is refused whole, with one line naming the first bad field', () => {
    const d = deck();
    d.scenes[1]!.view = { project: 'atlantis' } as never;
    expect(read(d)).toEqual({ deck: null, error: 'scenes[1].view.project: unknown project "atlantis"' });
  });

  it('may give English alone and state figures without sources (shown with a warning instead)', () => {
    const d = deck();
    d.scenes[0]!.caption = { en: 'Opened in 2024.' } as never;
    d.scenes[0]!.refs = [];
    expect(read(d).error).toBeNull();
  });
});

describe('statesFigures', () => {
  it.each([
    ['Opened in 2024.', true],
    ['２０２４年', true],
    ['A corridor through two countries.', false],
  ])('%s → %s', (en, expected) => {
    expect(statesFigures({ en, ja: en })).toBe(expected);
  });
});
