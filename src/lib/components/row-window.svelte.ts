/**
 * The windowing state a long list of rows keeps (the project table, the map's keyboard list):
 * how far it is scrolled, how tall its viewport and its rows are, and so which rows are in the
 * DOM. The arithmetic is row-window.ts's; this holds the state both lists share.
 */
import type { Attachment } from 'svelte/attachments';
import { rowWindow, scrollToRow, type RowWindow } from './row-window';
import { borderHeight } from './resize';

export class RowWindowState {
  /** How far the list is scrolled, in pixels. */
  scrollTop = $state(0);
  /** The viewport's height in pixels (bind it to the scrolled element's clientHeight). */
  viewport = $state(0);
  /** Every row's height, in pixels, until a rendered row is measured. */
  rowHeight = $state(0);
  #count: () => number;

  readonly rows: RowWindow = $derived.by(() =>
    rowWindow({
      count: this.#count(),
      rowHeight: this.rowHeight,
      scrollTop: this.scrollTop,
      height: this.viewport,
    }),
  );

  /** `count` gives how many rows the list has; `rowHeight` is a first guess at their height. */
  constructor(count: () => number, rowHeight: number) {
    this.#count = count;
    this.rowHeight = rowHeight;
  }

  /** Takes a rendered row's height as every row's, so large type and the phone layout stay true. */
  measured(height: number): void {
    if (height > 0 && Math.abs(height - this.rowHeight) > 0.5) this.rowHeight = height;
  }

  /**
   * Attached to each rendered row: its height, as the browser lays it out, becomes every row's.
   * Read after layout (resize.ts), so rendering other rows after a filter change or a scroll
   * never makes the browser lay the page out in the middle of the update.
   */
  readonly row: Attachment<Element> = borderHeight((height) => this.measured(height));

  /** How many rows a page key moves: a viewport's worth, less one so a row stays in sight. */
  get page(): number {
    return Math.max(1, Math.floor(this.viewport / this.rowHeight) - 1);
  }

  /** Follows a scroll of `scroller`. */
  scrolled(scroller: Element): void {
    this.scrollTop = scroller.scrollTop;
  }

  /** Scrolls `scroller` as little as brings row `index` into view, `covered` pixels at its top hidden. */
  scrollTo(scroller: Element, index: number, covered = 0): void {
    scroller.scrollTop = scrollToRow(index, this.rowHeight, scroller.scrollTop, this.viewport - covered);
    this.scrollTop = scroller.scrollTop;
  }
}
