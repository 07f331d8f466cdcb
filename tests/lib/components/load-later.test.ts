import { afterEach, describe, expect, it, vi } from 'vitest';
import { onDemand, whenIdle } from '../../../src/lib/components/load-later';

describe('a part loaded after the page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is fetched once, however often it is asked for', async () => {
    const load = vi.fn(async () => 'chunk');
    const get = onDemand(load);
    expect(await Promise.all([get(), get()])).toEqual(['chunk', 'chunk']);
    expect(await get()).toBe('chunk');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('is tried again on the next ask after a failed load', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue('chunk');
    const get = onDemand(load);
    await expect(get()).rejects.toThrow('offline');
    expect(await get()).toBe('chunk');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('loads when the page is idle, within 5 s, and not once cancelled', () => {
    const requestIdleCallback = vi.fn(() => 7);
    const cancelIdleCallback = vi.fn();
    vi.stubGlobal('window', { requestIdleCallback, cancelIdleCallback });
    const work = () => {};
    const cancel = whenIdle(work);
    expect(requestIdleCallback).toHaveBeenCalledWith(work, { timeout: 5000 });
    cancel();
    expect(cancelIdleCallback).toHaveBeenCalledWith(7);
  });
});
