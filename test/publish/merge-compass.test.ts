import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compassFilePath, mergeCompass } from '@/lib/publish/merge-compass';
import { readList } from '@/lib/format/list-reader';
import type { WeekItem } from '@/lib/publish/merge-result';

const MONTH = readFileSync(join(__dirname, '../fixtures/publish/november-2026.md'), 'utf8');
const today = '2026-11-23';
const item = (title: string, url: string, day = '2026-11-16', summary = `About ${title}.\n\nMore.`): WeekItem => ({
  title,
  url,
  section: 'Research',
  summary,
  topics: ['Reasoning', 'Agents'],
  day,
});
const week3 = [
  item('Invented Reasoning Paper', 'https://arxiv.org/abs/2611.20001v2'),
  item('An Essay', 'https://example.org/essay', '2026-11-21'),
];

describe('mergeCompass', () => {
  it('names the month file from the pattern', () => {
    expect(compassFilePath('research_and_future_trends/{month}-{year}.md', '2025-04-09')).toBe('research_and_future_trends/april-2025.md');
  });

  it('fills the week\u2019s table, replacing its empty slots, and nothing else', () => {
    const merged = mergeCompass({ text: MONTH, week: '2026-11-18', items: week3, today });
    const rows =
      '| [Invented Reasoning Paper](https://arxiv.org/pdf/2611.20001) | About Invented Reasoning Paper. <br><br> More. | Reasoning, Agents |\n' +
      '| [An Essay](https://example.org/essay) | About An Essay. <br><br> More. | Reasoning, Agents |\n';
    expect(merged.text).toBe(MONTH.replace('| []() |  |  |\n| []() |  |  |\n', rows));
    expect(merged).toMatchObject({ added: false, changed: true, heading: '## Week 3/4', offered: [], duplicates: [] });
    const read = readList(merged.text, { fileName: 'november-2026.md', today }).items.filter((i) => i.day === '2026-11-15');
    expect(read.map((i) => i.title)).toEqual(['Invented Reasoning Paper', 'An Essay']);
  });

  it('publishing again updates in place, keeps hand rows after Paperboy\u2019s, and offers them', () => {
    const first = mergeCompass({ text: MONTH, week: '2026-11-18', items: week3, today }).text;
    const hand = '| [Added on GitHub](https://example.org/gh) | Typed in the web editor | Misc |';
    const withHand = first.replace('| [An Essay]', `${hand}\n| [An Essay]`);
    const edited = [{ ...week3[0]!, summary: 'Shorter.' }, week3[1]!];
    const merged = mergeCompass({ text: withHand, week: '2026-11-18', items: edited, today });
    expect(merged.text.split('Invented Reasoning Paper').length).toBe(2);
    expect(merged.text).toContain(
      `| Shorter. | Reasoning, Agents |\n| [An Essay](https://example.org/essay) | About An Essay. <br><br> More. | Reasoning, Agents |\n${hand}\n`,
    );
    expect(merged.offered).toEqual([expect.objectContaining({ title: 'Added on GitHub', day: '2026-11-15', topics: ['Misc'] })]);
    expect(mergeCompass({ text: merged.text, week: '2026-11-18', items: edited, today }).changed).toBe(false);
  });

  it('creates a month file that does not exist with its four week blocks', () => {
    const merged = mergeCompass({
      text: '',
      week: '2026-12-02',
      items: [item('December Paper', 'https://arxiv.org/abs/2612.00001', '2026-12-02')],
      today,
    });
    expect(merged.added).toBe(true);
    expect(merged.text).toBe(
      [
        '## Week 1/4',
        '| Title | Summary | Topics |',
        '| --- | --- | --- |',
        '| [December Paper](https://arxiv.org/pdf/2612.00001) | About December Paper. <br><br> More. | Reasoning, Agents |',
        '',
        '',
        ...[2, 3, 4].flatMap((n) => [`## Week ${n}/4`, '| Title | Summary | Topics |', '| --- | --- | --- |', '| []() |  |  |', '', '']),
      ]
        .join('\n')
        .replace(/\n\n$/, '\n'),
    );
  });

  it('adds a missing week block in order, and flags papers already listed in another week', () => {
    const without3 = MONTH.replace(/## Week 3\/4[\s\S]*?(?=## Week 4)/, '');
    const again = [...week3, item('An Invented Study of Attention', 'https://arxiv.org/abs/2611.00011')];
    const merged = mergeCompass({ text: without3, week: '2026-11-18', items: again, today });
    expect(merged.added).toBe(true);
    expect(merged.text.indexOf('## Week 3/4')).toBeGreaterThan(merged.text.indexOf('## Week 2/4'));
    expect(merged.text.indexOf('## Week 3/4')).toBeLessThan(merged.text.indexOf('## Week 4/4'));
    expect(merged.duplicates).toEqual([
      expect.objectContaining({ title: 'An Invented Study of Attention', weekLabel: 'Week 1/4', week: '2026-11-01', line: 6 }),
    ]);
  });

  it('keeps every byte around the week\u2019s rows: CRLF, no final newline, any text', () => {
    const handLine = fc
      .string({ unit: fc.constantFrom('a', ' ', '|', '!', '[', 'é', '🙂', '<br>'), maxLength: 20 })
      .filter((l) => !/^\s*[#|]/.test(l));
    fc.assert(
      fc.property(
        fc.array(handLine, { maxLength: 3 }),
        fc.array(handLine, { maxLength: 3 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (before, after, br, final) => {
          const text =
            [...before, '', '## Week 3/4', '| Title | Summary | Topics |', '| --- | --- | --- |', '| []() |  |  |', '', ...after].join(br) +
            (final ? br : '');
          const merged = mergeCompass({ text, week: '2026-11-18', items: week3.slice(0, 1), today }).text;
          const at = text.indexOf('| []() |  |  |');
          expect(merged.startsWith(text.slice(0, at))).toBe(true);
          expect(merged.endsWith(text.slice(at + '| []() |  |  |'.length))).toBe(true);
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });
});
