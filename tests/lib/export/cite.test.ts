import { describe, expect, it } from 'vitest';
import { fullCitation, readableAddress, sourceLines } from '../../../src/lib/export/cite';
import { validateAtlas } from '../../../src/lib/data/validate';
import { rawAtlas } from '../../fixtures/atlas';

const { atlas } = validateAtlas(rawAtlas());
const sourceById = new Map(atlas!.sources.map((s) => [s.id, s]));

describe('citations for paper', () => {
  it('give a web page its full address and the date it was read', () => {
    const line = fullCitation({ source: 'operator' }, sourceById.get('operator'), 'en');
    expect(line).toContain('Line page');
    expect(line).toContain('https://example.org/line');
    expect(line).toContain('read 22 Nov 2026');
  });

  it('give a document its publisher, date and paragraph', () => {
    const line = fullCitation({ source: 'summit', para: '11' }, sourceById.get('summit'), 'en');
    expect(line).toMatch(/^Joint Statement, para\. 11 · Governments, 13 Nov 2020/);
  });

  it('show Japanese page names in their own script', () => {
    expect(readableAddress('https://www.jica.go.jp/%E4%BA%8B%E6%A5%AD')).toBe('https://www.jica.go.jp/事業');
    expect(readableAddress('https://example.org/%E0%A4%A')).toBe('https://example.org/%E0%A4%A');
  });

  it('list a source and paragraph once on a slide', () => {
    const refs = [{ source: 'summit', para: '11' }, { source: 'summit', para: '11' }, { source: 'operator' }];
    expect(sourceLines(refs, sourceById, 'en')).toEqual([
      'Joint Statement, para. 11 (13 Nov 2020)',
      'Line page',
    ]);
  });
});
