// Web fonts for the page itself, served from the app's own origin: projector PCs and
// closed-network machines often lack Khmer, Lao, Myanmar or Japanese system fonts.
// Each file carries a unicode-range, so the browser fetches only the scripts a page shows.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/vietnamese-600.css';
import '@fontsource/noto-sans-thai/thai-400.css';
import '@fontsource/noto-sans-khmer/khmer-400.css';
import '@fontsource/noto-sans-lao/lao-400.css';
import '@fontsource/noto-sans-myanmar/myanmar-400.css';

/**
 * Japanese: 124 font-face rules (one per subset of the font), two thirds of the page's CSS.
 * A Japanese page loads them at once; an English one after it has drawn, for the few Japanese
 * words it shows (the language picker's 日本語, a project's Japanese name), so they never
 * hold up the first paint.
 */
export function loadJapaneseFonts(now: boolean): void {
  const load = () => void import('@fontsource/noto-sans-jp/400.css');
  if (now) load();
  else if (document.readyState === 'complete') setTimeout(load, 0);
  else window.addEventListener('load', () => setTimeout(load, 0), { once: true });
}
