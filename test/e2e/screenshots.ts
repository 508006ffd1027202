import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Keeps a screenshot the end-to-end tests take. The README's pictures in docs/ are tracked, so they
 * are rewritten only when asked (`UPDATE_SCREENSHOTS=1 npm run test:e2e`); other runs write to
 * .output/screenshots/, so a test run never leaves the work tree changed.
 */
export function saveScreenshot(name: string, png: Buffer): string {
  const dir = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs') : join(ROOT, '.output', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, png);
  return file;
}
