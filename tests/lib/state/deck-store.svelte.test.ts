import { describe, expect, it } from 'vitest';
import { DeckStore } from '../../../src/lib/state/deck-store.svelte';
import { deck } from '../../fixtures/atlas';

const known = {
  projects: new Set(['metro-line', 'corridor']),
  options: {
    country: new Set(['VN']),
    corridor: new Set<string>(),
    sector: new Set<string>(),
    status: new Set<string>(),
    financier: new Set<string>(),
    instrument: new Set<string>(),
  },
};
const sources = new Set(['operator', 'summit']);

function memory(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    items,
  };
}

describe('DeckStore', () => {
  it('keeps every edit in storage and reads it back on the next visit', async () => {
    const storage = memory();
    const store = new DeckStore(known, sources, storage);
    store.add({ filters: { country: ['VN'] } }, { en: 'Viet Nam' }, { en: 'Projects in Viet Nam' });
    store.update(0, { title: { en: 'Viet Nam today' } });
    const next = new DeckStore(known, sources, storage);
    await next.ready;
    expect(next.deck.scenes.map((s) => s.title.en)).toEqual(['Viet Nam today']);
    expect(next.problem).toBeNull();
  });

  it('sets aside a stored deck that no longer fits the atlas, saying why', async () => {
    const stale = deck();
    stale.scenes[0]!.view.project = 'removed-project';
    const store = new DeckStore(known, sources, memory({ 'mekong-atlas.deck': JSON.stringify(stale) }));
    await store.ready;
    expect(store.deck.scenes).toEqual([]);
    expect(store.problem).toContain('scenes[0].view.project');
  });

  it('imports a file whole or not at all', async () => {
    const store = new DeckStore(known, sources, memory());
    expect(await store.import(JSON.stringify(deck()))).toBeNull();
    expect(store.deck.scenes).toHaveLength(2);
    expect(await store.import('{"version":1,"id":"x","title":{"en":"x"},"scenes":[{}]}')).toMatch(
      /^scenes\[0\]/,
    );
    expect(store.deck.scenes).toHaveLength(2);
  });

  it('exports what it imports', async () => {
    const store = new DeckStore(known, sources, memory());
    await store.import(JSON.stringify(deck()));
    const again = new DeckStore(known, sources, memory());
    expect(await again.import(store.export())).toBeNull();
    expect(again.deck).toEqual(store.deck);
  });

  it('keeps an edit made while the stored deck is still being read', async () => {
    const storage = memory({ 'mekong-atlas.deck': JSON.stringify(deck()) });
    const store = new DeckStore(known, sources, storage);
    store.add({}, { en: 'First thought' }, { en: 'Caption' });
    await store.ready;
    expect(store.deck.scenes.map((s) => s.title.en)).toEqual(['First thought']);
  });

  it('works for the visit when storage is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    const store = new DeckStore(known, sources, blocked);
    store.add({}, { en: 'One' }, { en: 'Caption' });
    expect(store.deck.scenes).toHaveLength(1);
  });
});
