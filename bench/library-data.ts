import { itemFrom, SECTIONS, type Item } from '../lib/model';
import { addDays, localToday, mondayOf } from '../lib/dates';
import { paperKey } from '../lib/url';

const WORDS = (
  'researchers propose a method to improve reasoning in large language models by fine tuning only the first tokens ' +
  'of generated solutions the approach reduces computational cost while keeping accuracy across benchmarks and scales ' +
  'from small to large datasets with optional ground truth checks evaluations show gains on math coding and agents ' +
  // Real summaries are typographic: curly apostrophes and dashes are in most of them.
  'it’s the model’s – state-of-the-art results — on'
).split(' ');

/** Deterministic prose of about `length` characters. */
function prose(seed: number, length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += (i ? ' ' : '') + WORDS[(seed * 7 + i * 13) % WORDS.length];
  return out.charAt(0).toUpperCase() + out.slice(1) + '.';
}

/**
 * Four years of lists: 50 items a week, newest week this week. `realistic`: summaries of about
 * 600 characters like the seed lists, with curly apostrophes and dashes as real prose has, with a pipe in one item in ten, line breaks in one in four,
 * an emoji in one in twenty. Otherwise every cell is hostile (pipes, breaks, brackets, emoji).
 */
export function makeLibrary(count: number, options: { realistic?: boolean; today?: string } = {}): Array<Item & { paperKey: string }> {
  const monday = mondayOf(options.today ?? localToday());
  return Array.from({ length: count }, (_, i) => {
    const day = addDays(monday, -7 * Math.floor(i / 50) + (i % 7));
    const arxiv = i % 3 === 0;
    const id = `${2400 + (i % 100)}.${String(10000 + i).padStart(5, '0')}`;
    const summary = options.realistic
      ? prose(i, 600) +
        (i % 10 === 0 ? ' It compares A | B baselines.' : '') +
        (i % 4 === 0 ? `\n\nKey points:\n  -> ${prose(i + 1, 80)}\n  -> ${prose(i + 2, 80)}` : '') +
        (i % 20 === 0 ? ' 🔹 Open weights.' : '')
      : `A summary of item ${i} with a pipe | and a line break.\nSecond line with an emoji 🔹 and <br> typed.\n\n  -> an indented point`;
    const title = options.realistic
      ? `${prose(i + 3, 50).slice(0, -1)}${i % 10 === 0 ? ' [v2]' : ''}`
      : `Paper ${i}: scaling | reasoning with [brackets] and *stars*`;
    const item = itemFrom({
      title,
      url: arxiv ? `https://arxiv.org/abs/${id}` : `https://example.com/posts/${i}`,
      arxivId: arxiv ? id : null,
      section: SECTIONS[i % 4]!,
      summary,
      topics: [`Topic ${i % 40}`, 'LLM Reasoning'],
      day,
      order: i % 50,
    });
    return { ...item, paperKey: paperKey(item) };
  });
}
