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

/** Curators' list files, written for these tests with the shapes and defects real lists show. */
export const LISTS_DIR = join(import.meta.dirname, 'fixtures', 'lists');

export interface ListFixture {
  name: string;
  file: string;
  text: string;
}

export function listFixtures(): ListFixture[] {
  return readdirSync(LISTS_DIR)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const file = join(LISTS_DIR, name);
      return { name, file, text: readFileSync(file, 'utf8') };
    });
}

export function listFixture(name: string): ListFixture {
  const found = listFixtures().find((fixture) => fixture.name === name);
  if (!found) throw new Error(`no list fixture ${name} in ${LISTS_DIR}`);
  return found;
}
