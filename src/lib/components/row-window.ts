/**
 * Which rows of a long list are in the DOM: those a scrolled viewport shows, plus a few either
 * side so a fast scroll or an arrow key never meets a blank. Every row has the same height, so
 * the rows left out are two spacers of known height and the scrollbar stays true to the list.
 */
export interface RowWindow {
  /** The first row rendered. */
  start: number;
  /** One past the last row rendered. */
  end: number;
  /** Height of the rows above `start`, in pixels. */
  before: number;
  /** Height of the rows from `end` on, in pixels. */
  after: number;
}

export interface RowWindowInput {
  count: number;
  rowHeight: number;
  /** How far the viewport is scrolled, in pixels. */
  scrollTop: number;
  /** The viewport's height in pixels; 0 before it is measured. */
  height: number;
  /** Rows rendered beyond each edge of the viewport. */
  overscan?: number;
}

export const OVERSCAN = 8;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

export function rowWindow({
  count,
  rowHeight,
  scrollTop,
  height,
  overscan = OVERSCAN,
}: RowWindowInput): RowWindow {
  if (count <= 0 || !(rowHeight > 0)) return { start: 0, end: 0, before: 0, after: 0 };
  const first = clamp(Math.floor(Math.max(0, scrollTop) / rowHeight), 0, count - 1);
  // A viewport not yet measured still shows its first rows, so the list is never empty at first paint.
  const shown = Math.max(1, Math.ceil(Math.max(0, height) / rowHeight) + 1);
  const start = clamp(first - overscan, 0, count);
  const end = clamp(first + shown + overscan, start, count);
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight };
}

/**
 * The scroll position that brings row `index` fully into a viewport of `height` pixels, moving
 * as little as possible: unchanged when the row is already in view.
 */
export function scrollToRow(index: number, rowHeight: number, scrollTop: number, height: number): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + height) return Math.max(0, bottom - height);
  return scrollTop;
}
