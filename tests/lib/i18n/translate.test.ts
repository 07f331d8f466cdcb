import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/i18n/en';
import { ja } from '../../../src/lib/i18n/ja';
import { hasLocale, loadLocale, translate } from '../../../src/lib/i18n/translate';

// First in the file: Japanese is not loaded until it is asked for.
describe('a language other than English', () => {
  it('is loaded when asked for, and until then its text falls back to English', async () => {
    expect(hasLocale('en')).toBe(true);
    expect(hasLocale('ja')).toBe(false);
    expect(translate('ja', 'projects.count', { count: 12 })).toBe('12 projects');
    await loadLocale('ja');
    expect(hasLocale('ja')).toBe(true);
    expect(translate('ja', 'projects.count', { count: 12 })).toBe('12 件のプロジェクト');
  });
});

describe('translate', () => {
  beforeAll(() => loadLocale('ja'));

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
