import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportMlNews } from '@/lib/format/mlnews';
import { itemFrom } from '@/lib/model';
import { listFixture } from '../../fixtures';
import { cli, scratchDir } from '../run-cli';

const dir = scratchDir();
const monthly = listFixture('april-2025.md').file;
const mlNews = listFixture('ml-news-2025-07.md').file;
const windows = listFixture('ml-news-crlf.md').file;

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
