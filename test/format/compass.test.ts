import { COMPASS_TABLE_HEADER, compassBlockText, compassLink, exportCompass, monthHeading, toCompassRow } from '@/lib/format/compass';
import type { ListedFields } from '@/lib/model';

const item = (title: string, day: string): ListedFields => ({
  title,
  url: `https://example.com/${title}`,
  section: 'Research',
  summary: '',
  topics: [],
  day,
});

const headings = (text: string) => text.split('\n').filter((line) => line.startsWith('#'));

describe('Monthly papers by week', () => {
  it('links an arXiv paper by its PDF, an item\u2019s own arXiv id first', () => {
    expect(compassLink('https://arxiv.org/abs/2106.09685')).toBe('https://arxiv.org/pdf/2106.09685');
    expect(compassLink('https://example.com/x', '2106.09685')).toBe('https://arxiv.org/pdf/2106.09685');
    expect(compassLink('https://arxiv.org/abs/2106.09685', null)).toBe('https://arxiv.org/abs/2106.09685');
    expect(compassLink('https://example.com/x')).toBe('https://example.com/x');
  });

  it('writes a row of three cells: the exact title, the summary and the topics', () => {
    expect(toCompassRow({ title: 'LoRA.', url: 'https://arxiv.org/abs/2106.09685', summary: 'a\nb', topics: ['X', 'Y'] })).toBe(
      '| [LoRA.](https://arxiv.org/pdf/2106.09685) | a <br> b | X, Y |',
    );
  });

  it('writes one block under its week heading', () => {
    expect(compassBlockText(2, [item('a', '2025-07-09')])).toBe(
      `## Week 2/4\n${COMPASS_TABLE_HEADER}\n| [a](https://example.com/a) |  |  |\n`,
    );
  });

  it('heads a month with its name and year', () => {
    expect(monthHeading('2025-04')).toBe('# April 2025');
    expect(monthHeading('2026-12')).toBe('# December 2026');
  });

  it('exports one month as its four blocks, empty ones included, with no month heading', () => {
    const text = exportCompass([item('a', '2025-07-09')]);
    expect(headings(text)).toEqual(['## Week 1/4', '## Week 2/4', '## Week 3/4', '## Week 4/4']);
    expect(text).toContain(
      '## Week 2/4\n| Title | Summary | Topics |\n| --- | --- | --- |\n| [a](https://example.com/a) |  |  |\n\n\n## Week 3/4',
    );
  });

  it('exports several months newest first, each under its heading, items in their block', () => {
    const text = exportCompass([item('a', '2025-07-22'), item('b', '2025-06-03'), item('c', '2025-07-01')]);
    expect(headings(text).filter((line) => line.startsWith('# '))).toEqual(['# July 2025', '# June 2025']);
    const [july, june] = text.split(/^# /m).slice(1);
    expect(july!.split('## Week 1/4')[1]!.split('## Week 2/4')[0]).toContain('[c]');
    expect(july!.split('## Week 4/4')[1]).toContain('[a]');
    expect(june!.split('## Week 1/4')[1]!.split('## Week 2/4')[0]).toContain('[b]');
    expect(exportCompass([])).toBe('');
  });
});
