/**
 * The user's own deck, kept in local storage between visits. What is read back is validated like
 * an imported file; a stored deck that no longer fits the atlas is set aside, not half-loaded.
 * The deck schema (and with it the whole of zod) loads only when there is a file to read: a
 * stored deck or an imported one, so a first visit does not wait for it.
 */
import type { Deck, DeckResult } from '../data/deck';
import type { Localized } from '../data/localized';
import { addScene, emptyDeck, moveScene, removeScene, updateScene } from '../data/deck-edit';
import type { KnownValues, ViewSpec } from './snapshot';

const KEY = 'mekong-atlas.deck';

export class DeckStore {
  deck = $state.raw<Deck>(emptyDeck({ en: 'My briefing' }));
  /** Why the stored deck could not be read, if it could not. */
  problem = $state<string | null>(null);
  /** Resolves once a stored deck has been read (at once when there is none). */
  readonly ready: Promise<void>;
  /** Set by the first edit or import: a stored deck read after it must not undo it. */
  #changed = false;

  constructor(
    private readonly known: KnownValues,
    private readonly sources: ReadonlySet<string>,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null = globalThis.localStorage ?? null,
    title: Localized = { en: 'My briefing' },
  ) {
    this.deck = emptyDeck(title);
    const stored = this.#read();
    this.ready = stored === null ? Promise.resolve() : this.#restore(stored);
  }

  async #restore(stored: string): Promise<void> {
    const result = await this.#check(stored);
    if (this.#changed) return;
    if (result.deck) this.deck = result.deck;
    else this.problem = result.error;
  }

  async #check(text: string): Promise<DeckResult> {
    const { readDeckFile } = await import('../data/deck');
    return readDeckFile(text, this.known, this.sources);
  }

  #read(): string | null {
    try {
      return this.storage?.getItem(KEY) ?? null;
    } catch {
      return null;
    }
  }

  #save(deck: Deck): void {
    this.#changed = true;
    this.deck = deck;
    try {
      this.storage?.setItem(KEY, JSON.stringify(deck));
    } catch {
      // Storage full or blocked (a locked-down briefing PC): the deck still works for this visit.
    }
  }

  add(view: ViewSpec, title: Localized, caption: Localized): void {
    this.#save(addScene(this.deck, view, title, caption));
  }

  update(index: number, patch: Parameters<typeof updateScene>[2]): void {
    this.#save(updateScene(this.deck, index, patch));
  }

  move(index: number, by: number): void {
    this.#save(moveScene(this.deck, index, by));
  }

  remove(index: number): void {
    this.#save(removeScene(this.deck, index));
  }

  /** Replaces the deck with a file's, whole or not at all; returns the problem, if any. */
  async import(text: string): Promise<string | null> {
    const result = await this.#check(text);
    if (!result.deck) return result.error;
    this.#save(result.deck);
    this.problem = null;
    return null;
  }

  export(): string {
    return `${JSON.stringify(this.deck, null, 2)}\n`;
  }
}
