import { extractCapture } from '@/lib/capture/registry';
import { parseHtml } from '@/lib/cli/dom';
import { fixturePages } from '../fixtures';

/**
 * Agreement over the corpus of page shapes: each `corpus-*` and `heldout-*` page states on its
 * second line what a curator would write, `<!-- paperboy-expect: {"title", "authors", "published"} -->`,
 * independently of what the adapters give (the golden JSON beside it only freezes today's output).
 * Rates count the pages that state the field: a date only where the page gives one, authors only
 * where it names some. Targets come from issue 11.
 */
interface Expected {
  title: string;
  authors: string[];
  published: string | null;
  section?: string;
}

const EXPECT = /^<!-- paperboy-expect: (\{.*\}) -->$/m;

const graded = fixturePages()
  .filter((page) => /^(corpus|heldout\d*)-/.test(page.name))
  .map((page) => {
    const line = EXPECT.exec(page.html);
    if (!line) throw new Error(`${page.name} has no <!-- paperboy-expect: {...} --> line`);
    const expected = JSON.parse(line[1]!) as Expected;
    const got = extractCapture(parseHtml(page.html, page.url), page.url);
    return { page, expected, got };
  });

interface Rate {
  hits: number;
  total: number;
  misses: string[];
}

function rate(rows: typeof graded, applies: (e: Expected) => boolean, agrees: (row: (typeof graded)[number]) => boolean): Rate {
  const scored = rows.filter((row) => applies(row.expected));
  const misses = scored.filter((row) => !agrees(row));
  return { hits: scored.length - misses.length, total: scored.length, misses: misses.map((row) => row.page.name) };
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function rates(rows: typeof graded) {
  return {
    title: rate(
      rows,
      () => true,
      (r) => r.got.title === r.expected.title,
    ),
    published: rate(
      rows,
      (e) => e.published !== null,
      (r) => r.got.published === r.expected.published,
    ),
    authors: rate(
      rows,
      (e) => e.authors.length > 0,
      (r) => same(r.got.authors, r.expected.authors),
    ),
    section: rate(
      rows,
      (e) => e.section !== undefined,
      (r) => r.got.section === r.expected.section,
    ),
    // A day given for a page that states none (a "last edited" footer, a sidebar) is a miss too.
    'no invented authors': rate(
      rows,
      (e) => e.authors.length === 0,
      (r) => r.got.authors.length === 0,
    ),
    'no invented date': rate(
      rows,
      (e) => e.published === null,
      (r) => r.got.published === null,
    ),
  };
}

const share = (r: Rate) => (r.total ? r.hits / r.total : 1);
const show = (r: Rate) =>
  `${r.hits}/${r.total} (${(share(r) * 100).toFixed(1)}%)${r.misses.length ? ` missed: ${r.misses.join(', ')}` : ''}`;

describe('corpus of page shapes', () => {
  const sets = {
    'whole corpus': graded,
    'built-from pages (corpus-*)': graded.filter((row) => row.page.name.startsWith('corpus-')),
    'held-out pages (heldout-*)': graded.filter((row) => row.page.name.startsWith('heldout-')),
    // Written after the rules were fixed for heldout-*, measured before any rule was fixed for them.
    'held-out round 4 (heldout4-*)': graded.filter((row) => row.page.name.startsWith('heldout4-')),
    // Rounds 5 to 11 were each written by someone who never saw the rules or the earlier pages, each from a
    // list of site kinds. First look, before any rule was fixed for them (see the README's capture
    // section): round 5 title 91.3%, date 87.2%, authors 72.2%; round 6, after round 5's fixes,
    // title 91.1%, date 95.3%, authors 76.9%; round 7, after round 6's fixes, title 97.5%, date
    // 89.5%, authors 72.7%; round 8 (50 pages), after round 7's fixes, title 96.0%, date 95.7%,
    // authors 86.0%; round 9 (60 pages), after round 8's fixes, title 91.7%, date 92.9%, authors
    // 78.7% (and 5 of 13 pages that name no one given an author); round 10 (50 pages), after round
    // 9's fixes, title 100%, date 95.8%, authors 85.0% (none invented); round 11 (55 pages), after
    // round 10's fixes, title 98.2%, date 96.2%, authors 87.2% (none invented).
    'held-out round 5 (heldout5-*)': graded.filter((row) => row.page.name.startsWith('heldout5-')),
    'held-out round 6 (heldout6-*)': graded.filter((row) => row.page.name.startsWith('heldout6-')),
    'held-out round 7 (heldout7-*)': graded.filter((row) => row.page.name.startsWith('heldout7-')),
    'held-out round 8 (heldout8-*)': graded.filter((row) => row.page.name.startsWith('heldout8-')),
    'held-out round 9 (heldout9-*)': graded.filter((row) => row.page.name.startsWith('heldout9-')),
    'held-out round 10 (heldout10-*)': graded.filter((row) => row.page.name.startsWith('heldout10-')),
    'held-out round 11 (heldout11-*)': graded.filter((row) => row.page.name.startsWith('heldout11-')),
    'arXiv pages': graded.filter((row) => new URL(row.page.url).hostname.endsWith('arxiv.org')),
  };
  const all = rates(sets['whole corpus']);
  const arxiv = rates(sets['arXiv pages']);

  it('prints the agreement rates', () => {
    for (const [name, rows] of Object.entries(sets)) {
      const set = rates(rows);
      console.log(
        `${name}: ${rows.length} pages\n` +
          Object.entries(set)
            .map(([field, r]) => `  ${field}: ${show(r)}`)
            .join('\n'),
      );
    }
    expect(graded.length).toBeGreaterThanOrEqual(40);
  });

  it('meets the targets of issue 11', () => {
    expect(share(all.title)).toBeGreaterThanOrEqual(0.97);
    expect(share(all.published)).toBeGreaterThanOrEqual(0.9);
    expect(share(all.authors)).toBeGreaterThanOrEqual(0.85);
  });

  it('gets every arXiv page right', () => {
    expect(arxiv.title.total).toBeGreaterThan(0);
    expect([arxiv.title.misses, arxiv.authors.misses, arxiv.published.misses]).toEqual([[], [], []]);
  });
});
