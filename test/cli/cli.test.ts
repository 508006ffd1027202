import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '@/lib/cli/main';
import { exportMlNews } from '@/lib/format/mlnews';
import { itemFrom } from '@/lib/model';
import { fixturePages, listFixture } from '../fixtures';

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'paperboy-cli-'));
const monthly = listFixture('april-2025.md').file;
const mlNews = listFixture('ml-news-2025-07.md').file;
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

describe('paperboy lint', () => {
  it('prints FILE:LINE: kind: message and exits 1 on a file with errors', async () => {
    const { code, out } = await cli('lint', monthly);
    expect(code).toBe(1);
    const lines = out.trim().split('\n');
    for (const line of lines) expect(line).toMatch(/^.+april-2025\.md:\d+: [a-z-]+: .+$/);
    expect(lines).toContain(`${monthly}:15: topic-drift: topic "Reasoning LLM" drifts from "LLM Reasoning" (line 7)`);
    expect(lines).toContain(`${monthly}:29: empty-link: "No Link Yet For This Survey" has no link yet: kept, waiting for its link`);
  });

  it('finds the broken row, the broken index and the rows it cannot read', async () => {
    const { code, out } = await cli('lint', mlNews);
    expect(code).toBe(1);
    expect(out).toContain(`${mlNews}:50: broken-row:`);
    expect(out).toContain(`${mlNews}:7: anchor: #ml-news-week-21-27-july is no anchor on this page`);
    expect(out).toContain(`${mlNews}:60: unread-row:`);
    expect(out).toContain(`${mlNews}:62: stray-row:`);
  });

  it('checks several files at once', async () => {
    const { code, out } = await cli('lint', windows, monthly);
    expect(code).toBe(1);
    expect(out).not.toContain(windows);
    expect(out).toContain(`${monthly}:17: duplicate:`);
  });

  it('exits 0 on a file with warnings only', async () => {
    const file = join(dir, 'warnings.md');
    writeFileSync(file, '# ML news: Week 21 - 27 July\n\n## News\n|Link|description|\n|---|---|\n|[Chips and Policy.]() |Soon. |\n');
    expect(await cli('lint', file)).toEqual({
      code: 0,
      out: `${file}:6: empty-link: "Chips and Policy" has no link yet: kept, waiting for its link\n`,
      err: '',
    });
  });

  it('reports as JSON for other tools', async () => {
    const { code, out } = await cli('lint', '--format', 'json', monthly, windows);
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report).toMatchObject({ errors: 7, warnings: 3 });
    expect(report.files.map((f: { file: string; format: string; items: number }) => [f.file, f.format, f.items])).toEqual([
      [monthly, 'compass', 10],
      [windows, 'ml-news', 3],
    ]);
    expect(report.files[0].problems).toContainEqual({
      line: 17,
      kind: 'duplicate',
      severity: 'error',
      message: 'the same paper as line 7 (arXiv 2504.00202)',
    });
    expect(report.files[1].problems).toEqual([]);
  });

  it('reports as GitHub annotations, one per problem, on its line', async () => {
    const { code, out } = await cli('lint', '--format=github', monthly);
    expect(code).toBe(1);
    const lines = out.trim().split('\n');
    expect(lines).toContain(
      // In the message only %, CR and LF are escaped; ':' and ',' are escaped in the properties.
      `::warning file=${monthly},line=29,title=paperboy empty-link::"No Link Yet For This Survey" has no link yet: kept, waiting for its link`,
    );
    expect(lines).toContain(`::error file=${monthly},line=17,title=paperboy duplicate::the same paper as line 7 (arXiv 2504.00202)`);
    expect(lines.at(-1)).toBe('paperboy: 1 file(s) checked, 7 error(s), 3 warning(s)');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^::(error|warning) file=[^,:]+,line=\d+,title=paperboy [a-z-]+::[^\n]+$/);
  });

  it("exits 0 on Paperboy's own export", async () => {
    const file = join(dir, 'clean.md');
    const items = [
      itemFrom({
        title: 'Pipes | and [brackets] for $5',
        url: 'https://example.com/a',
        section: 'News',
        summary: 'line one\nline | two costs $30 million and $5 billion\n\n  indented <br> typed',
        topics: [],
        day: '2025-07-22',
      }),
      itemFrom({
        title: 'LoRA',
        url: 'https://arxiv.org/abs/2106.09685',
        section: 'Research',
        summary: 'Adapters \ud83d\udd39 & more',
        topics: [],
        day: '2025-07-22',
      }),
    ];
    writeFileSync(file, exportMlNews(items));
    expect(await cli('lint', file)).toEqual({ code: 0, out: '', err: '' });
  });

  it('exits 2 on a file that is no list or cannot be read', async () => {
    const file = join(dir, 'notes.md');
    writeFileSync(file, '# Just notes\n\nNothing here.\n');
    expect(await cli('lint', file)).toMatchObject({ code: 2, err: expect.stringContaining('no list table') });
    expect(await cli('lint', join(dir, 'missing.md'))).toMatchObject({ code: 2, err: expect.stringContaining('no such file') });
    expect(await cli('lint', '--format', 'github', file)).toMatchObject({
      code: 2,
      out: expect.stringMatching(/^::error file=.*notes\.md,title=paperboy::.*no list table here/),
    });
    expect(await cli('lint', '--format', 'xml', file)).toMatchObject({ code: 2, err: expect.stringContaining('unknown output format') });
  });
});

describe('paperboy convert', () => {
  it('converts the monthly file to ML news, taking the year from the file name', async () => {
    const { code, out, err } = await cli('convert', monthly, '--to', 'ml-news');
    expect(code).toBe(0);
    expect(out).toMatch(
      /^# ML news: Week 14 - 20 April\n\n## Research\n\|Link\|description\|\n\|---\|---\|\n\|\[Small Models Learn From Big Ones\u2019 Answers\.\]\(https:\/\/arxiv\.org\/abs\/2504\.00606\) \|Distilled answers lift a small model by a wide margin, at a \\\$200 budget\. \|\n/,
    );
    expect(out).toContain('# ML news: Week 31 March - 6 April');
    expect(out).toContain('|[Why Do Transformers Stare at the First Token? \ufffd.](https://arxiv.org/abs/2504.00303) |');
    // The item waiting for its link is written as the list holds it, and named.
    expect(out).toContain('|[No Link Yet For This Survey.]() |A survey of efficient reasoning the curator still has to find. |');
    expect(err).toContain(`${monthly}:29: "No Link Yet For This Survey" has no link yet: written with an empty link`);
    expect(err).toContain(`${monthly}: repaired line 8:`);
  });

  it('converts a list to a JSON backup and back to the monthly format', async () => {
    const json = await cli('convert', monthly, '--to', 'json', '--month', '2025-04');
    expect(json.code).toBe(0);
    const backup = JSON.parse(json.out);
    expect(backup).toMatchObject({ format: 'paperboy-backup', version: 2 });
    expect(backup.items).toHaveLength(10);
    expect(backup.items[0]).toMatchObject({ day: '2025-04-01', section: 'Research', topics: ['Recommender System'] });
    expect(backup.items[0]).not.toHaveProperty('week');
    expect(backup.items[9]).toMatchObject({ title: 'No Link Yet For This Survey', url: '', day: '2025-04-15' });
    const file = join(dir, 'backup.json');
    writeFileSync(file, json.out);
    const back = await cli('convert', file, '--to', 'compass');
    expect(back.code).toBe(0);
    expect(back.err).toBe(`${file}: items[9]: "No Link Yet For This Survey" has no link yet: written with an empty link\n`);
    expect(back.out.split('\n').slice(0, 4)).toEqual([
      '## Week 1/4',
      '| Title | Summary | Topics |',
      '| --- | --- | --- |',
      expect.stringMatching(
        /^\| \[Think Twice Before You Rank: Reasoning for Sequential Recommendation\]\(https:\/\/arxiv\.org\/pdf\/2504\.00101\) \| Most recommenders predict in one pass, and that\u2019s it\. <br><br> This paper/,
      ),
    ]);
    expect(back.out).toContain(
      '| [No Link Yet For This Survey]() | A survey of efficient reasoning the curator still has to find. | Survey |',
    );
    expect(back.out).toContain('| Compares APIs that charge \\$0.50 to \\$15 per million tokens. |');
  });

  it('refuses to drop a row it cannot read, naming each line, unless told to', async () => {
    const refused = await cli('convert', mlNews, '--to', 'json');
    expect(refused.code).toBe(1);
    expect(refused.out).toBe('');
    expect(refused.err).toContain(
      `${mlNews}:60: unread-row: no [title](address) link in "Just a note with no link": this row is not read\n`,
    );
    expect(refused.err).toContain(`${mlNews}:62: stray-row:`);
    expect(refused.err).toContain(`${mlNews}:78: foreign-table:`);
    expect(refused.err).toContain('3 row(s) above would be lost; nothing converted (--skip-unread to convert without them)');

    const skipped = await cli('convert', mlNews, '--to', 'json', '--skip-unread');
    expect(skipped.code).toBe(0);
    expect(skipped.err).toContain(`${mlNews}:60: unread-row:`);
    expect(JSON.parse(skipped.out).items).toHaveLength(16);
  });

  it('refuses foreign or broken input with exit 2 and prints nothing', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ items: [{ title: 'x', url: 'ftp://x', section: 'Research', summary: '', topics: [], day: '2025-01-01' }] }),
    );
    expect(await cli('convert', bad, '--to', 'ml-news')).toMatchObject({
      code: 2,
      out: '',
      err: expect.stringContaining('items[0]: "ftp://x" is not an http(s) address'),
    });
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"items": [');
    expect(await cli('convert', broken, '--to', 'ml-news')).toMatchObject({ code: 2, out: '', err: expect.stringContaining('not JSON') });
    expect(await cli('convert', monthly, '--to', 'html')).toMatchObject({ code: 2, err: expect.stringContaining('unknown format') });
    expect(await cli('convert', monthly, '--to', 'json', '--month', 'April')).toMatchObject({
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
    expect(await cli('--help')).toMatchObject({ code: 0, out: expect.stringContaining('paperboy lint FILE.md...') });
    expect(await cli('lint')).toMatchObject({ code: 2, err: expect.stringContaining('usage:') });
  });
});
