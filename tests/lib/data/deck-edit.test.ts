import { describe, expect, it } from 'vitest';
import { Deck } from '../../../src/lib/data/deck';
import {
  addScene,
  emptyDeck,
  freshSceneId,
  moveScene,
  removeScene,
  updateScene,
} from '../../../src/lib/data/deck-edit';

const title = (en: string) => ({ en });
const three = [1, 2, 3].reduce(
  (deck, n) => addScene(deck, { filters: { country: ['KH'] } }, title(`S${n}`), title(`Caption ${n}`)),
  emptyDeck(title('Mine')),
);
const titles = (deck: Deck) => deck.scenes.map((s) => s.title.en);

describe('editing a deck', () => {
  it('adds scenes with fresh ids, each a valid scene', () => {
    expect(three.scenes.map((s) => s.id)).toEqual(['scene-1', 'scene-2', 'scene-3']);
    expect(Deck.parse(three)).toEqual(three);
  });

  it('never reuses an id after a deletion', () => {
    const fewer = removeScene(three, 0);
    expect(freshSceneId(fewer)).toBe('scene-4');
  });

  it('moves a scene up or down and stops at either end', () => {
    expect(titles(moveScene(three, 2, -1))).toEqual(['S1', 'S3', 'S2']);
    expect(titles(moveScene(three, 0, 1))).toEqual(['S2', 'S1', 'S3']);
    expect(moveScene(three, 0, -1)).toBe(three);
    expect(titles(moveScene(three, 0, 10))).toEqual(['S2', 'S3', 'S1']);
  });

  it('changes a title or caption without touching the other scenes or the original deck', () => {
    const edited = updateScene(three, 1, { title: { en: 'Renamed', ja: '改名' } });
    expect(titles(edited)).toEqual(['S1', 'Renamed', 'S3']);
    expect(titles(three)).toEqual(['S1', 'S2', 'S3']);
  });

  it('deletes a scene', () => {
    expect(titles(removeScene(three, 1))).toEqual(['S1', 'S3']);
  });
});
