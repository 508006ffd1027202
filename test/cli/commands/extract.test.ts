import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturePages, listFixture } from '../../fixtures';
import { cli, scratchDir } from '../run-cli';

const dir = scratchDir();
const windows = listFixture('ml-news-crlf.md').file;

describe('paperboy extract', () => {
  it('prints the capture of a saved page as JSON', async () => {
    const page = fixturePages().find((p) => p.name.startsWith('arxiv-abs-2106'))!;
    const { code, out } = await cli('extract', page.file, '--url', page.url);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ ...JSON.parse(readFileSync(page.file.replace(/\.html$/, '.json'), 'utf8')), adapter: undefined });
    expect(Object.keys(JSON.parse(out))).toEqual([
      'title',
      'url',
      'authors',
      'published',
      'abstract',
      'arxivId',
      'siteName',
      'section',
      'selection',
    ]);
  });

  it('exits 2 with a message when the page cannot be read', async () => {
    expect(await cli('extract', join(dir, 'missing.html'), '--url', 'https://example.org/')).toMatchObject({
      code: 2,
      err: expect.stringContaining('no such file'),
    });
    expect(await cli('extract', dir, '--url', 'https://example.org/')).toMatchObject({ code: 2, err: expect.stringContaining('folder') });
    expect(await cli('extract', windows)).toMatchObject({ code: 2, err: expect.stringContaining('--url') });
    expect(await cli('extract', windows, '--url', 'not an address')).toMatchObject({
      code: 2,
      err: expect.stringContaining('not an address'),
    });
  });
});
