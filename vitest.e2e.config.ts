import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** End-to-end tests: the built extension in real headless Chromium, one browser at a time. */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globals: true,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
