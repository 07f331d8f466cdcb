import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyPlugin } from '../../scripts/vite-plugin-csp';

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Atlas</title>
    <script type="module" crossorigin src="./assets/index.js"></script>
  </head>
  <body></body>
</html>`;

function transform(html: string, env: Record<string, string | undefined> = {}): string {
  const hook = contentSecurityPolicyPlugin(env).transformIndexHtml as {
    handler: (html: string) => string;
  };
  return hook.handler(html);
}

describe('the Content-Security-Policy of the built page', () => {
  it('allows only the app’s own files: no eval, no inline script, no plugins', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/unsafe-(eval|inline)|https:|\*/);
  });

  it('lets an online basemap chosen at build fetch over https, and nothing else more', () => {
    const policy = contentSecurityPolicy({ VITE_BASEMAP_STYLE_URL: 'https://tiles.example.org/style.json' });
    expect(policy).toContain("connect-src 'self' https:");
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/unsafe-/);
  });

  it('is written right after the charset, before any script or stylesheet', () => {
    const html = transform(INDEX);
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(meta).toBeLessThan(html.indexOf('<title>'));
    expect(html).toContain(`content="${contentSecurityPolicy()}"`);
  });

  it('is only for the build; the dev server runs its own client', () => {
    expect(contentSecurityPolicyPlugin().apply).toBe('build');
  });
});
