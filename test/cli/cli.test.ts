import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '@/lib/cli/main';
import { exportMlNews } from '@/lib/format/mlnews';
import { itemFrom } from '@/lib/model';
import { fixturePages, SEEDS_DIR } from '../fixtures';

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'paperboy-cli-'));
const compassSeed = join(SEEDS_DIR, '002_ccd260a6e3ccae10.txt');
const mlNewsSeed = join(SEEDS_DIR, '000_9577373c84456c0f.txt');

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
    expect(await cli('extract', mlNewsSeed)).toMatchObject({ code: 2, err: expect.stringContaining('--url') });
    expect(await cli('extract', mlNewsSeed, '--url', 'not an address')).toMatchObject({
      code: 2,
      err: expect.stringContaining('not an address'),
    });
  });
});

describe('paperboy lint', () => {
  it('prints FILE:LINE: kind: message and exits 1 on a file with defects', async () => {
    const { code, out } = await cli('lint', compassSeed);
    expect(code).toBe(1);
    const lines = out.trim().split('\n');
    for (const line of lines) expect(line).toMatch(/^.+002_ccd260a6e3ccae10\.txt:\d+: [a-z-]+: .+$/);
    expect(lines.some((l) => l.includes(':26: topic-drift:'))).toBe(true);
  });

  it('finds the broken row of the ML news seed', async () => {
    const { code, out } = await cli('lint', mlNewsSeed);
    expect(code).toBe(1);
    expect(out).toContain('000_9577373c84456c0f.txt:113: broken-row:');
  });

  it("exits 0 on Paperboy's own export", async () => {
    const file = join(dir, 'clean.md');
    const items = [
      itemFrom({
        title: 'Pipes | and [brackets]',
        url: 'https://example.com/a',
        section: 'News',
        summary: 'line one\nline | two\n\n  indented <br> typed',
        topics: [],
        week: '2025-07-22',
      }),
      itemFrom({
        title: 'LoRA',
        url: 'https://arxiv.org/abs/2106.09685',
        section: 'Research',
        summary: 'Adapters 🔹 & more',
        topics: [],
        week: '2025-07-22',
      }),
    ];
    writeFileSync(file, exportMlNews(items));
    expect(await cli('lint', file)).toEqual({ code: 0, out: '', err: '' });
  });

  it('exits 2 on a file that is no list', async () => {
    const file = join(dir, 'notes.md');
    writeFileSync(file, '# Just notes\n\nNothing here.\n');
    expect(await cli('lint', file)).toMatchObject({ code: 2, err: expect.stringContaining('no list table') });
  });
});

describe('paperboy convert', () => {
  it('converts the monthly seed to ML news, taking the year from the file name', async () => {
    const file = join(dir, 'april-2025.md');
    writeFileSync(file, readFileSync(compassSeed));
    const { code, out } = await cli('convert', file, '--to', 'ml-news');
    expect(code).toBe(0);
    expect(out).toMatch(
      /^# ML news: Week 14 - 20 April\n\n## Research\n\|Link\|description\|\n\|---\|---\|\n\|\[Leveraging Reasoning Model Answers/,
    );
    expect(out).toContain('# ML news: Week 31 March - 6 April');
    expect(out).toContain('|[Why do LLMs attend to the first token? \ufffd.](https://arxiv.org/abs/2504.02732) |');
  });

  it('converts a list to a JSON backup and back to the monthly format', async () => {
    const json = await cli('convert', compassSeed, '--to', 'json', '--month', '2025-04');
    expect(json.code).toBe(0);
    const backup = JSON.parse(json.out);
    expect(backup.items).toHaveLength(10);
    expect(backup.items[0]).toMatchObject({ week: '2025-04-01', section: 'Research', topics: ['Recommender System'] });
    const file = join(dir, 'backup.json');
    writeFileSync(file, json.out);
    const back = await cli('convert', file, '--to', 'compass');
    expect(back.code).toBe(0);
    expect(back.out.split('\n').slice(0, 4)).toEqual([
      '## Week 1/4',
      '| Title | Summary | Topics |',
      '| --- | --- | --- |',
      expect.stringMatching(
        /^\| \[Think Before Recommend: .*\]\(https:\/\/arxiv\.org\/pdf\/2503\.22675\) \| Most recommendation systems today work in a one-pass manner\. User interacts, the model predicts, and that’s it\. <br><br> /,
      ),
    ]);
  });

  it('refuses foreign or broken input with exit 2 and prints nothing', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ items: [{ title: 'x', url: 'ftp://x', section: 'Research', summary: '', topics: [], week: '2025-01-01' }] }),
    );
    expect(await cli('convert', bad, '--to', 'ml-news')).toMatchObject({
      code: 2,
      out: '',
      err: expect.stringContaining('items[0]: "ftp://x" is not an http(s) address'),
    });
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"items": [');
    expect(await cli('convert', broken, '--to', 'ml-news')).toMatchObject({ code: 2, out: '', err: expect.stringContaining('not JSON') });
    expect(await cli('convert', compassSeed, '--to', 'html')).toMatchObject({ code: 2, err: expect.stringContaining('unknown format') });
    expect(await cli('convert', compassSeed, '--to', 'json', '--month', 'April')).toMatchObject({
      code: 2,
      err: expect.stringContaining('YYYY-MM'),
    });
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'hello');
    expect(await cli('convert', notes, '--to', 'json')).toMatchObject({
      code: 2,
      out: '',
      err: expect.stringContaining('not a list Paperboy reads'),
    });
  });

  it('explains its usage', async () => {
    expect(await cli('frobnicate')).toMatchObject({ code: 2, err: expect.stringContaining('usage:') });
    expect(await cli('--help')).toMatchObject({ code: 0, out: expect.stringContaining('paperboy lint FILE.md') });
  });
});

describe('the installed command', () => {
  it('runs as `npx paperboy` from the package bin', async () => {
    const { spawnSync } = await import('node:child_process');
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'paperboy.mjs');
    const result = spawnSync(process.execPath, [bin, 'lint', mlNewsSeed], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(':113: broken-row:');
  });
});
