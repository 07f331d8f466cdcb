import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { projectsGeojsonPlugin } from './scripts/vite-plugin-data.ts';
import { contentSecurityPolicyPlugin } from './scripts/vite-plugin-csp.ts';
import { firstFramePlugin } from './scripts/vite-plugin-first-frame.ts';

export default defineConfig({
  // Component tests mount Svelte's client build.
  ...(process.env.VITEST ? { resolve: { conditions: ['browser'] } } : {}),
  // Relative base so a build can be served from any folder, including a closed-network file share.
  base: './',
  plugins: [svelte(), projectsGeojsonPlugin(), firstFramePlugin(), contentSecurityPolicyPlugin()],
  // Every browser the es2022 target admits preloads modules itself: no polyfill in the first script.
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    modulePreload: { polyfill: false },
    // What the first script needs is one file, not the entry and ten small shared chunks the lazy
    // parts also import: one gzip stream over all of it is about 2.5 KB smaller, in fewer requests.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'first', tags: ['$initial'] }] } } },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
  },
});
