import { describe, expect, it } from 'vitest';
import { rowWindow, scrollToRow } from '../../../src/lib/components/row-window';

describe('the rows of a long list that are in the DOM', () => {
  it('are the rows in view and the overscan either side', () => {
    // 30 px rows, a 300 px viewport scrolled to row 100: rows 100–110 show (one partly).
    const window = rowWindow({ count: 10_000, rowHeight: 30, scrollTop: 3000, height: 300, overscan: 5 });
    expect(window).toEqual({ start: 95, end: 116, before: 95 * 30, after: (10_000 - 116) * 30 });
  });

  it('keep the spacers and the rows together the height of the whole list', () => {
    for (const scrollTop of [0, 17, 4500, 299_970, 1e9]) {
      const { start, end, before, after } = rowWindow({
        count: 10_000,
        rowHeight: 30,
        scrollTop,
        height: 400,
      });
      expect(before + (end - start) * 30 + after).toBe(10_000 * 30);
    }
  });

  it('render every row of a short list', () => {
    expect(rowWindow({ count: 13, rowHeight: 28, scrollTop: 0, height: 400 })).toEqual({
      start: 0,
      end: 13,
      before: 0,
      after: 0,
    });
  });

  it('show the first rows before the viewport is measured', () => {
    const window = rowWindow({ count: 10_000, rowHeight: 28, scrollTop: 0, height: 0, overscan: 4 });
    expect(window.start).toBe(0);
    expect(window.end).toBe(5);
  });

  it('end at the last row when scrolled past the end', () => {
    const window = rowWindow({ count: 50, rowHeight: 20, scrollTop: 5000, height: 200, overscan: 3 });
    expect(window.end).toBe(50);
    expect(window.start).toBe(46);
    expect(window.after).toBe(0);
  });

  it('are none for an empty list or an unmeasured row', () => {
    const none = { start: 0, end: 0, before: 0, after: 0 };
    expect(rowWindow({ count: 0, rowHeight: 30, scrollTop: 0, height: 300 })).toEqual(none);
    expect(rowWindow({ count: 10, rowHeight: 0, scrollTop: 0, height: 300 })).toEqual(none);
  });
});

describe('scrolling a row into view', () => {
  it('leaves the list where it is when the row is in view', () => {
    expect(scrollToRow(12, 30, 300, 300)).toBe(300);
  });

  it('brings a row above the viewport to its top', () => {
    expect(scrollToRow(5, 30, 300, 300)).toBe(150);
  });

  it('brings a row below the viewport to its bottom edge', () => {
    // Row 20 spans 600–630; a 300 px viewport shows it last when scrolled to 330.
    expect(scrollToRow(20, 30, 0, 300)).toBe(330);
  });
});
