import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { decodeReference, decodeReferences } from '@/lib/format/references';

const root = join(import.meta.dirname, '..', '..');

describe('character references', () => {
  it('decodes every HTML5 named reference, case and all', () => {
    expect(decodeReferences('Caf&eacute; &Eacute;t&eacute; &hellip; &NotSquareSupersetEqual; &fjlig; &amp;amp;')).toBe(
      'Caf\u00e9 \u00c9t\u00e9 \u2026 \u22e3 fj &amp;',
    );
    expect(decodeReference('notaname')).toBeNull();
    // Without its semicolon a name is no reference in markdown (HTML's legacy forms are not read).
    expect(decodeReferences('&eacute and &copy')).toBe('&eacute and &copy');
  });

  it('decodes numeric references, and the ones CommonMark forbids as U+FFFD', () => {
    expect(decodeReferences('&#x2019;&#8212;&#X1F600;')).toBe('\u2019\u2014\u{1F600}');
    expect(decodeReferences('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd');
  });
});

/**
 * The named-reference table (`entities`) is for the reader and the command line: the popup, which
 * imports the exporters and lib/text.ts, must not pull it in. Walks the static imports the bundler
 * follows from each entry point (dynamic `import()` loads later, on demand, so it is not followed).
 */
function staticImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!/\.(ts|tsx)$/.test(file)) return;
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
      if (/^\s*(import|export)\s+type\s/.test(match[0])) continue;
      const specifier = match[1]!;
      if (specifier.startsWith('.') || specifier.startsWith('@/')) {
        const base = specifier.startsWith('@/') ? join(root, specifier.slice(2)) : resolve(dirname(file), specifier);
        const found = ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((path) => existsSync(path) && !path.endsWith('/'));
        if (found && !found.endsWith('.css')) visit(found);
      } else seen.add(`package:${specifier}`);
    }
  };
  visit(join(root, entry));
  return new Set([...seen].map((path) => (path.startsWith('package:') ? path : relative(root, path))));
}

describe('what loads the named-reference table', () => {
  it('is not the popup, the side panel, the background or the content script', () => {
    for (const entry of [
      // The popup's app (its module entry, main.tsx, loads it right after the first frame).
      'entrypoints/popup/app.tsx',
      'entrypoints/sidepanel/main.tsx',
      'entrypoints/background.ts',
      'entrypoints/capture.ts',
    ]) {
      const graph = staticImports(entry);
      expect(graph.has('lib/format/mlnews.ts') || entry !== 'entrypoints/popup/app.tsx').toBe(true);
      expect(
        [...graph].filter((path) => path.includes('entities') || path.endsWith('references.ts') || path.endsWith('cell-decode.ts')),
      ).toEqual([]);
    }
  });

  it('is the library page (it imports list files) and the command line', () => {
    expect(staticImports('entrypoints/library/main.tsx').has('lib/format/references.ts')).toBe(true);
    expect(staticImports('lib/cli/commands/lint.ts').has('package:entities/decode')).toBe(true);
  });
});
