/**
 * Captures each scene of a deck for its handout: the scene is put on the map, the map is drawn,
 * and its pixels and the legend of what it shows are kept. The caller restores the view after.
 */
import type { Deck, Scene } from '../data/deck';
import type { LegendRow } from '../map/legend';
import type { HandoutPage, MapImage } from './printing.svelte';

export interface SceneCapture {
  /** Puts `scene` on the map and returns its picture once drawn. */
  capture: (scene: Scene) => Promise<MapImage | null>;
  /** The legend of what the map draws now. */
  legend: () => LegendRow[];
  progress?: (done: number, total: number) => void;
}

export async function captureScenes(deck: Deck, steps: SceneCapture): Promise<HandoutPage[]> {
  const pages: HandoutPage[] = [];
  for (const [i, scene] of deck.scenes.entries()) {
    steps.progress?.(i, deck.scenes.length);
    const image = await steps.capture(scene);
    pages.push({ scene, image, legend: steps.legend() });
  }
  steps.progress?.(deck.scenes.length, deck.scenes.length);
  return pages;
}
