import { describe, expect, it } from 'vitest';
import {
  HELD_TYPE,
  frameMarkup,
  framesHtml,
  holdModuleScript,
} from '../../scripts/vite-plugin-first-frame.ts';
import { renderFrame } from '../../src/lib/first-frame/render.ts';

describe('the first frame written into index.html', () => {
  it('keeps no id, label target or Svelte marker, so its copies share nothing with each other or the app', () => {
    const html = frameMarkup(
      '<!--[--><header class="top"><label for="search-input">Search</label><input id="search-input" aria-controls="list" /></header><!--]-->',
    );
    expect(html).toBe('<header inert class="top"><label>Search</label><input /></header>');
  });

  it('makes its header and side panel inert, leaving "loading" to be heard', () => {
    const html = frameMarkup(
      '<header class="top"></header><main><div role="status">…</div></main><aside class="side"></aside>',
    );
    expect(html).toContain('<header inert');
    expect(html).toContain('<aside inert');
    expect(html).toContain('<main>');
  });

  it('wraps each language in a frame of its own, marked with its language', () => {
    expect(framesHtml({ en: '<p>a</p>', ja: '<p>b</p>' })).toBe(
      '<div class="first-frame" data-lang="en" lang="en"><p>a</p></div>' +
        '<div class="first-frame" data-lang="ja" lang="ja"><p>b</p></div>',
    );
  });

  it('holds the page’s module script back, keeping its address and mode', () => {
    const html = holdModuleScript(
      '<script src="./boot-check.js"></script>\n<script type="module" crossorigin src="./assets/index-x.js"></script>',
    );
    expect(html).toBe(
      `<script src="./boot-check.js"></script>\n<script type="${HELD_TYPE}" crossorigin src="./assets/index-x.js"></script>`,
    );
  });
});

describe('the first frame, rendered by the app’s own components', () => {
  it('shows the title, the data’s date, "loading" and the side panel’s first line, in English', async () => {
    const html = await renderFrame('en', { asOf: '2026-12-02', briefings: true });
    expect(html).toContain('<h1 class="svelte-');
    expect(html).toContain('Mekong–Japan Connectivity Atlas');
    expect(html).toContain('2026-12-02');
    expect(html).toContain('Loading the map…');
    expect(html).toContain('Select a project on the map to see what is known about it.');
    expect(html).toContain('>Present</button>');
  });

  it('in Japanese, with no English text of the page’s own', async () => {
    const html = await renderFrame('ja', { asOf: '2026-12-02', briefings: false });
    expect(html).toContain('メコン・日本 連結性アトラス');
    expect(html).toContain('地図を読み込んでいます…');
    expect(html).not.toContain('Loading the map');
    expect(html).not.toContain('>Present</button>');
  });
});
