// Browser tests: the production build (dist/) served on loopback, driven in the system Chromium
// by playwright-core. Run `npm run build` first (CI does).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/globalSetup.ts'],
  },
});
