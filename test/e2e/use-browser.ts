import { launch, type Harness as ChromiumHarness } from './browser';
import { launchFirefox, type FirefoxHarness, type FirefoxOptions } from './firefox';
import { BROWSER } from './harness';

export type AnyHarness = ChromiumHarness | FirefoxHarness;

/**
 * One browser for a test file: Chromium, or Firefox when BROWSER=firefox. A missing browser fails
 * every test with the message saying how to install one; vitest would report a failed
 * `beforeAll` as skipped tests.
 */
export function useBrowser(options: { extraPages?: Record<string, string>; firefox?: FirefoxOptions } = {}): () => AnyHarness {
  let harness: AnyHarness | undefined;
  let failure: unknown;
  beforeAll(async () => {
    try {
      harness =
        BROWSER === 'firefox'
          ? await launchFirefox({ extraPages: options.extraPages, ...options.firefox })
          : await launch({ extraPages: options.extraPages });
    } catch (error) {
      failure = error;
    }
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (failure) throw failure;
    return harness!;
  };
}
