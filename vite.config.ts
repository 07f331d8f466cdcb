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
  build: { target: 'es2022', chunkSizeWarningLimit: 1500, modulePreload: { polyfill: false } },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
  },
});
