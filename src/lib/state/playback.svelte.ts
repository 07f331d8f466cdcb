/**
 * Timeline playback: steps the view's year through a span, one year per tick, and stops at
 * the end. The timer is the only side effect, and `pause` always clears it.
 */
import type { ViewState } from './view.svelte';

export class Playback {
  playing = $state(false);
  #to = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly view: ViewState,
    private readonly years: () => { min: number; max: number } | null,
    private readonly interval = 900,
  ) {}

  /** Plays from `from` (or the year on screen, or the first year) to `to` (or the last). */
  play(from?: number, to?: number): void {
    const span = this.years();
    if (!span) return;
    this.pause();
    const current = this.view.year;
    const start = from ?? (current === null || current >= span.max ? span.min : current);
    this.#to = Math.min(to ?? span.max, span.max);
    this.view.year = Math.max(span.min, Math.min(start, this.#to));
    this.playing = true;
    this.#schedule();
  }

  pause(): void {
    this.playing = false;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  #schedule(): void {
    this.#timer = setTimeout(() => {
      const year = this.view.year;
      if (!this.playing || year === null || year >= this.#to) return this.pause();
      this.view.year = year + 1;
      if (year + 1 >= this.#to) this.pause();
      else this.#schedule();
    }, this.interval);
  }
}
