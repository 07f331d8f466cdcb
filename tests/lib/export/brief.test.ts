import { describe, expect, it } from 'vitest';
import { projectBrief } from '../../../src/lib/export/brief';
import { Footnotes } from '../../../src/lib/export/footnotes';
import { validateAtlas } from '../../../src/lib/data/validate';
import { project, rawAtlas } from '../../fixtures/atlas';

describe('footnotes', () => {
  it('number each source once, on first use, whatever paragraph is cited', () => {
    const notes = new Footnotes();
    expect(notes.markers([{ source: 'b' }, { source: 'a', para: '3' }])).toBe('1, 2');
    expect(notes.markers([{ source: 'a', para: '9' }, { source: 'b' }])).toBe('1, 2');
    expect(notes.markers([{ source: 'c' }])).toBe('3');
    expect(notes.sources.map((r) => r.source)).toEqual(['b', 'a', 'c']);
  });
});

describe('projectBrief', () => {
  const { atlas } = validateAtlas(rawAtlas({ projects: [project()] }));
  const brief = projectBrief(atlas!.projects[0]!);

  it('lists every source the brief cites, each once', () => {
    const ids = brief.sources.map((r) => r.source);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(0);
  });

  it('gives every figure, tranche and milestone a footnote that points into the list', () => {
    const markers = [
      brief.statusNotes,
      brief.descriptionNotes,
      ...brief.tranches.map((t) => t.notes),
      ...brief.milestones.map((m) => m.notes),
      ...brief.figures.flatMap((f) => f.values.map((v) => v.notes)),
    ];
    for (const marker of markers) {
      expect(marker).not.toBe('');
      marker.split(', ').forEach((n) => expect(Number(n)).toBeLessThanOrEqual(brief.sources.length));
    }
  });

  it('orders milestones by date', () => {
    const dates = brief.milestones.map((m) => m.milestone.date);
    expect(dates).toEqual([...dates].sort());
  });
});
