import { describe, expect, it } from 'vitest';
import { DRAG_STEP, DRAG_THRESHOLD, Sheet, afterDrag, stepBy } from '../../../src/lib/state/sheet.svelte';

describe('the bottom sheet on a phone', () => {
  it('rests low, so the map stays in view', () => {
    expect(new Sheet().step).toBe('peek');
  });

  it('moves one step at a time and stops at either end', () => {
    expect(stepBy('peek', 1)).toBe('half');
    expect(stepBy('half', 1)).toBe('full');
    expect(stepBy('full', 1)).toBe('full');
    expect(stepBy('full', -1)).toBe('half');
    expect(stepBy('peek', -1)).toBe('peek');
  });

  it('rises half way when a project opens, but never drops from full height', () => {
    const sheet = new Sheet();
    sheet.reveal();
    expect(sheet.step).toBe('half');
    sheet.expand();
    sheet.reveal();
    expect(sheet.step).toBe('full');
  });

  it('treats a short drag of the handle as a tap', () => {
    expect(afterDrag('half', DRAG_THRESHOLD - 1)).toBe('half');
    expect(afterDrag('half', -(DRAG_THRESHOLD - 1))).toBe('half');
  });

  it('follows a drag: up raises, down lowers, a long drag moves further', () => {
    expect(afterDrag('peek', -DRAG_THRESHOLD)).toBe('half');
    expect(afterDrag('peek', -(DRAG_THRESHOLD + DRAG_STEP))).toBe('full');
    expect(afterDrag('full', DRAG_THRESHOLD)).toBe('half');
    expect(afterDrag('full', 2000)).toBe('peek');
  });

  it('collapses and expands with its buttons', () => {
    const sheet = new Sheet();
    sheet.expand();
    sheet.expand();
    expect(sheet.step).toBe('full');
    sheet.collapse();
    expect(sheet.step).toBe('half');
    sheet.drag(DRAG_THRESHOLD);
    expect(sheet.step).toBe('peek');
  });
});
