import { describe, expect, it } from 'vitest';
import { shownRefs } from '../../../src/lib/export/shown-refs';
import { statusRefsAt as statusRefs } from '../../../src/lib/data/status-at';
import { validateAtlas } from '../../../src/lib/data/validate';
import { project, rawAtlas } from '../../fixtures/atlas';

const { atlas } = validateAtlas(
  rawAtlas({
    projects: [
      project({
        milestones: [
          {
            date: '2019-05',
            kind: 'construction-start',
            label: { en: 'Works begin' },
            refs: [{ source: 'summit', para: '4' }],
          },
          { date: '2024-12-22', kind: 'opening', label: { en: 'Opened' }, refs: [{ source: 'operator' }] },
        ],
      }),
    ],
  }),
);
const metro = atlas!.projects[0]!;

describe('shownRefs', () => {
  it('lists the caption’s sources first, then those of the statuses drawn, each once', () => {
    const refs = shownRefs([{ source: 'summit', para: '11' }], [metro, metro], null);
    expect(refs.caption).toEqual([{ source: 'summit', para: '11' }]);
    const keys = refs.map.map((r) => `${r.source}#${r.para ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(refs.map.length).toBeGreaterThan(0);
  });

  it('cites milestones for a status read from them in a past year', () => {
    expect(statusRefs(metro, 2020)).toEqual([{ source: 'summit', para: '4' }]);
    // From the year the status was confirmed, the status's own sources apply.
    expect(statusRefs(metro, 2024)).toEqual(metro.status.refs);
    expect(statusRefs(metro, null)).toEqual(metro.status.refs);
  });
});
