import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFixture } from '../../fixtures';
import { cli, scratchDir } from '../run-cli';

const dir = scratchDir();
const monthly = listFixture('april-2025.md').file;
const mlNews = listFixture('ml-news-2025-07.md').file;

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
});
