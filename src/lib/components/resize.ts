/**
 * Element sizes as the browser reports them after it has laid the page out, through one shared
 * ResizeObserver. `bind:clientWidth` also reads the size the moment its element is mounted,
 * which makes the browser lay the page out there and then, in the middle of an update: a list
 * that mounts twenty charts after a filter change laid the page out twenty times. Here nothing is
 * read until the browser's own layout, and the first size arrives before that frame is painted.
 */
import type { Attachment } from 'svelte/attachments';

type Listener = (entry: ResizeObserverEntry) => void;

const listeners = new Map<Element, Listener>();
let observer: ResizeObserver | null = null;

/** Calls `listener` with each size `element` has, from its first layout on; returns a stop. */
export function onResize(element: Element, listener: Listener): () => void {
  // No ResizeObserver (an old browser, a test DOM): the element keeps its first guess.
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) listeners.get(entry.target)?.(entry);
  });
  listeners.set(element, listener);
  observer.observe(element);
  return () => {
    observer?.unobserve(element);
    listeners.delete(element);
  };
}

/** Keeps `set` told of the element's content width (its clientWidth when it has no padding). */
export const contentWidth =
  (set: (width: number) => void): Attachment<Element> =>
  (element) =>
    onResize(element, (entry) => set(entry.contentRect.width));

/** Keeps `set` told of the element's border-box height (its getBoundingClientRect height). */
export const borderHeight =
  (set: (height: number) => void): Attachment<Element> =>
  (element) =>
    onResize(element, (entry) => set(entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height));
