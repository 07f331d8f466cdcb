/**
 * The page's first frame, drawn from index.html before any script has run: the app's own header
 * and the side panel's first line, rendered by the app's own components in Svelte's server mode
 * (src/lib/first-frame/), once per language. The browser draws it as soon as the page's CSS is
 * in, so the page's largest text is painted without waiting for the app's script and its data;
 * src/main.ts replaces it with the app, whose text boxes are the same, as they are drawn by the
 * same components in the same layout.
 *
 * public/boot-check.js marks the page's language (and large type, and a briefing's link) from
 * the address before the frame is drawn, and the CSS (app.css, `.first-frame`) shows the one
 * frame in that language. The frame is inert: its header's controls only work once the app is in.
 */
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import type { Atlas } from '../src/lib/data/validate.ts';
import type { FrameData, renderFrames } from '../src/lib/first-frame/render.ts';

const RENDER = '/src/lib/first-frame/render.ts';
const JAPANESE_FONTS = '@fontsource/noto-sans-jp/400.css';
/**
 * A Japanese page's first frame is drawn in the Japanese faces, not in a fallback that the
 * header would re-wrap from when they arrive: boot-check.js loads their stylesheet (named in this
 * meta element) before anything is drawn.
 */
const JAPANESE_FONTS_META = 'atlas-japanese-fonts';
const SLOT = '<div id="app"></div>';

type Render = { renderFrames: typeof renderFrames };

/** What the rendered HTML may not keep: Svelte's markers, and ids the two copies would share. */
export function frameMarkup(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s(?:id|for|aria-controls|aria-activedescendant)="[^"]*"/g, '')
    .replace(/<(header|aside)\b/g, '<$1 inert');
}

/** The frames in every language, each in its wrapper, as index.html's `#app` holds them. */
export function framesHtml(frames: Record<string, string>): string {
  return Object.entries(frames)
    .map(
      ([locale, html]) =>
        `<div class="first-frame" data-lang="${locale}" lang="${locale}">${frameMarkup(html)}</div>`,
    )
    .join('');
}

/** The type the built page's module script is held back under, until the first frame is drawn. */
export const HELD_TYPE = 'atlas/after-first-paint';

/**
 * The built page's own module script, held back: a browser that has the script already (it is
 * preloaded beside the page's CSS) would run it before drawing anything, and the app's start is
 * a long task, so the first frame would show only once the app is in. public/boot-check.js starts
 * it once the first frame is drawn; the preloads are left as they are, so nothing loads later.
 */
export function holdModuleScript(html: string): string {
  return html.replace(
    /<script type="module"( crossorigin)? src="([^"]+)"><\/script>/,
    (_, cors = '', src) => `<script type="${HELD_TYPE}"${cors} src="${src}"></script>`,
  );
}

export function firstFramePlugin(root = fileURLToPath(new URL('..', import.meta.url))): Plugin[] {
  let dev: ViteDevServer | null = null;
  let atlas: (() => Promise<Atlas>) | null = null;
  /** In a build, its own server-mode loader, started with the build so it loads beside the bundle. */
  let loader: Promise<ViteDevServer> | null = null;
  const ssrServer = () =>
    (loader ??= createServer({
      configFile: false,
      root,
      logLevel: 'error',
      plugins: [svelte()],
      appType: 'custom',
      server: { middlewareMode: true, hmr: false, ws: false, watch: null },
      optimizeDeps: { noDiscovery: true, include: [] },
    }));
  const frame: Plugin = {
    name: 'atlas-first-frame',
    configResolved(config) {
      const data = config.plugins.find((p) => p.name === 'atlas-data');
      atlas = (data?.api as { atlas?: () => Promise<Atlas> } | undefined)?.atlas ?? null;
    },
    configureServer(server) {
      dev = server;
    },
    buildStart() {
      if (!dev) void ssrServer();
    },
    transformIndexHtml: {
      async handler(html) {
        if (!html.includes(SLOT) || !atlas) return html;
        const { meta, decks } = await atlas();
        const data: FrameData = { asOf: meta.asOf, briefings: decks.length > 0 };
        const server = dev ?? (await ssrServer());
        try {
          const { renderFrames } = (await server.ssrLoadModule(RENDER)) as Render;
          return html.replace(SLOT, `<div id="app">${framesHtml(await renderFrames(data))}</div>`);
        } finally {
          if (!dev) {
            loader = null;
            await server.close();
          }
        }
      },
    },
  };
  const held: Plugin = {
    name: 'atlas-first-frame-held-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        // The Japanese faces' stylesheet (src/fonts.ts loads it), named for boot-check.js.
        // A stylesheet imported on its own is an asset of its own: the importer loads it itself.
        const css = Object.values(bundle ?? {}).find(
          (file) =>
            file.type === 'asset' &&
            file.fileName.endsWith('.css') &&
            file.originalFileNames.some((name) => name.endsWith(JAPANESE_FONTS)),
        )?.fileName;
        const meta = css ? `<meta name="${JAPANESE_FONTS_META}" content="./${css}" />\n    ` : '';
        return holdModuleScript(html).replace(/<script\s+src="\.\/boot-check\.js">/, (tag) => meta + tag);
      },
    },
  };
  return [frame, held];
}
