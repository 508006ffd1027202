import { pageKind, restrictionMessage } from '@/lib/capture/restricted';
import { addTopic, canonicalTopics, suggestTopics } from '@/lib/topics';
import { inListOrder, markdownFor, moveItem, moveItemTo, periodFor } from '@/lib/format/copy';
import { exportTemplate, unknownPlaceholders } from '@/lib/format/template';
import { cleanTitle } from '@/lib/capture/site';
import { parseDay } from '@/lib/capture/read';
import { itemFrom, type Item } from '@/lib/model';
import { findMojibake, repairMojibake, withoutMojibake } from '@/lib/format/mojibake';

describe('pages no script may read', () => {
  it.each([
    ['chrome://extensions/', 'restricted'],
    ['https://chromewebstore.google.com/detail/abc', 'restricted'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'pdf'],
    ['https://arxiv.org/pdf/2106.09685v2', 'pdf-arxiv'],
    ['https://example.com/paper.pdf', 'pdf'],
    ['about:blank', 'restricted'],
    [undefined, 'restricted'],
    ['https://arxiv.org/abs/2106.09685', 'readable'],
  ])('%s is %s', (url, kind) => {
    expect(pageKind(url)).toBe(kind);
  });

  it('explains itself', () => {
    expect(restrictionMessage('restricted')).toMatch(/does not let extensions read this page/);
    expect(restrictionMessage('readable')).toBeNull();
  });
});

describe('titles', () => {
  const at = (u: string) => new URL(u);
  it.each([
    ['Mistral releases a model | TechCrunch', 'https://techcrunch.com/x', 'TechCrunch', 'Mistral releases a model'],
    ['Tracing thoughts \\ Anthropic', 'https://www.anthropic.com/news/x', null, 'Tracing thoughts'],
    ['Why Scaling Laws Bend | by Jane Doe | Medium', 'https://medium.com/@j/x', 'Medium', 'Why Scaling Laws Bend'],
    ['Paper page - One Token to Fool LLM-as-a-Judge', 'https://huggingface.co/papers/2507.08794', null, 'One Token to Fool LLM-as-a-Judge'],
    ['The First Few Tokens | alphaXiv', 'https://www.alphaxiv.org/abs/2503.02875', 'alphaXiv', 'The First Few Tokens'],
    [
      'GitHub - karpathy/nanoGPT: The simplest repo',
      'https://github.com/karpathy/nanoGPT',
      'GitHub',
      'karpathy/nanoGPT: The simplest repo',
    ],
    ['Harnessing the Reasoning Economy - A Survey', 'https://example.org/x', null, 'Harnessing the Reasoning Economy - A Survey'],
  ])('%s', (raw, url, site, expected) => {
    expect(cleanTitle(raw, at(url), site)).toBe(expected);
  });
});

describe('dates', () => {
  it.each([
    ['2021/06/17', '2021-06-17'],
    ['2025-07-22T16:30:00+00:00', '2025-07-22'],
    ['17 Jun 2021', '2021-06-17'],
    ['Jul 11, 2025', '2025-07-11'],
    ['March 3rd, 2024', '2024-03-03'],
    ['2021/02/30', null],
    ['not a date', null],
  ])('%s → %s', (raw, day) => {
    expect(parseDay(raw)).toBe(day);
  });
});

describe('topics', () => {
  it('keeps the spelling already in use', () => {
    expect(canonicalTopics('reasoning llm, Agents,, agents', ['LLM Reasoning'])).toEqual(['LLM Reasoning', 'Agents']);
  });
  it('suggests topics matching what is typed', () => {
    expect(suggestTopics('Agents, rea', ['LLM Reasoning', 'Agents', 'Vision'])).toEqual(['LLM Reasoning']);
    expect(addTopic('Agents, rea', 'LLM Reasoning')).toBe('Agents, LLM Reasoning, ');
  });
});

describe('the week list', () => {
  const make = (title: string, section: Item['section'], order: number): Item => ({
    ...itemFrom({ title, url: `https://example.com/${title}`, section, summary: '', topics: [], week: '2025-07-22' }),
    order,
  });
  const items = [make('a', 'Research', 0), make('b', 'Research', 1), make('c', 'Research', 2), make('n', 'News', 0)];

  it('moves an item within its section and renumbers only what changed', () => {
    expect(moveItem(items, items[2]!.id, -1, true).map((i) => [i.title, i.order])).toEqual([
      ['c', 1],
      ['b', 2],
    ]);
    expect(moveItem(items, items[0]!.id, -1, true)).toEqual([]);
    expect(moveItemTo(items, items[0]!.id, items[2]!.id, true).map((i) => [i.title, i.order])).toEqual([
      ['b', 0],
      ['c', 1],
      ['a', 2],
    ]);
    expect(moveItemTo(items, items[0]!.id, items[3]!.id, true)).toEqual([]);
  });

  it('orders items as the format groups them', () => {
    const mixed = [make('n', 'News', 0), make('r', 'Research', 1), make('s', 'Research', 0)];
    expect(inListOrder(mixed, 'ml-news').map((i) => i.title)).toEqual(['s', 'r', 'n']);
    // The one-table format follows the curator's order alone, across sections.
    expect(inListOrder(mixed, 'compass').map((i) => i.title)).toEqual(['n', 's', 'r']);
  });

  it('copies the period in the chosen format', () => {
    expect(periodFor('ml-news', '2025-07-22')).toEqual({ start: '2025-07-21', end: '2025-07-27', label: 'Week 21 - 27 July' });
    expect(periodFor('compass', '2025-07-22')).toEqual({ start: '2025-07-22', end: '2025-07-31', label: 'Week 4/4 of July 2025' });
    expect(markdownFor('ml-news', '2025-07-22', items).split('\n').slice(0, 8)).toEqual([
      '# ML news: Week 21 - 27 July',
      '',
      '## Research',
      '|Link|description|',
      '|---|---|',
      '|[a.](https://example.com/a) | |',
      '|[b.](https://example.com/b) | |',
      '|[c.](https://example.com/c) | |',
    ]);
    expect(markdownFor('compass', '2025-07-22', items.slice(0, 1))).toBe(
      '## Week 4/4\n| Title | Summary | Topics |\n| --- | --- | --- |\n| [a](https://example.com/a) |  |  |\n',
    );
  });

  it('fills a custom row template', () => {
    const it = { ...items[0]!, summary: 'x | y\nz', topics: ['T1', 'T2'], authors: ['Ann', 'Bo'], published: '2025-07-01' };
    expect(exportTemplate([it], '| [{title}]({url}) | {summary} | {topics} | {authors} | {date} |')).toBe(
      '| [a](https://example.com/a) | x \\| y <br> z | T1, T2 | Ann, Bo | 2025-07-01 |\n',
    );
    expect(unknownPlaceholders('{title} {nope}')).toEqual(['nope']);
  });
});

describe('mojibake', () => {
  it('leaves real accents alone and repairs UTF-8 read as Mac Roman', () => {
    expect(findMojibake('café naïve Zürich')).toEqual([]);
    expect(repairMojibake('aren‚Äôt \uf8ffüîπ ‚Äì ÔøΩ').text).toBe('aren’t 🔹 – \ufffd');
  });

  it('leaves typographic text alone, and finds mojibake right after other wide characters', () => {
    const typographic = 'It’s the model’s “best” result – by far — see §2, 🔹 π ≈ 3.14 · Zürich';
    expect(findMojibake(typographic)).toEqual([]);
    expect(withoutMojibake(typographic)).toBe(typographic);
    // A wide neighbour before the lead character must not hide the pair.
    expect(withoutMojibake('’‚Äôs')).toBe('’’s');
    expect(withoutMojibake('🔹‚Äôs')).toBe('🔹’s');
    expect(withoutMojibake('‚Äô‚Äô')).toBe('’’');
  });
});
