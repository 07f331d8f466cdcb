/** Editing a deck: pure functions that return a new deck, so every step can be saved and undone. */
import { DECK_VERSION } from './deck-version';
import type { Deck, Scene } from './deck';
import type { Localized } from './localized';
import type { ViewSpec } from '../state/snapshot';

export function emptyDeck(title: Localized): Deck {
  return { version: DECK_VERSION, id: 'my-deck', title, scenes: [] };
}

/** A scene id not yet in the deck: `scene-1`, `scene-2`, … */
export function freshSceneId(deck: Deck): string {
  const ids = new Set(deck.scenes.map((s) => s.id));
  let n = deck.scenes.length + 1;
  while (ids.has(`scene-${n}`)) n++;
  return `scene-${n}`;
}

export function addScene(deck: Deck, view: ViewSpec, title: Localized, caption: Localized): Deck {
  const scene: Scene = { id: freshSceneId(deck), title, caption, view, highlight: [], refs: [] };
  return { ...deck, scenes: [...deck.scenes, scene] };
}

export function updateScene(
  deck: Deck,
  index: number,
  patch: Partial<Pick<Scene, 'title' | 'caption'>>,
): Deck {
  return {
    ...deck,
    scenes: deck.scenes.map((s, i) => (i === index ? { ...s, ...patch } : s)),
  };
}

/** Moves scene `index` by `by` places, staying inside the deck. */
export function moveScene(deck: Deck, index: number, by: number): Deck {
  const to = Math.max(0, Math.min(deck.scenes.length - 1, index + by));
  if (to === index) return deck;
  const scenes = [...deck.scenes];
  const [scene] = scenes.splice(index, 1);
  scenes.splice(to, 0, scene!);
  return { ...deck, scenes: scenes };
}

export function removeScene(deck: Deck, index: number): Deck {
  return { ...deck, scenes: deck.scenes.filter((_, i) => i !== index) };
}
