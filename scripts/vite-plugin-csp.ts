/**
 * The Content-Security-Policy the built page ships with, as a `<meta http-equiv>` first in its
 * head, so it holds wherever the files are served from (a file share sets no headers).
 *
 * Nothing runs that is not a file of the app's own: no inline script, no eval, no plugin.
 * MapLibre needs no more: its worker is a file of the app (`setWorkerUrl`), its style, fonts and
 * basemap come from the app's own folder, and Svelte sets styles through the CSSOM, which
 * `style-src 'self'` allows. `data:` and `blob:` images are for the inline icon and exported
 * pictures; `data:` fonts for font subsets Vite inlines. An online basemap chosen at build
 * (VITE_BASEMAP_STYLE_URL) may fetch its style, tiles, glyphs and sprites over https.
 */
import type { Plugin } from 'vite';

export function contentSecurityPolicy(env: { VITE_BASEMAP_STYLE_URL?: string | undefined } = {}): string {
  const online = /^https?:\/\//.test(env.VITE_BASEMAP_STYLE_URL?.trim() ?? '');
  const directives: Record<string, string[]> = {
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    'worker-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:', ...(online ? ['https:'] : [])],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(online ? ['https:'] : [])],
    'manifest-src': ["'self'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'object-src': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

export function contentSecurityPolicyPlugin(env: Record<string, string | undefined> = process.env): Plugin {
  return {
    name: 'atlas-csp',
    // The dev server injects its own client for hot reloading; the policy is for the built page.
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // First in the head after the charset, so the policy covers every script and style the page loads.
      handler: (html) => {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(env)}" />`;
        const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
        if (charset) return html.replace(charset[0], `${charset[0]}\n    ${meta}`);
        return html.replace(/<head>/i, `<head>\n    ${meta}`);
      },
    },
  };
}
