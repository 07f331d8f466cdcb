import { describe, expect, it } from 'vitest';
import { OVERSCAN } from '../../../src/lib/components/row-window';
import { RowWindowState } from '../../../src/lib/components/row-window.svelte';

/** A scrolled element as the state reads it: a scrollTop the browser clamps to the content. */
function scroller(content: number, height: number) {
  let top = 0;
  return {
    get scrollTop() {
      return top;
    },
    set scrollTop(value: number) {
      top = Math.max(0, Math.min(value, content - height));
    },
  } as unknown as Element;
}

describe('the windowing state a long list keeps', () => {
  it('renders the rows in view and a few either side, as the list scrolls, and no more rows than it has', () => {
    let count = 1000;
    const win = new RowWindowState(() => count, 20);
    win.viewport = 200;
    expect(win.rows).toMatchObject({ start: 0, end: 11 + OVERSCAN, before: 0 });
    win.scrollTop = 2000;
    expect(win.rows.start).toBe(100 - OVERSCAN);
    expect(win.rows.before).toBe((100 - OVERSCAN) * 20);
    count = 10;
    const fewer = new RowWindowState(() => count, 20);
    fewer.viewport = 200;
    expect(fewer.rows).toMatchObject({ start: 0, end: 10, after: 0 });
  });

  it('takes a rendered row’s height as every row’s, ignoring a sub-pixel difference', () => {
    const win = new RowWindowState(() => 100, 30);
    win.measured(30.3);
    expect(win.rowHeight).toBe(30);
    win.measured(44);
    expect(win.rowHeight).toBe(44);
    // An element not laid out (hidden) measures 0: the last height stays.
    win.measured(0);
    expect(win.rowHeight).toBe(44);
  });

  it('scrolls as little as brings a row into view, below a covered strip, and follows the scroll', () => {
    const win = new RowWindowState(() => 100, 20);
    win.viewport = 100;
    const list = scroller(2000, 100);
    win.scrollTo(list, 10, 20);
    // Row 10 ends at 220: the 80 pixels below the covered strip end there.
    expect(list.scrollTop).toBe(140);
    expect(win.scrollTop).toBe(140);
    win.scrollTo(list, 9, 20);
    expect(list.scrollTop).toBe(140);
    list.scrollTop = 600;
    win.scrolled(list);
    expect(win.scrollTop).toBe(600);
    expect(win.rows.start).toBe(30 - OVERSCAN);
  });

  it('pages by a viewport less one row', () => {
    const win = new RowWindowState(() => 100, 20);
    win.viewport = 200;
    expect(win.page).toBe(9);
    win.viewport = 0;
    expect(win.page).toBe(1);
  });
});
