/**
 * Renders the page's first frame (FirstFrame.svelte) to HTML, once per language, for index.html:
 * run by the build's first-frame plugin (scripts/vite-plugin-first-frame.ts) in Svelte's server
 * mode, never in the page.
 */
import { render } from 'svelte/server';
import { LOCALES, loadLocale, type Locale } from '../i18n/translate';
import { ViewState } from '../state/view.svelte';
import FirstFrame from './FirstFrame.svelte';

export interface FrameData {
  /** The data set's as-of date, YYYY-MM-DD, as the header shows it. */
  asOf: string;
  /** The atlas has a briefing, so the header has its Present button. */
  briefings: boolean;
}

export async function renderFrame(locale: Locale, data: FrameData): Promise<string> {
  await loadLocale(locale);
  const view = new ViewState();
  view.locale = locale;
  return render(FirstFrame, { props: { view, ...data } }).body;
}

export async function renderFrames(data: FrameData): Promise<Record<Locale, string>> {
  const out = {} as Record<Locale, string>;
  for (const locale of LOCALES) out[locale] = await renderFrame(locale, data);
  return out;
}
