import { describe, expect, it } from 'vitest';
import { projectBrief } from '../../../src/lib/export/brief';
import { Footnotes } from '../../../src/lib/export/footnotes';
import { validateAtlas } from '../../../src/lib/data/validate';
import { financeTotal, type CountryFinance } from '../../../src/lib/data/totals';
import type { Ref } from '../../../src/lib/data/schema';
import { project, rawAtlas } from '../../fixtures/atlas';

/** The footnote numbers a marker such as "1, 3–5" stands for. */
const numbers = (marker: string): number[] =>
  marker.split(', ').flatMap((part) => {
    const [from, to = from] = part.split('–').map(Number) as [number, number?];
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });

describe('footnotes', () => {
  it('number each source once, on first use, whatever paragraph is cited', () => {
    const notes = new Footnotes();
    expect(notes.markers([{ source: 'b' }, { source: 'a', para: '3' }])).toBe('1, 2');
    expect(notes.markers([{ source: 'a', para: '9' }, { source: 'b' }])).toBe('1, 2');
    expect(notes.markers([{ source: 'c' }])).toBe('3');
    expect(notes.sources.map((r) => r.source)).toEqual(['b', 'a', 'c']);
  });

  it('write a run of three or more numbers as a range', () => {
    const notes = new Footnotes();
    const refs = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((source) => ({ source }));
    refs.forEach((r) => notes.number(r));
    const pick = (...i: number[]) => notes.markers(i.map((n) => refs[n - 1]!));
    expect(pick(1, 2)).toBe('1, 2');
    expect(pick(1, 2, 3)).toBe('1–3');
    expect(pick(7, 1, 3, 4, 5, 6)).toBe('1, 3–7');
    expect(pick(2, 4, 6)).toBe('2, 4, 6');
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
      numbers(marker).forEach((n) => expect(n).toBeLessThanOrEqual(brief.sources.length));
    }
  });

  it('orders milestones by date', () => {
    const dates = brief.milestones.map((m) => m.milestone.date);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('projectBrief of a corridor', () => {
  const { atlas } = validateAtlas(rawAtlas());
  const corridor = atlas!.projects.find((p) => p.id === 'corridor')!;
  const row = (country: string, refs: Ref[], japan = 1e9): CountryFinance => ({
    country,
    japan,
    cofinance: 0,
    notCounted: 0,
    projects: [country],
    refs,
  });
  const along = [row('KH', [{ source: 'operator' }, { source: 'road' }]), row('VN', [], 0)];
  const brief = projectBrief(corridor, along);

  it('prints the roll-up its panel shows, row for row, with its total', () => {
    expect(brief.along!.rows.map((r) => r.row)).toEqual(along);
    expect(brief.along!.total).toEqual(financeTotal(along));
  });

  it('footnotes each row with the sources of what it sums, numbered with the rest of the brief', () => {
    const [kh, vn] = brief.along!.rows;
    const cited = numbers(kh!.notes).map((n) => brief.sources[n - 1]!.source);
    expect(cited).toEqual(['operator', 'road']);
    // "operator" is cited by the status first, so it keeps that number.
    expect(numbers(kh!.notes)[0]).toBe(numbers(brief.statusNotes)[0]);
    expect(vn!.notes).toBe('');
  });

  it('has no roll-up for a project', () => {
    expect(projectBrief(atlas!.projects.find((p) => p.id === 'metro-line')!).along).toBeNull();
  });
});
