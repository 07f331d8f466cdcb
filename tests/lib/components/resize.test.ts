import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A ResizeObserver the test drives: `report` delivers entries as the browser would after layout. */
class FakeObserver {
  static made: FakeObserver[] = [];
  observed = new Set<Element>();
  constructor(private readonly callback: (entries: ResizeObserverEntry[]) => void) {
    FakeObserver.made.push(this);
  }
  observe(element: Element) {
    this.observed.add(element);
  }
  unobserve(element: Element) {
    this.observed.delete(element);
  }
  disconnect() {
    this.observed.clear();
  }
  report(sizes: [Element, number, number][]) {
    this.callback(
      sizes
        .filter(([element]) => this.observed.has(element))
        .map(
          ([target, width, height]) =>
            ({
              target,
              contentRect: { width, height },
              borderBoxSize: [{ inlineSize: width + 2, blockSize: height + 2 }],
            }) as unknown as ResizeObserverEntry,
        ),
    );
  }
}

const element = () => ({}) as Element;

describe('element sizes read after layout', () => {
  beforeEach(() => {
    FakeObserver.made = [];
    vi.stubGlobal('ResizeObserver', FakeObserver);
    vi.resetModules();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('tells each element its own sizes, through one observer, and nothing once detached', async () => {
    const { contentWidth, borderHeight } = await import('../../../src/lib/components/resize');
    const [a, b] = [element(), element()];
    const widths: number[] = [];
    const heights: number[] = [];
    const stopA = contentWidth((w) => widths.push(w))(a as HTMLElement) as () => void;
    borderHeight((h) => heights.push(h))(b as HTMLElement);
    expect(FakeObserver.made).toHaveLength(1);
    // Nothing is read when the element is attached: only the browser's report after layout.
    expect(widths).toEqual([]);
    FakeObserver.made[0]!.report([
      [a, 300, 20],
      [b, 100, 30],
    ]);
    expect(widths).toEqual([300]);
    expect(heights).toEqual([32]);
    stopA();
    FakeObserver.made[0]!.report([
      [a, 280, 20],
      [b, 100, 40],
    ]);
    expect(widths).toEqual([300]);
    expect(heights).toEqual([32, 42]);
  });

  it('leaves an element its first guess where the browser has no ResizeObserver', async () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const { contentWidth } = await import('../../../src/lib/components/resize');
    const widths: number[] = [];
    const stop = contentWidth((w) => widths.push(w))(element() as HTMLElement) as () => void;
    expect(() => stop()).not.toThrow();
    expect(widths).toEqual([]);
  });
});
