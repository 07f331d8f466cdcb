import { describe, expect, it } from 'vitest';
import { captureScenes } from '../../../src/lib/export/handout';
import { Deck } from '../../../src/lib/data/deck';
import { deck } from '../../fixtures/atlas';

describe('captureScenes', () => {
  it('puts each scene on the map in turn and keeps its picture and legend, reporting progress', async () => {
    const shown: string[] = [];
    const progress: string[] = [];
    const parsed = Deck.parse(deck());
    const pages = await captureScenes(parsed, {
      capture: async (scene) => {
        shown.push(scene.id);
        return { url: `blob:${scene.id}`, width: 10, height: 5 };
      },
      legend: () => [{ swatch: 'line', colour: null, label: `after ${shown.at(-1)}` }],
      progress: (done, total) => progress.push(`${done}/${total}`),
    });
    expect(shown).toEqual(['opening', 'corridor']);
    expect(pages.map((p) => [p.scene.id, p.image?.url, p.legend[0]!.label])).toEqual([
      ['opening', 'blob:opening', 'after opening'],
      ['corridor', 'blob:corridor', 'after corridor'],
    ]);
    expect(progress).toEqual(['0/2', '1/2', '2/2']);
  });
});
