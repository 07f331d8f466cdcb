import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { projectsGeojsonPlugin } from '../../scripts/vite-plugin-data.ts';

// The floor page, built by the same Vite with the same public/ files and data plugin as the app.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: fileURLToPath(new URL('../../public', import.meta.url)),
  base: './',
  plugins: [projectsGeojsonPlugin()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500, emptyOutDir: true },
  logLevel: 'warn',
});
