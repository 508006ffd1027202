import type { ListedFields } from '../model';
import { compassBlock, MONTHS, toDate } from '../dates';
import { arxivIdFromUrl, arxivPdfUrl } from '../url';
import { encodeCell, encodeLinkText } from './cell';
import { linkSafeUrl } from '../url';

/** "Monthly papers by week": one file a month, blocks `## Week 1/4` to `## Week 4/4`. */
export const COMPASS_TABLE_HEADER = '| Title | Summary | Topics |\n| --- | --- | --- |';

export function compassLink(url: string): string {
  const id = arxivIdFromUrl(url);
  return linkSafeUrl(id ? arxivPdfUrl(id) : url);
}

export function toCompassRow(item: Pick<ListedFields, 'title' | 'url' | 'summary' | 'topics'>): string {
  return `| [${encodeLinkText(item.title)}](${compassLink(item.url)}) | ${encodeCell(item.summary)} | ${encodeCell(item.topics.join(', '))} |`;
}

export function compassBlockText(index: number, items: readonly ListedFields[]): string {
  return [`## Week ${index}/4`, COMPASS_TABLE_HEADER, ...items.map(toCompassRow)].join('\n') + '\n';
}

export function monthHeading(month: string): string {
  const date = toDate(`${month}-01`);
  return `# ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Whole months, newest first, each with its four blocks; a month heading only when there are several. */
export function exportCompass(items: readonly ListedFields[]): string {
  const months = new Map<string, ListedFields[][]>();
  for (const item of items) {
    const block = compassBlock(item.week);
    if (!months.has(block.month)) months.set(block.month, [[], [], [], []]);
    months.get(block.month)![block.index - 1]!.push(item);
  }
  const keys = [...months.keys()].sort().reverse();
  return keys
    .map((month) => {
      const blocks = months
        .get(month)!
        .map((rows, i) => compassBlockText(i + 1, rows))
        .join('\n\n');
      return keys.length > 1 ? `${monthHeading(month)}\n\n${blocks}` : blocks;
    })
    .join('\n\n');
}
