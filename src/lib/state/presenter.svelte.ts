/**
 * Briefing mode: which deck and scene are on screen, and whether the presenter has left the
 * guided path to explore. The scene's view is applied by the `show` callback, so this class
 * only decides which scene, never how a view is drawn.
 */
import type { Deck, Scene } from '../data/deck';

export type PresenterMode = 'off' | 'presenting' | 'exploring';

export class Presenter {
  deck = $state.raw<Deck | null>(null);
  index = $state(0);
  mode = $state<PresenterMode>('off');

  constructor(private readonly show: (scene: Scene) => void) {}

  get scene(): Scene | null {
    return this.deck?.scenes[this.index] ?? null;
  }

  get count(): number {
    return this.deck?.scenes.length ?? 0;
  }

  start(deck: Deck, index = 0): void {
    this.deck = deck;
    this.go(index, true);
  }

  /** Shows scene `index` (clamped to the deck); `force` re-applies the scene on screen. */
  go(index: number, force = false): void {
    if (!this.deck) return;
    const next = Math.max(0, Math.min(this.count - 1, index));
    if (!force && next === this.index && this.mode === 'presenting') return;
    this.index = next;
    this.mode = 'presenting';
    this.show(this.deck.scenes[next]!);
  }

  next(): void {
    this.go(this.index + 1);
  }

  previous(): void {
    this.go(this.index - 1);
  }

  first(): void {
    this.go(0);
  }

  last(): void {
    this.go(this.count - 1);
  }

  /** Frees the map and the filters; the scene stays where it was for `resume`. */
  explore(): void {
    if (this.mode === 'presenting') this.mode = 'exploring';
  }

  /** Back to the scene exactly as the deck defines it. */
  resume(): void {
    if (this.mode === 'exploring') this.go(this.index, true);
  }

  stop(): void {
    this.mode = 'off';
  }
}
