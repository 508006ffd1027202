import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * End-to-end tests: the built extension in real headless Chromium, or in real headless Firefox ESR
 * when BROWSER=firefox (`npm run test:e2e` runs both, one after the other), one browser at a time.
 * `*.firefox.e2e.ts` holds what only Firefox can show (its shortcut, toolbar button and sidebar
 * on the build that ships); `*.chromium.e2e.ts` runs in Chromium only (publishing, whose GitHub
 * stand-in is served to Chromium at its real address).
 */
const firefox = process.env.BROWSER === 'firefox';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    exclude: firefox ? ['test/e2e/**/*.chromium.e2e.ts'] : ['test/e2e/**/*.firefox.e2e.ts'],
    globals: true,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
