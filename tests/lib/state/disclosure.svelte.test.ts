import { describe, expect, it } from 'vitest';
import { Disclosure } from '../../../src/lib/state/disclosure.svelte';

describe('a disclosure (the header’s tools on a phone)', () => {
  it('starts closed, and its button opens and closes it', () => {
    const menu = new Disclosure();
    expect(menu.open).toBe(false);
    menu.toggle();
    expect(menu.open).toBe(true);
    menu.toggle();
    expect(menu.open).toBe(false);
  });

  it('closes on Escape and says so, so focus can go back to its button', () => {
    const menu = new Disclosure();
    menu.toggle();
    expect(menu.key('Escape')).toBe(true);
    expect(menu.open).toBe(false);
  });

  it('leaves Escape to the rest of the page when it is already closed', () => {
    const menu = new Disclosure();
    expect(menu.key('Escape')).toBe(false);
    expect(menu.open).toBe(false);
  });

  it('ignores other keys, so its controls work as usual', () => {
    const menu = new Disclosure();
    menu.toggle();
    for (const key of ['Enter', ' ', 'Tab', 'ArrowDown', 'p']) expect(menu.key(key)).toBe(false);
    expect(menu.open).toBe(true);
  });

  it('closes when the user presses or moves focus outside it, not inside it', () => {
    const menu = new Disclosure();
    menu.toggle();
    menu.moved(true);
    expect(menu.open).toBe(true);
    menu.moved(false);
    expect(menu.open).toBe(false);
  });

  it('stays open when focus leaves the page for another window', () => {
    const menu = new Disclosure();
    menu.toggle();
    menu.moved(null);
    expect(menu.open).toBe(true);
  });
});
