import { beforeAll, describe, expect, it } from 'vitest';
import {
  projectName,
  citation,
  citationDetail,
  formatCompactMoney,
  formatDate,
  formatMoney,
  sourceHref,
} from '../../../src/lib/data/format';
import { loadLocale } from '../../../src/lib/i18n/translate';
// Japanese is loaded on demand in the app; these tests read it from the start.
beforeAll(() => loadLocale('ja'));

describe('projectName', () => {
  const metro = { name: { en: 'HCMC Metro Line 1', ja: 'ホーチミン市都市鉄道1号線' } };
  it('uses the Japanese name in Japanese where the data has one, else the English name', () => {
    expect(projectName(metro, 'ja')).toBe('ホーチミン市都市鉄道1号線');
    expect(projectName(metro, 'en')).toBe('HCMC Metro Line 1');
    expect(projectName({ name: { en: 'Long Thanh' } }, 'ja')).toBe('Long Thanh');
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

describe('citation details', () => {
  const summit = {
    id: 'summit',
    type: 'document' as const,
    kind: 'official' as const,
    file: '002_8c8b1a2f0346ba07.txt',
    title: 'Joint Statement of the 12th Mekong-Japan Summit',
    publisher: 'Governments of Japan and the Mekong countries',
    date: '2020-11-13',
  };
  const page = {
    id: 'jica',
    type: 'web' as const,
    kind: 'official' as const,
    url: 'https://www.jica.go.jp/english/news/press/2019/20200324_31_en.html',
    title: 'Signing of Japanese ODA Loan Agreements with Cambodia',
    publisher: 'Japan International Cooperation Agency (JICA)',
    accessed: '2026-11-22',
  };

  it('gives a shared document its publisher and date, and its file name only apart', () => {
    expect(citationDetail(summit, 'en')).toEqual({
      text: 'Governments of Japan and the Mekong countries, 13 Nov 2020',
      file: 'file 002_8c8b1a2f0346ba07.txt',
    });
    expect(citationDetail(summit, 'ja').text).toBe(
      'Governments of Japan and the Mekong countries、2020年11月13日',
    );
  });

  it('gives a web page its publisher, its site and the date it was read', () => {
    expect(citationDetail(page, 'en')).toEqual({
      text: 'Japan International Cooperation Agency (JICA); www.jica.go.jp, read 22 Nov 2026',
      file: null,
    });
    expect(citationDetail({ ...page, date: '2020-03-24' }, 'en').text).toBe(
      'Japan International Cooperation Agency (JICA), 24 Mar 2020; www.jica.go.jp, read 22 Nov 2026',
    );
    expect(citationDetail(page, 'ja').text).toBe(
      'Japan International Cooperation Agency (JICA)／www.jica.go.jp（2026年11月22日 閲覧）',
    );
  });

  it('gives a data set its publisher and licence', () => {
    const dataset = {
      id: 'ne',
      type: 'dataset' as const,
      kind: 'reference' as const,
      package: 'world-atlas',
      title: 'Natural Earth countries',
      publisher: 'Natural Earth',
      licence: 'public domain',
    };
    expect(citationDetail(dataset, 'en').text).toBe('Natural Earth; public domain; npm package world-atlas');
  });
});

describe('formatCompactMoney', () => {
  it('writes computed sums short, with the currency symbol', () => {
    expect(formatCompactMoney(95.9e9, 'JPY', 'en')).toBe('¥95.9bn');
    expect(formatCompactMoney(1.25e9, 'USD', 'en')).toBe('$1.3bn');
  });
});
