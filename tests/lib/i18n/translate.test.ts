import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/i18n/en';
import { ja } from '../../../src/lib/i18n/ja';
import { translate } from '../../../src/lib/i18n/translate';

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('en', 'projects.count', { count: 12 })).toBe('12 projects');
    expect(translate('ja', 'projects.count', { count: 12 })).toBe('12 件のプロジェクト');
  });

  it('picks the plural form by the count', () => {
    const excluded = (undisclosed: number) =>
      translate('en', 'funding.excluded', { undisclosed }).split(' with')[0];
    expect(excluded(1)).toBe('Not in the bars: 1 tranche');
    expect(excluded(0)).toBe('Not in the bars: 0 tranches');
    expect(excluded(3)).toBe('Not in the bars: 3 tranches');
  });

  it('has a Japanese string for every English one', () => {
    const missing = Object.keys(en).filter((key) => !(key in ja));
    expect(missing).toEqual([]);
  });

  it('keeps the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(en)) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(ja[key as keyof typeof en] ?? text), key).toEqual(names(text));
    }
  });
});
