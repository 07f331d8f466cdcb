import { describe, expect, it } from 'vitest';
import {
  projectName,
  citation,
  formatCompactMoney,
  formatDate,
  formatMoney,
  sourceHref,
} from '../../../src/lib/data/format';

describe('projectName', () => {
  const metro = { name: 'HCMC Metro Line 1', names: { ja: 'ホーチミン市都市鉄道1号線', vi: 'Tuyến số 1' } };
  it('uses the Japanese name in Japanese where a source gives one, else the English name', () => {
    expect(projectName(metro, 'ja')).toBe('ホーチミン市都市鉄道1号線');
    expect(projectName(metro, 'en')).toBe('HCMC Metro Line 1');
    expect(projectName({ name: 'Long Thanh', names: { vi: 'Long Thành' } }, 'ja')).toBe('Long Thanh');
  });
});

describe('formatDate', () => {
  it('keeps the precision the source gave', () => {
    expect(formatDate('2020', 'en')).toBe('2020');
    expect(formatDate('2020-11', 'en')).toBe('Nov 2020');
    expect(formatDate('2020-11-13', 'en')).toBe('13 Nov 2020');
    expect(formatDate('2020-11-13', 'ja')).toBe('2020年11月13日');
  });
});

describe('formatMoney', () => {
  it('shows the amount as the source stated it, and "not disclosed" when unknown', () => {
    const money = {
      amount: 2.7e8,
      currency: 'USD' as const,
      asStated: 'approximately 270 million USD',
      approximate: true,
      refs: [{ source: 's' }],
    };
    expect(formatMoney(money, 'en')).toBe('approximately 270 million USD');
    expect(formatMoney(null, 'en')).toBe('not disclosed');
    expect(formatMoney(null, 'ja')).toBe('非公表');
  });
});

describe('citations', () => {
  const doc = {
    id: 'summit',
    type: 'document' as const,
    kind: 'official' as const,
    file: '002.txt',
    title: 'Joint Statement',
    publisher: 'P',
    date: '2020',
  };
  it('names the document and paragraph', () => {
    expect(citation({ source: 'summit', para: '11' }, doc, 'en')).toBe('Joint Statement, para. 11');
  });
  it('names a section by its heading when the document does not number paragraphs', () => {
    expect(citation({ source: 'summit', para: 'Economic Cooperation' }, doc, 'en')).toBe(
      'Joint Statement, section “Economic Cooperation”',
    );
  });
  it('links only http(s) addresses', () => {
    const web = {
      id: 'w',
      type: 'web' as const,
      kind: 'official' as const,
      url: 'https://jica.go.jp/x',
      title: 'T',
      publisher: 'P',
      accessed: '2026-11-22',
    };
    expect(sourceHref(web)).toBe('https://jica.go.jp/x');
    expect(sourceHref(doc)).toBeNull();
    expect(sourceHref({ ...web, url: 'javascript:alert(1)' })).toBeNull();
  });
});

describe('formatCompactMoney', () => {
  it('writes computed sums short, with the currency symbol', () => {
    expect(formatCompactMoney(95.9e9, 'JPY', 'en')).toBe('¥95.9bn');
    expect(formatCompactMoney(1.25e9, 'USD', 'en')).toBe('$1.3bn');
  });
});
