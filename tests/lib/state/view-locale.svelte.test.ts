import { describe, expect, it } from 'vitest';
import { hasLocale, loadLocale } from '../../../src/lib/i18n/translate';
import { ViewState } from '../../../src/lib/state/view.svelte';

describe('switching the view to a language whose messages are not loaded', () => {
  it('keeps the language shown until they are in, then switches, so no text shows untranslated', async () => {
    expect(hasLocale('ja')).toBe(false);
    const view = new ViewState();
    view.locale = 'ja';
    expect(view.locale).toBe('en');
    expect(view.t('projects.count', { count: 2 })).toBe('2 projects');
    await loadLocale('ja');
    await Promise.resolve();
    expect(view.locale).toBe('ja');
    expect(view.t('projects.count', { count: 2 })).toBe('2 件のプロジェクト');
  });

  it('takes the last language asked for', async () => {
    const view = new ViewState();
    view.locale = 'ja';
    view.locale = 'en';
    await loadLocale('ja');
    await Promise.resolve();
    expect(view.locale).toBe('en');
  });
});
