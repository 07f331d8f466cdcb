/**
 * Numbered sources for paper: each source gets one number the first time it is cited, and every
 * figure carries its marker, so a two-page brief lists each document once however often it is used.
 */
import type { Ref } from '../data/schema';

export class Footnotes {
  readonly #numbers = new Map<string, number>();
  readonly #refs: Ref[] = [];

  /** The number of `ref`'s source, given on first use. */
  number(ref: Ref): number {
    let n = this.#numbers.get(ref.source);
    if (n === undefined) {
      n = this.#numbers.size + 1;
      this.#numbers.set(ref.source, n);
      this.#refs.push({ source: ref.source });
    }
    return n;
  }

  /** "1, 3, 5–9": the numbers of several refs, each once, in order, a run of three or more as a range. */
  markers(refs: readonly Ref[]): string {
    const numbers = [...new Set(refs.map((r) => this.number(r)))].sort((a, b) => a - b);
    const runs: number[][] = [];
    for (const n of numbers) {
      const run = runs.at(-1);
      if (run && run.at(-1) === n - 1) run.push(n);
      else runs.push([n]);
    }
    return runs
      .flatMap((run) => (run.length >= 3 ? [`${run[0]}–${run.at(-1)}`] : run.map(String)))
      .join(', ');
  }

  /** The sources in the order they were first cited; the n-th is footnote n. */
  get sources(): readonly Ref[] {
    return this.#refs;
  }
}
