import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * The floor `npm run bench` measures Paperboy's popup against: an empty WXT + Preact popup that
 * shows one line of static text, built the way Paperboy is, loaded beside it in the same browser.
 */
export default defineConfig({
  imports: false,
  outDir: '../../.output/bench-empty',
  vite: () => ({ plugins: [preact()], build: { target: 'es2022', sourcemap: false } }),
  manifest: { name: 'Empty popup (Paperboy bench floor)', permissions: [] },
});
