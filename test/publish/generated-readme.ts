import { addDays, mlNewsWeek, mlNewsWeekLabel } from '@/lib/dates';
import { githubSlug } from '@/lib/format/github-anchors';
import { mlNewsWeekBlock } from '@/lib/format/mlnews';
import { SECTIONS, type ListedFields } from '@/lib/model';
import { weekYear } from '@/lib/publish/merge-ml-news';

/**
 * An ML news README shaped like the public list (index by year, `# YYYY`, week blocks ending with
 * a picture and a back-to-index link), of made-up items, as large as asked: the real one is 1.1 MB.
 */
export function generatedReadme(minBytes: number, newestMonday = '2026-11-09'): string {
  const weeks: { monday: string; block: string }[] = [];
  let size = 0;
  for (let monday = newestMonday, n = 0; size < minBytes; monday = addDays(monday, -7), n++) {
    const items: ListedFields[] = Array.from({ length: 12 }, (_, i) => ({
      title: `Made-up finding ${n}.${i} about sparse mixtures`,
      url:
        i % 2
          ? `https://example.org/posts/${n}-${i}`
          : `https://arxiv.org/abs/26${String(11 - (n % 11)).padStart(2, '0')}.${String(n * 100 + i).padStart(5, '0')}`,
      section: SECTIONS[i % 4]!,
      summary: `An invented summary for week ${n}, item ${i}: ${'lorem ipsum dolor sit amet, '.repeat(20)}the end.`,
      topics: [],
      day: monday,
    }));
    const block =
      mlNewsWeekBlock(mlNewsWeek(monday), items) + `\n![image](https://example.org/pictures/${monday}.png)\n\n[Back to index](#Index)\n\n`;
    weeks.push({ monday, block });
    size += block.length;
  }
  const years = [...new Set(weeks.map((w) => weekYear(w.monday)))];
  const index = years.flatMap((year) => [
    `## ${year}`,
    '',
    ...weeks
      .filter((w) => weekYear(w.monday) === year)
      .map(
        (w) => `* [ML news: ${mlNewsWeekLabel(mlNewsWeek(w.monday))}](#${githubSlug(`ML news: ${mlNewsWeekLabel(mlNewsWeek(w.monday))}`)})`,
      ),
    '',
  ]);
  // Repeated headings across years get -1 … in GitHub's anchors; this made-up index, like the real one, ignores that.
  const body = years.flatMap((year) => [
    `# ${year}`,
    '',
    weeks
      .filter((w) => weekYear(w.monday) === year)
      .map((w) => w.block)
      .join(''),
  ]);
  return ['# ML news of the week (generated for tests)', '', '# Index', '', ...index, ...body].join('\n');
}
