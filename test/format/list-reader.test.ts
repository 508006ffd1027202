import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readList, formatProblems, parseMlNewsWeek } from '@/lib/format/list-reader';
import { exportMlNews } from '@/lib/format/mlnews';
import { exportCompass } from '@/lib/format/compass';
import { SEEDS_DIR } from '../fixtures';

const mlNewsSeed = readFileSync(join(SEEDS_DIR, '000_9577373c84456c0f.txt'), 'utf8');
const compassSeed = readFileSync(join(SEEDS_DIR, '002_ccd260a6e3ccae10.txt'), 'utf8');
const TODAY = '2026-11-22';

describe('reading the ML news seed', () => {
  const result = readList(mlNewsSeed, { today: TODAY });

  it('finds its six items in their sections, and none of the empty slots', () => {
    expect(result.format).toBe('ml-news');
    expect(result.items.map((i) => [i.section, i.title])).toEqual([
      ['Research', 'The First Few Tokens Are All You Need'],
      ['Research', 'Cognitive Behaviors that Enable Self-Improving Reasoners'],
      ['Research', 'Forecasting Rare Language Model Behaviors'],
      ['Research', 'Differentiable Logic Cellular Automata'],
      ['Resources', 'LLM Post-Training: A Deep Dive into Reasoning Large Language Models'],
      ['Resources', 'Crossing the uncanny valley of conversational voice'],
    ]);
  });

  it('rejoins the row a line break split, and reports it', () => {
    const voice = result.items.at(-1)!;
    expect(voice.url).toBe('https://www.sesame.com/research/crossing_the_uncanny_valley_of_voice');
    expect(voice.summary).toMatch(/^Researchers from Sesame introduce a multimodal TTS approach/);
    expect(result.problems).toContainEqual({ line: 113, kind: 'broken-row', message: expect.stringContaining('line 114') });
  });

  it('takes arXiv links as /abs/ID and fills the arXiv id', () => {
    expect(result.items[0]).toMatchObject({ url: 'https://arxiv.org/abs/2503.02875', arxivId: '2503.02875' });
  });

  it('lists a heading without dates under the current week', () => {
    expect(new Set(result.items.map((i) => i.week))).toEqual(new Set(['2026-11-16']));
  });
});

describe('reading the monthly papers seed', () => {
  const result = readList(compassSeed, { fileName: 'april-2025.md', today: TODAY });

  it('finds its ten items in weeks 1, 2 and 3 of April 2025', () => {
    expect(result.format).toBe('compass');
    expect(result.items).toHaveLength(10);
    expect(result.items.map((i) => i.week)).toEqual([
      '2025-04-01',
      '2025-04-01',
      '2025-04-01',
      '2025-04-01',
      '2025-04-01',
      '2025-04-08',
      '2025-04-08',
      '2025-04-08',
      '2025-04-08',
      '2025-04-15',
    ]);
  });

  it('repairs Mac Roman mojibake exactly and says what it changed', () => {
    const first = result.items[0]!;
    expect(first.summary).toContain('aren\u2019t static');
    expect(first.summary).not.toMatch(/\u201a\u00c4/);
    expect(result.items[2]!.summary).toContain('\ud83d\udd39 System 1 \u2013 Quick');
    expect(result.items[4]!.title).toBe('Why do LLMs attend to the first token? \ufffd');
    expect(result.repairs.some((r) => r.includes('already lost'))).toBe(true);
    expect(result.problems.filter((p) => p.kind === 'mojibake').length).toBeGreaterThan(5);
  });

  it('repairs mojibake that only appears once an entity is decoded, and leaves typography alone', () => {
    const read = readList(
      [
        '# ML news: Week 7 - 13 July',
        '',
        '## Research',
        '|Link|description|',
        '|---|---|',
        '|[A.](https://arxiv.org/abs/2106.09685) |it&#8218;\u00c4\u00f4s here \\| there |',
        '|[B.](https://example.com/b) |It\u2019s the model\u2019s \u2013 plain |',
      ].join('\n'),
      { month: '2025-07' },
    );
    expect(read.items.map((item) => item.summary)).toEqual(['it\u2019s here | there', 'It\u2019s the model\u2019s \u2013 plain']);
    expect(read.problems).toEqual([]);
  });

  it('turns <br> and &nbsp; back into line breaks and indentation', () => {
    const first = result.items[0]!;
    expect(first.summary).toContain('that\u2019s it.\n\nAnd this is a problem');
    expect(first.summary).toContain('The usual method? Simple sequential predictions.\n   -> User clicks on a few items');
  });

  it('reads /pdf/IDv1 links as the paper and splits topics', () => {
    expect(result.items[1]).toMatchObject({ url: 'https://arxiv.org/abs/2503.24370', arxivId: '2503.24370', topics: ['LLM Reasoning'] });
  });

  it('finds the topic label that drifted', () => {
    expect(formatProblems('april-2025.md', result.problems)).toContain(
      'april-2025.md:26: topic-drift: topic "Reasoning LLM" drifts from "LLM Reasoning" (line 5)',
    );
  });

  it('takes the month from --month over the file name', () => {
    const other = readList(compassSeed, { fileName: 'april-2025.md', month: '2024-02', today: TODAY });
    expect(other.items[0]!.week).toBe('2024-02-01');
  });

  it('converts to the other format and back without losing an item', () => {
    const asMlNews = exportMlNews(result.items);
    const back = readList(asMlNews, { month: '2025-04', today: TODAY });
    const byUrl = (a: { url: string }, b: { url: string }) => a.url.localeCompare(b.url);
    // Newest week on top in ML news, so compare as sets.
    expect([...back.items].sort(byUrl).map((i) => [i.title, i.url, i.summary])).toEqual(
      [...result.items].sort(byUrl).map((i) => [i.title, i.url, i.summary]),
    );
    const again = readList(exportCompass(back.items.map((i) => ({ ...i, topics: result.items.find((r) => r.url === i.url)!.topics }))), {
      month: '2025-04',
      today: TODAY,
    });
    expect(again.problems.filter((p) => p.kind !== 'topic-drift')).toEqual([]);
  });
});

describe('defects of real lists', () => {
  const file = [
    '# ML news: Week 21 - 27 July',
    '',
    '## Research',
    '|Link|description|',
    '|---|---|',
    '|[How many r in straw|berry?](https://arxiv.org/abs/2501.00001) |Counting letters. |',
    '|[Wolfram Alpha meets LLMs.](https://example.com/post?utm_source=x&id=3#google_vignette) |Uses Wolfram|Alpha as a tool. |',
    '|[The same paper.](https://arxiv.org/pdf/2501.00001v2) |Again. |',
    '|[No link.]() |Oops. |',
    '|[Costs \\$5.](https://example.com/cost) |It costs \\$5 a month. |',
    '|[Too few cells.](https://example.com/few)|',
    '|[.]() | |',
  ].join('\n');
  const result = readList(file, { today: '2025-08-01' });
  const lines = formatProblems('news.md', result.problems);

  it('reports each defect on its line', () => {
    expect(lines).toEqual([
      expect.stringMatching(/^news\.md:6: pipe: an unescaped "\|" splits a cell/),
      expect.stringMatching(/^news\.md:7: pipe: /),
      expect.stringMatching(/^news\.md:7: tracking: tracking utm_source, #google_vignette/),
      expect.stringMatching(/^news\.md:8: duplicate: the same paper as line 6 \(arXiv 2501\.00001\)/),
      expect.stringMatching(/^news\.md:9: empty-link: "No link" links nowhere/),
      expect.stringMatching(/^news\.md:10: escape: leftover escape \\\$ in "Costs/),
      expect.stringMatching(/^news\.md:10: escape: leftover escape \\\$ in "It costs/),
      expect.stringMatching(/^news\.md:11: cells: 1 cells where the header has 2/),
    ]);
  });

  it('keeps the cells an unescaped pipe split, and cleans the link', () => {
    expect(result.items[0]!.title).toBe('How many r in straw|berry?');
    expect(result.items[1]).toMatchObject({ summary: 'Uses Wolfram|Alpha as a tool.', url: 'https://example.com/post?id=3' });
  });

  it('resolves the heading to the most recent such week', () => {
    expect(result.items[0]!.week).toBe('2025-07-21');
  });
});

describe('week headings', () => {
  it.each([
    ['Week 21 - 27 July', { today: '2025-08-01' }, '2025-07-21'],
    ['Week 30 June - 6 July', { today: '2025-08-01' }, '2025-06-30'],
    ['Week 29 December - 4 January', { today: '2026-02-01' }, '2025-12-29'],
    ['Week 21 - 27 July', { today: '2026-11-22', month: '2025-07' }, '2025-07-21'],
    ['', { today: '2026-11-22' }, null],
  ])('%s', (label, options, expected) => {
    expect(parseMlNewsWeek(label, options)).toBe(expected);
  });
});
