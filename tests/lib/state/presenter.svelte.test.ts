import { describe, expect, it } from 'vitest';
import { Presenter } from '../../../src/lib/state/presenter.svelte';
import { Deck } from '../../../src/lib/data/deck';
import { deck as rawDeck } from '../../fixtures/atlas';

const deck = Deck.parse(rawDeck());

function setup() {
  const shown: string[] = [];
  const presenter = new Presenter((scene) => shown.push(scene.id));
  return { presenter, shown };
}

describe('Presenter', () => {
  it('starts on the scene asked for and shows it', () => {
    const { presenter, shown } = setup();
    presenter.start(deck, 1);
    expect(presenter.mode).toBe('presenting');
    expect(presenter.scene?.id).toBe('corridor');
    expect(shown).toEqual(['corridor']);
  });

  it('steps forward and back, and stays put at either end without re-showing', () => {
    const { presenter, shown } = setup();
    presenter.start(deck);
    presenter.previous();
    presenter.next();
    presenter.next();
    presenter.last();
    presenter.first();
    expect(shown).toEqual(['opening', 'corridor', 'opening']);
    expect(presenter.index).toBe(0);
  });

  it('clamps a scene number from a link to the deck', () => {
    const { presenter } = setup();
    presenter.start(deck, 99);
    expect(presenter.index).toBe(deck.scenes.length - 1);
  });

  it('explores without losing its place, and resume shows the scene again as defined', () => {
    const { presenter, shown } = setup();
    presenter.start(deck, 1);
    presenter.explore();
    expect(presenter.mode).toBe('exploring');
    expect(presenter.index).toBe(1);
    presenter.resume();
    expect(presenter.mode).toBe('presenting');
    expect(shown).toEqual(['corridor', 'corridor']);
  });

  it('does nothing on resume when not exploring, and stops on leave', () => {
    const { presenter, shown } = setup();
    presenter.resume();
    expect(shown).toEqual([]);
    presenter.start(deck);
    presenter.stop();
    expect(presenter.mode).toBe('off');
  });
});
