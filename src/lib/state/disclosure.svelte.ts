/**
 * A disclosure: one button that shows and hides a panel of controls (the header's tools on a
 * phone). The button opens and closes it; Escape closes it and focus goes back to the button; a
 * press or focus outside it closes it, so it never stays open over the map unnoticed.
 */
export class Disclosure {
  open = $state(false);

  toggle(): void {
    this.open = !this.open;
  }

  close(): void {
    this.open = false;
  }

  /**
   * A key pressed in the button or the panel. True when it closed the panel (Escape while open):
   * the caller then moves focus back to the button and keeps the key from doing anything else,
   * such as closing the open project too.
   */
  key(key: string): boolean {
    if (key !== 'Escape' || !this.open) return false;
    this.open = false;
    return true;
  }

  /**
   * A press, or focus arriving, somewhere on the page: outside the button and panel it closes
   * them. Focus that leaves the page (`inside` is null: another window) changes nothing.
   */
  moved(inside: boolean | null): void {
    if (inside === false) this.open = false;
  }
}
