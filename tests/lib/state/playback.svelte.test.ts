import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Playback } from '../../../src/lib/state/playback.svelte';
import { ViewState } from '../../../src/lib/state/view.svelte';

const span = { min: 2010, max: 2014 };

describe('Playback', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('steps one year a tick through the span and stops at its end', () => {
    const view = new ViewState();
    const playback = new Playback(view, () => span, 100);
    playback.play();
    expect(view.year).toBe(2010);
    vi.advanceTimersByTime(100);
    expect(view.year).toBe(2011);
    vi.advanceTimersByTime(1000);
    expect(view.year).toBe(2014);
    expect(playback.playing).toBe(false);
  });

  it('plays a scene’s own span', () => {
    const view = new ViewState();
    const playback = new Playback(view, () => span, 100);
    playback.play(2011, 2012);
    vi.advanceTimersByTime(1000);
    expect(view.year).toBe(2012);
  });

  it('pauses where it is and resumes from there', () => {
    const view = new ViewState();
    const playback = new Playback(view, () => span, 100);
    playback.play();
    vi.advanceTimersByTime(100);
    playback.toggle();
    vi.advanceTimersByTime(1000);
    expect(view.year).toBe(2011);
    playback.toggle();
    vi.advanceTimersByTime(100);
    expect(view.year).toBe(2012);
  });

  it('starts again from the first year once it has reached the end', () => {
    const view = new ViewState({ year: 2014 });
    const playback = new Playback(view, () => span, 100);
    playback.play();
    expect(view.year).toBe(2010);
  });

  it('does nothing when no project has a milestone', () => {
    const view = new ViewState();
    new Playback(view, () => null).play();
    expect(view.year).toBeNull();
  });
});
