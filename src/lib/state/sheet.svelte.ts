/**
 * The side panel as a bottom sheet on a phone: it rests low (the map stays in view), opens half
 * way when a project is chosen, and the user can raise it to nearly full height and back, with
 * its buttons or by dragging its handle.
 */
export const SHEET_STEPS = ['peek', 'half', 'full'] as const;
export type SheetStep = (typeof SHEET_STEPS)[number];

/** A drag shorter than this is a tap, not a move. */
export const DRAG_THRESHOLD = 24;
/** Each further this many pixels of drag moves the sheet one more step. */
export const DRAG_STEP = 160;

/** One step up (1) or down (-1), stopping at either end. */
export function stepBy(step: SheetStep, direction: 1 | -1): SheetStep {
  const i = SHEET_STEPS.indexOf(step) + direction;
  return SHEET_STEPS[Math.min(SHEET_STEPS.length - 1, Math.max(0, i))]!;
}

/** Where a drag of the handle ends: `dy` is how far it moved down (negative: up), in pixels. */
export function afterDrag(step: SheetStep, dy: number): SheetStep {
  if (Math.abs(dy) < DRAG_THRESHOLD) return step;
  const steps = 1 + Math.floor((Math.abs(dy) - DRAG_THRESHOLD) / DRAG_STEP);
  let result = step;
  for (let i = 0; i < steps; i++) result = stepBy(result, dy < 0 ? 1 : -1);
  return result;
}

export class Sheet {
  step = $state<SheetStep>('peek');

  expand(): void {
    this.step = stepBy(this.step, 1);
  }

  collapse(): void {
    this.step = stepBy(this.step, -1);
  }

  /** Something to read opened in the sheet (a project): it rises at least half way. */
  reveal(): void {
    if (this.step === 'peek') this.step = 'half';
  }

  drag(dy: number): void {
    this.step = afterDrag(this.step, dy);
  }
}
