import { describe, expect, it } from 'vitest';
import { fold, search, searchIndex } from '../../../src/lib/data/search';
import { validateAtlas } from '../../../src/lib/data/validate';
import { project, rawAtlas } from '../../fixtures/atlas';

const { atlas } = validateAtlas(
  rawAtlas({
    projects: [
      project({
        id: 'hcmc-line',
        name: { en: 'Ho Chi Minh City Urban Railway Line 1', ja: 'ホーチミン市都市鉄道' },
        shortName: { en: 'HCMC Metro Line 1' },
        names: { vi: 'Tuyến đường sắt đô thị số 1' },
        aliases: ['Ben Thanh – Suoi Tien'],
      }),
      project({ id: 'red-line', name: { en: 'Bangkok Red Line' }, names: { th: 'รถไฟฟ้าสายสีแดง' } }),
    ],
  }),
);
const index = searchIndex(atlas!.projects);
const ids = (query: string) => search(index, query).map((h) => h.project.id);

describe('fold', () => {
  it('ignores case, accents, Vietnamese đ and full-width forms', () => {
    expect(fold('Tuyến Đường')).toBe('tuyen duong');
    expect(fold('ＨＣＭＣ')).toBe('hcmc');
    expect(fold('Ben Thanh – Suoi Tien')).toBe('ben thanh suoi tien');
  });
});

describe('search', () => {
  it('finds a project by its English name, short name or alias, forgiving case and accents', () => {
    expect(ids('hcmc')).toEqual(['hcmc-line']);
    expect(ids('suối tiên')).toEqual(['hcmc-line']);
    expect(ids('RED line')).toEqual(['red-line']);
  });

  it('finds a project by its Japanese and local-script names, and says which name matched', () => {
    expect(ids('ホーチミン')).toEqual(['hcmc-line']);
    expect(ids('สายสีแดง')).toEqual(['red-line']);
    expect(search(index, 'duong sat')[0]!.matched).toBe('Tuyến đường sắt đô thị số 1');
  });

  it('finds a project by one of its parts (a station, a route), naming the part', () => {
    const hits = search(index, 'route');
    expect(hits.map((h) => h.project.id).sort()).toEqual(['hcmc-line', 'red-line']);
    expect(hits.every((h) => h.matched === 'Route')).toBe(true);
  });

  it('requires every word of the query', () => {
    expect(ids('line bangkok')).toEqual(['red-line']);
    expect(ids('line nowhere')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });

  it('ranks own names above station names', () => {
    expect(search(index, 'line')[0]!.matched).toBeNull();
  });
});
