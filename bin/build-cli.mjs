#!/usr/bin/env node
// Builds the `paperboy` command into plain JavaScript: dist/cli/paperboy.mjs and its chunks.
// Everything lint and convert need (the library, `entities`) is bundled in, so the package runs with
// Node alone; happy-dom stays outside, loaded only by `paperboy extract`.
// Usage: node bin/build-cli.mjs [OUTDIR]   (default dist/cli)
// PAPERBOY_BUILD_MODULES=DIR/node_modules takes esbuild and entities from DIR instead of the project's
// own node_modules: the GitHub Action installs just those two there rather than every devDependency.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const modules = process.env.PAPERBOY_BUILD_MODULES ? resolve(process.env.PAPERBOY_BUILD_MODULES) : null;
const { build } = modules ? createRequire(join(modules, 'paperboy-build.cjs'))('esbuild') : await import('esbuild');
const outdir = resolve(process.argv[2] ?? join(root, 'dist', 'cli'));
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { paperboy: 'lib/cli/paperboy.ts' },
  outdir,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['happy-dom'],
  nodePaths: modules ? [modules] : [],
  banner: { js: '#!/usr/bin/env node' },
  legalComments: 'none',
  logLevel: 'warning',
});
