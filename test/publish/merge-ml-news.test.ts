import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeMlNews } from '@/lib/publish/merge-ml-news';
import { diffLines } from '@/lib/publish/line-diff';
import { fileLines } from '@/lib/publish/file-edits';
import { headingAnchors } from '@/lib/format/github-anchors';
import { readList } from '@/lib/format/list-reader';
import type { WeekItem } from '@/lib/publish/merge-result';

const README = readFileSync(join(__dirname, '../fixtures/publish/ml-news-readme.md'), 'utf8');
const today = '2026-11-23';

const item = (title: string, url: string, section: WeekItem['section'], day = '2026-11-18', summary = `About ${title}.`): WeekItem => ({
  title,
  url,
  section,
  summary,
  topics: [],
  day,
});

const week47 = [
  item('Routing Without Routers', 'https://arxiv.org/abs/2611.10001', 'Research'),
  item('A Lab Ships Something', 'https://example.com/ships', 'News'),
];

/** Old text with the lines the diff marks as added cut out, byte for byte. */
function withoutAddedLines(before: string, after: string): string {
  const script = diffLines(
    fileLines(before).map((l) => l.text),
    fileLines(after).map((l) => l.text),
  );
  expect(script.filter((l) => l.kind === '-')).toEqual([]);
  const lines = fileLines(after);
  let out = '';
  let at = 0;
  for (const step of script) {
    const line = lines[at++]!;
    if (step.kind === ' ') out += after.slice(line.start, line.next);
  }
  return out;
}

describe('mergeMlNews: a new week', () => {
  const result = mergeMlNews({ text: README, week: '2026-11-18', items: week47, today });

  it('goes above the newest week, under the year, with its index entry first in the year', () => {
    const lines = result.text.split('\n');
    const heading = lines.indexOf('# ML news: Week 16 - 22 November');
    expect(lines[heading - 2]).toBe('# 2026');
    expect(lines.indexOf('# ML news: Week 9 - 15 November')).toBeGreaterThan(heading);
    expect(lines.slice(lines.indexOf('## 2026'), lines.indexOf('## 2026') + 4)).toEqual([
      '## 2026',
      '',
      '* [ML news: Week 16 - 22 November](#ml-news-week-16---22-november)',
      '* [ML news: Week 9 - 15 November](#ml-news-week-9---15-november)',
    ]);
    expect(result).toMatchObject({ added: true, changed: true, anchor: 'ml-news-week-16---22-november' });
  });

  it('writes the four sections and ends like the other weeks (back to index), without another week\u2019s picture', () => {
    const block = result.text.slice(result.text.indexOf('# ML news: Week 16'), result.text.indexOf('# ML news: Week 9 -'));
    expect(block).toBe(
      [
        '# ML news: Week 16 - 22 November',
        '',
        '## Research',
        '|Link|description|',
        '|---|---|',
        '|[Routing Without Routers.](https://arxiv.org/abs/2611.10001) |About Routing Without Routers. |',
        '',
        '## News',
        '|Link|description|',
        '|---|---|',
        '|[A Lab Ships Something.](https://example.com/ships) |About A Lab Ships Something. |',
        '',
        '## Resources',
        '|Link|description|',
        '|---|---|',
        '',
        '## Perspectives',
        '|Link|description|',
        '|---|---|',
        '',
        '[Back to index](#Index)',
        '',
        '',
      ].join('\n'),
    );
    expect(result.notes.join(' ')).toMatch(/picture/);
  });

  it('only adds lines: the rest of the file is byte-identical', () => {
    expect(withoutAddedLines(README, result.text)).toBe(README);
  });

  it('gives the anchor GitHub gives the heading in the new file', () => {
    const anchors = headingAnchors(result.text);
    expect(anchors.find((h) => h.text === 'ML news: Week 16 - 22 November')?.anchor).toBe(result.anchor);
  });

  it('reads back as the week\u2019s items', () => {
    const read = readList(result.text, { today }).items.filter((i) => i.day === '2026-11-16');
    expect(read.map((i) => [i.title, i.url, i.section])).toEqual(week47.map((i) => [i.title, i.url, i.section]));
  });

  it('keeps an image every week ends with (a separator), and copies the ending of the newest week', () => {
    const text = README.replaceAll(/!\[image\]\([^)]*\)/g, '![separator](https://example.org/line.png)');
    const merged = mergeMlNews({ text, week: '2026-11-18', items: week47, today }).text;
    const block = merged.slice(merged.indexOf('# ML news: Week 16'), merged.indexOf('# ML news: Week 9 -'));
    expect(block.endsWith('|---|---|\n\n![separator](https://example.org/line.png)\n\n[Back to index](#Index)\n\n')).toBe(true);
  });

  it('starts a new year with its heading, above the last year, and its own list in the index', () => {
    const merged = mergeMlNews({
      text: README,
      week: '2027-01-06',
      items: [item('New Year Paper', 'https://arxiv.org/abs/2701.00001', 'Research', '2027-01-06')],
      today: '2027-01-07',
    });
    const lines = merged.text.split('\n');
    expect(lines.indexOf('# 2027')).toBeLessThan(lines.indexOf('# 2026'));
    expect(lines[lines.indexOf('# 2027') + 2]).toBe('# ML news: Week 4 - 10 January');
    expect(lines.slice(lines.indexOf('## 2027'), lines.indexOf('## 2027') + 5)).toEqual([
      '## 2027',
      '',
      '* [ML news: Week 4 - 10 January](#ml-news-week-4---10-january)',
      '',
      '## 2026',
    ]);
    expect(withoutAddedLines(README, merged.text)).toBe(README);
  });

  it('gives a repeated heading its -1 anchor when an older week of the same name comes first... and moves older index links that the new heading took', () => {
    // 16 - 22 November 2020 is listed under 2020; the new 2026 week has the same heading and comes first.
    const text = README.replace(
      '* [ML news: Week 17 - 23 November](#ml-news-week-17---23-november)',
      '* [ML news: Week 16 - 22 November](#ml-news-week-16---22-november)',
    )
      .replace('## 2025', '## 2020')
      .replace('# 2025', '# 2020')
      .replace('# ML news: Week 17 - 23 November', '# ML news: Week 16 - 22 November');
    const merged = mergeMlNews({ text, week: '2026-11-18', items: week47, today });
    expect(merged.anchor).toBe('ml-news-week-16---22-november');
    const index = merged.text.slice(0, merged.text.indexOf('\n# 2026'));
    expect(index).toContain('## 2026\n\n* [ML news: Week 16 - 22 November](#ml-news-week-16---22-november)\n');
    expect(index).toContain('## 2020\n\n* [ML news: Week 16 - 22 November](#ml-news-week-16---22-november-1)\n');
    const anchors = headingAnchors(merged.text).filter((h) => h.text === 'ML news: Week 16 - 22 November');
    expect(anchors.map((h) => h.anchor)).toEqual(['ml-news-week-16---22-november', 'ml-news-week-16---22-november-1']);
    expect(merged.notes.join(' ')).toMatch(/now points at #ml-news-week-16---22-november-1/);
  });

  it('fills a year’s empty list in the index, a blank line before the next year', () => {
    const text = README.replace(/## 2026\n\n(\* .*\n)+/, '## 2026\n');
    const merged = mergeMlNews({ text, week: '2026-11-18', items: week47, today });
    expect(merged.text).toContain('## 2026\n\n* [ML news: Week 16 - 22 November](#ml-news-week-16---22-november)\n\n## 2025\n');
    expect(withoutAddedLines(text, merged.text)).toBe(text);
  });

  it('writes into an empty file and a file without an index, and says so', () => {
    const empty = mergeMlNews({ text: '', week: '2026-11-18', items: week47, today });
    expect(empty.text.startsWith('# ML news: Week 16 - 22 November\n')).toBe(true);
    expect(empty.notes.join(' ')).toMatch(/no "# Index"/);
  });

  it('keeps CRLF line endings and a missing final newline', () => {
    const crlf = README.replace(/\n/g, '\r\n').replace(/\r\n$/, '');
    const merged = mergeMlNews({ text: crlf, week: '2026-11-18', items: week47, today });
    expect(merged.text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(merged.text.endsWith('[Back to index](#Index)')).toBe(true);
    expect(withoutAddedLines(crlf, merged.text)).toBe(crlf);
  });

  it('flags items the file already lists in another week, with that week', () => {
    const again = [...week47, item('Imaginary Scaling Laws', 'https://arxiv.org/pdf/2611.00002v3', 'Research')];
    const merged = mergeMlNews({ text: README, week: '2026-11-18', items: again, today });
    expect(merged.duplicates).toEqual([
      expect.objectContaining({ title: 'Imaginary Scaling Laws', week: '2026-11-02', weekLabel: 'Week 2 - 8 November' }),
    ]);
  });
});

describe('mergeMlNews: publishing again', () => {
  const first = mergeMlNews({ text: README, week: '2026-11-18', items: week47, today }).text;

  it('updates the block in place, never a second copy, and changes nothing when nothing changed', () => {
    const edited = [{ ...week47[0]!, summary: 'A better summary.' }, week47[1]!];
    const second = mergeMlNews({ text: first, week: '2026-11-18', items: edited, today });
    expect(second.added).toBe(false);
    expect(second.text.split('# ML news: Week 16 - 22 November').length).toBe(2);
    expect(second.text.split('(#ml-news-week-16---22-november)').length).toBe(2);
    expect(second.text).toContain('|[Routing Without Routers.](https://arxiv.org/abs/2611.10001) |A better summary. |');
    expect(second.text).not.toContain('About Routing Without Routers.');
    expect(mergeMlNews({ text: second.text, week: '2026-11-18', items: edited, today })).toMatchObject({
      changed: false,
      text: second.text,
    });
  });

  it('keeps a row added by hand after Paperboy\u2019s rows, in its own text, and offers it for import', () => {
    const hand = '|[Someone Else Added This](https://example.org/hand)   |Hand-written, odd spacing|';
    const withHand = first.replace(
      '|[Routing Without Routers.](https://arxiv.org/abs/2611.10001) |About Routing Without Routers. |',
      `${hand}\n|[Routing Without Routers.](https://arxiv.org/abs/2611.10001) |About Routing Without Routers. |`,
    );
    const more = [item('Second Paper', 'https://arxiv.org/abs/2611.10002', 'Research'), ...week47];
    const merged = mergeMlNews({ text: withHand, week: '2026-11-18', items: more, today });
    expect(merged.text).toContain(
      '|[Second Paper.](https://arxiv.org/abs/2611.10002) |About Second Paper. |\n|[Routing Without Routers.](https://arxiv.org/abs/2611.10001) |About Routing Without Routers. |\n' +
        hand +
        '\n\n## News',
    );
    expect(merged.offered).toEqual([
      expect.objectContaining({
        title: 'Someone Else Added This',
        url: 'https://example.org/hand',
        section: 'Research',
        day: '2026-11-16',
      }),
    ]);
    expect(merged.offered[0]!.line).toBe(withHand.split('\n').indexOf(hand) + 1);
  });

  it('moves an item whose section changed, and leaves the text around the tables as it was', () => {
    const note = 'A note the curator wrote inside the week.';
    const withNote = first.replace('## News\n|Link|description|', `${note}\n\n## News\n|Link|description|`);
    const moved = [{ ...week47[0]!, section: 'Perspectives' as const }, week47[1]!];
    const merged = mergeMlNews({ text: withNote, week: '2026-11-18', items: moved, today }).text;
    expect(merged).toContain(note);
    const block = merged.slice(merged.indexOf('# ML news: Week 16'), merged.indexOf('# ML news: Week 9 -'));
    expect(block.indexOf('Routing Without Routers')).toBeGreaterThan(block.indexOf('## Perspectives'));
    expect(block.split('arxiv.org/abs/2611.10001').length).toBe(2);
  });

  it('replaces the template\u2019s empty slots', () => {
    const template =
      '# ML news: Week 16 - 22 November\n\n## Research\n|Link|description|\n|---|---|\n|[.]() | |\n|[.]() | |\n\n## News\n|Link|description|\n|---|---|\n|[.]() | |\n';
    const merged = mergeMlNews({ text: template, week: '2026-11-18', items: week47.slice(0, 1), today });
    expect(merged.text).toBe(
      template.replace(
        '|[.]() | |\n|[.]() | |\n',
        '|[Routing Without Routers.](https://arxiv.org/abs/2611.10001) |About Routing Without Routers. |\n',
      ),
    );
  });
});

describe('mergeMlNews: properties', () => {
  const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 100) };
  // Hand text that is not a heading or a table: anything else a curator may write, in any script.
  const handLine = fc
    .string({
      unit: fc.constantFrom('a', 'Z', ' ', '|', '*', '[', ']', '(', ')', '!', 'é', '😀', '\t', '-', '`', '\\', '$'),
      maxLength: 30,
    })
    .filter((line) => !/^\s*[#|]/.test(line) && !/^\s{0,3}(`{3,}|~{3,})/.test(line) && !/^\s*[*+-]\s/.test(line));
  const hand = fc.array(handLine, { maxLength: 4 });
  const eol = fc.constantFrom('\n', '\r\n');
  const finalNewline = fc.boolean();

  function file(parts: { intro: string[]; afterIndex: string[]; inBlock: string[]; end: string[] }, weekRows: string[]) {
    return [
      '# A list',
      ...parts.intro,
      '',
      '# Index',
      '',
      '## 2026',
      '',
      '* [ML news: Week 9 - 15 November](#ml-news-week-9---15-november)',
      '',
      ...parts.afterIndex,
      '',
      '# 2026',
      '',
      '# ML news: Week 9 - 15 November',
      '',
      '## Research',
      '|Link|description|',
      '|---|---|',
      ...weekRows,
      '',
      ...parts.inBlock,
      '',
      '[Back to index](#Index)',
      '',
      ...parts.end,
    ];
  }
  const parts = fc.record({ intro: hand, afterIndex: hand, inBlock: hand, end: hand });

  it('adding a week only adds lines; every other byte stays', () => {
    fc.assert(
      fc.property(parts, eol, finalNewline, (p, br, final) => {
        const text = file(p, ['|[Old.](https://example.org/old) |Old. |']).join(br) + (final ? br : '');
        const merged = mergeMlNews({ text, week: '2026-11-18', items: week47, today });
        expect(withoutAddedLines(text, merged.text)).toBe(text);
        expect(merged.text.includes(br === '\n' ? '\r\n' : '\n\n')).toBe(false);
        expect(mergeMlNews({ text: merged.text, week: '2026-11-18', items: week47, today }).changed).toBe(false);
      }),
      RUNS,
    );
  });

  it('updating a week changes only its table rows, and keeps every row the library does not hold', () => {
    const row = fc
      .record({ n: fc.integer({ min: 1, max: 99 }), words: handLine })
      .map(({ n, words }) => `|[Hand ${n}](https://example.org/h${n}) |${words.replaceAll('|', '\\|')} |`);
    fc.assert(
      fc.property(
        parts,
        eol,
        finalNewline,
        fc.uniqueArray(row, { maxLength: 4, selector: (r) => r.slice(0, r.indexOf(')')) }),
        (p, br, final, rows) => {
          const text = file(p, rows).join(br) + (final ? br : '');
          const items = [item('Ours', 'https://arxiv.org/abs/2611.10009', 'Research', '2026-11-10')];
          const merged = mergeMlNews({ text, week: '2026-11-10', items, today });
          const head = text.indexOf('|---|---|') + '|---|---|'.length + br.length;
          expect(merged.text.startsWith(text.slice(0, head))).toBe(true);
          const rest = text.slice(head + rows.map((r) => r + br).join('').length);
          expect(merged.text.endsWith(rest)).toBe(true);
          expect(merged.text.slice(head, merged.text.length - rest.length)).toBe(
            ['|[Ours.](https://arxiv.org/abs/2611.10009) |About Ours. |', ...rows].map((r) => r + br).join(''),
          );
          expect(merged.offered.map((o) => o.url)).toEqual(rows.map((r) => r.slice(r.indexOf('](') + 2, r.indexOf(')'))));
        },
      ),
      RUNS,
    );
  });
});
