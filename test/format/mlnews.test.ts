import {
  exportMlNews,
  ML_NEWS_TABLE_HEADER,
  mlNewsHeading,
  mlNewsLink,
  mlNewsTitle,
  mlNewsWeekBlock,
  sectionFromHeading,
  toMlNewsRow,
} from '@/lib/format/mlnews';
import { mlNewsWeek } from '@/lib/dates';
import type { ListedFields, Section } from '@/lib/model';

const item = (title: string, day: string, section: Section = 'Research'): ListedFields => ({
  title,
  url: `https://example.com/${title}`,
  section,
  summary: '',
  topics: [],
  day,
});

/** The table rows of `text`, section by section. */
function rowsBySection(text: string): Record<string, string[]> {
  const sections: Record<string, string[]> = {};
  let current = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) sections[(current = line.slice(3))] = [];
    else if (line.startsWith('|[')) sections[current]!.push(line);
  }
  return sections;
}

describe('ML news of the week', () => {
  it('ends a title with a period unless it ends in ., ? or !', () => {
    expect(['Plain', 'Done.', 'Why?', 'Wow!'].map(mlNewsTitle)).toEqual(['Plain.', 'Done.', 'Why?', 'Wow!']);
    expect(mlNewsTitle('a [b]')).toBe('a \\[b\\].');
  });

  it('links an arXiv paper by its abstract page, an item\u2019s own arXiv id first', () => {
    expect(mlNewsLink('https://arxiv.org/pdf/2106.09685v2')).toBe('https://arxiv.org/abs/2106.09685');
    expect(mlNewsLink('https://example.com/x', '2106.09685')).toBe('https://arxiv.org/abs/2106.09685');
    // An item that says it has no arXiv id is linked as it is.
    expect(mlNewsLink('https://arxiv.org/pdf/2106.09685v2', null)).toBe('https://arxiv.org/pdf/2106.09685v2');
    expect(mlNewsLink('https://example.com/a b)')).toBe('https://example.com/a%20b%29');
  });

  it('writes a row of two cells, the summary escaped', () => {
    expect(toMlNewsRow({ title: 'LoRA', url: 'https://arxiv.org/abs/2106.09685', summary: 'a | b\nc' })).toBe(
      '|[LoRA.](https://arxiv.org/abs/2106.09685) |a \\| b <br> c |',
    );
  });

  it('writes a week\u2019s block: its heading, then the four sections in order, each with its table', () => {
    const week = mlNewsWeek('2025-07-22');
    expect(mlNewsHeading(week)).toBe('# ML news: Week 21 - 27 July');
    const block = mlNewsWeekBlock(week, [item('n', '2025-07-22', 'News'), item('r1', '2025-07-21'), item('r2', '2025-07-27')]);
    expect(block.split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '# ML news: Week 21 - 27 July',
      '## Research',
      '## News',
      '## Resources',
      '## Perspectives',
    ]);
    expect(block.split(ML_NEWS_TABLE_HEADER)).toHaveLength(5);
    expect(rowsBySection(block)).toEqual({
      Research: ['|[r1.](https://example.com/r1) | |', '|[r2.](https://example.com/r2) | |'],
      News: ['|[n.](https://example.com/n) | |'],
      Resources: [],
      Perspectives: [],
    });
    expect(block.endsWith('|---|---|\n')).toBe(true);
  });

  it('exports every week the items fall in, newest first, and nothing for no items', () => {
    const text = exportMlNews([item('a', '2025-07-22'), item('b', '2025-07-14', 'News'), item('c', '2025-07-23')]);
    const headings = text.split('\n').filter((line) => line.startsWith('# '));
    expect(headings).toEqual(['# ML news: Week 21 - 27 July', '# ML news: Week 14 - 20 July']);
    const [newest, older] = text.split('# ML news: ').slice(1);
    expect(rowsBySection(newest!).Research).toHaveLength(2);
    expect(rowsBySection(older!).News).toEqual(['|[b.](https://example.com/b) | |']);
    // Blocks are separated by one blank line.
    expect(text).toContain('|---|---|\n\n# ML news: Week 14 - 20 July');
    expect(exportMlNews([])).toBe('');
  });

  it('knows a section by its heading, in any case', () => {
    expect(sectionFromHeading(' news ')).toBe('News');
    expect(sectionFromHeading('PERSPECTIVES')).toBe('Perspectives');
    expect(sectionFromHeading('Papers')).toBeNull();
  });
});
