import { describe, expect, it } from 'vitest';
import { readUrl, writeUrl } from '../../../src/lib/state/url';

const known = {
  projects: new Set(['hcmc-metro-line-1', 'bangkok-red-line']),
  options: {
    country: new Set(['KH', 'VN', 'TH']),
    corridor: new Set(['southern-economic-corridor', 'sec-dawei']),
    sector: new Set(['transport', 'energy']),
    status: new Set(['operational']),
    instrument: new Set(['oda-loan']),
  },
};
const none = { country: [], corridor: [], sector: [], status: [], instrument: [] };
const panels = { fundingBy: 'project', currency: 'JPY', trade: 'trade' } as const;
const defaults = { locale: 'en' as const, project: null, camera: null, filters: none, query: '', panels };

describe('the view in the address bar', () => {
  it('round-trips a whole view with readable parameters', () => {
    const view = {
      locale: 'ja' as const,
      project: 'hcmc-metro-line-1',
      camera: { center: [106.7, 10.8] as [number, number], zoom: 11 },
      filters: { ...none, country: ['KH', 'VN'], corridor: ['sec-dawei'] },
      query: 'ben thanh & suối',
      panels: { fundingBy: 'country' as const, currency: 'USD' as const, trade: 'fdi' as const },
    };
    const search = writeUrl(view);
    expect(search).toBe(
      '?country=KH,VN&corridor=sec-dawei&q=ben+thanh+%26+su%E1%BB%91i&project=hcmc-metro-line-1&funding=country&currency=usd&trade=fdi&lang=ja&map=10.8000,106.7000,11.00',
    );
    expect(readUrl(search, known)).toEqual(view);
  });

  it('writes nothing for the default view', () => {
    expect(writeUrl(defaults)).toBe('');
  });

  it('keeps the known values of a filter and drops the rest', () => {
    expect(readUrl('?country=KH,ZZ,KH,<b>&status=operational', known).filters).toEqual({
      ...none,
      country: ['KH'],
      status: ['operational'],
    });
  });

  it.each([
    ['an unknown project', '?project=atlantis'],
    ['script in a parameter', '?project=%3Cscript%3Ealert(1)%3C/script%3E&lang=%22%3E'],
    ['a malformed camera', '?map=abc,1'],
    ['a camera off the globe', '?map=95,400,5'],
    ['an absurdly long value', `?project=${'a'.repeat(5000)}&country=${'KH,'.repeat(2000)}`],
    ['unknown filter values', '?country=FR&sector=mining'],
    ['unknown panel choices', '?funding=planet&currency=btc&trade=x'],
  ])('ignores %s and keeps the defaults', (_, search) => {
    expect(readUrl(search, known)).toEqual(defaults);
  });
});
