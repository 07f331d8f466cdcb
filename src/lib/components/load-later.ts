/**
 * A part of a component that loads after the page: its chunk is fetched once, the first time it
 * is asked for, and a failed load (a flaky network) is tried again on the next ask.
 */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}

/** Runs `work` once the page is idle (within 5 s); returns what cancels it, for an $effect. */
export function whenIdle(work: () => void): () => void {
  const idle = window.requestIdleCallback?.(work, { timeout: 5000 });
  return () => {
    if (idle !== undefined) window.cancelIdleCallback?.(idle);
  };
}
