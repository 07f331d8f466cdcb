import { describe, expect, it } from 'vitest';
import type { Source, SourceKind } from '../../../src/lib/data/schema';
import { isSecondary, secondaryOnly } from '../../../src/lib/data/source-kind';

const web = (id: string, kind: SourceKind): Source => ({
  id,
  type: 'web',
  kind,
  url: `https://example.org/${id}`,
  title: id,
  publisher: id,
  accessed: '2026-11-22',
});
const sourceById = new Map(
  [
    web('jica', 'official'),
    web('adb', 'international-organisation'),
    web('paper', 'news'),
    web('wiki', 'reference'),
    web('blog', 'other'),
  ].map((s) => [s.id, s]),
);

describe('source kinds', () => {
  it('counts governments, parties and international organisations as primary, the rest as secondary', () => {
    expect(isSecondary('official')).toBe(false);
    expect(isSecondary('international-organisation')).toBe(false);
    expect(isSecondary('news')).toBe(true);
    expect(isSecondary('reference')).toBe(true);
    expect(isSecondary('other')).toBe(true);
  });

  it('flags a value that rests only on news, references or other pages', () => {
    expect(secondaryOnly([{ source: 'paper' }, { source: 'wiki' }, { source: 'blog' }], sourceById)).toBe(
      true,
    );
  });

  it('does not flag a value with at least one primary source beside secondary ones', () => {
    expect(secondaryOnly([{ source: 'paper' }, { source: 'jica' }], sourceById)).toBe(false);
    expect(secondaryOnly([{ source: 'adb' }], sourceById)).toBe(false);
  });

  it('treats a source it cannot find as no support, and an empty list as nothing to say', () => {
    expect(secondaryOnly([{ source: 'nowhere' }], sourceById)).toBe(true);
    expect(secondaryOnly([], sourceById)).toBe(false);
  });
});
