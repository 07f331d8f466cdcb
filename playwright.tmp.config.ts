import { defineConfig } from '@playwright/test';

const chromium = process.env.CHROME_PATH || '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 90_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4397/',
    launchOptions: {
      executablePath: chromium,
      // Debian's Chromium as root needs --no-sandbox; the rest keep it from calling home on a closed network.
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
      ],
    },
  },
  webServer: {
    // The tests run against the production build (npm run test:e2e builds first).
    command: 'npx vite preview --host 127.0.0.1 --port 4397 --strictPort',
    url: 'http://127.0.0.1:4397/',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
