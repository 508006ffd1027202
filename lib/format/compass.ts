import type { ListedFields } from '../model';
import { compassBlock, MONTHS, toDate } from '../dates';
import { arxivIdFromUrl, arxivPdfUrl, linkSafeUrl } from '../url';
import { encodeCell, encodeLinkText } from './cell';

/** "Monthly papers by week": one file a month, blocks `## Week 1/4` to `## Week 4/4`. */
export const COMPASS_TABLE_HEADER = '| Title | Summary | Topics |\n| --- | --- | --- |';

/** arXiv papers by their PDF, as the list links them; an item's own `arxivId` spares a parse. */
export function compassLink(url: string, arxivId?: string | null): string {
  const id = arxivId === undefined ? arxivIdFromUrl(url) : arxivId;
  return linkSafeUrl(id ? arxivPdfUrl(id) : url);
}

export function toCompassRow(item: Pick<ListedFields, 'title' | 'url' | 'summary' | 'topics'> & { arxivId?: string | null }): string {
  return `| [${encodeLinkText(item.title)}](${compassLink(item.url, item.arxivId)}) | ${encodeCell(item.summary)} | ${encodeCell(item.topics.join(', '))} |`;
}

function pushBlock(lines: string[], index: number, items: readonly ListedFields[]): void {
  lines.push(`## Week ${index}/4`, COMPASS_TABLE_HEADER);
  for (const item of items) lines.push(toCompassRow(item));
}

export function compassBlockText(index: number, items: readonly ListedFields[]): string {
  const lines: string[] = [];
  pushBlock(lines, index, items);
  return lines.join('\n') + '\n';
}

export function monthHeading(month: string): string {
  const date = toDate(`${month}-01`);
  return `# ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Whole months, newest first, each with its four blocks; a month heading only when there are several. */
export function exportCompass(items: readonly ListedFields[]): string {
  const months = new Map<string, ListedFields[][]>();
  const blockOf = new Map<string, ReturnType<typeof compassBlock>>();
  for (const item of items) {
    let block = blockOf.get(item.day);
    if (!block) blockOf.set(item.day, (block = compassBlock(item.day)));
    if (!months.has(block.month)) months.set(block.month, [[], [], [], []]);
    months.get(block.month)![block.index - 1]!.push(item);
  }
  const keys = [...months.keys()].sort().reverse();
  const lines: string[] = [];
  for (const month of keys) {
    if (lines.length) lines.push('', '');
    if (keys.length > 1) lines.push(monthHeading(month), '');
    months.get(month)!.forEach((rows, i) => {
      if (i > 0) lines.push('', '');
      pushBlock(lines, i + 1, rows);
    });
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
