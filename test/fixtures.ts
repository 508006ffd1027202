import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Saved pages: each carries its address on its first line, `<!-- paperboy-url: URL -->`. */
export const PAGES_DIR = join(import.meta.dirname, 'fixtures', 'pages');

export interface FixturePage {
  name: string;
  file: string;
  url: string;
  html: string;
}

export function fixturePages(): FixturePage[] {
  return readdirSync(PAGES_DIR)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => {
      const file = join(PAGES_DIR, name);
      const html = readFileSync(file, 'utf8');
      const url = /^<!-- paperboy-url: (\S+) -->/.exec(html)?.[1];
      if (!url) throw new Error(`${name} has no <!-- paperboy-url: URL --> first line`);
      return { name, file, url, html };
    });
}

export const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'shared', 'seeds');
