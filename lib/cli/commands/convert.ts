import { basename } from 'node:path';
import { itemFrom, needsLink, type Item } from '../../model';
import { byLine, readList, type ListProblem } from '../../format/list-reader';
import { exportMlNews } from '../../format/mlnews';
import { exportCompass } from '../../format/compass';
import { makeBackup, parseBackup } from '../../format/backup';
import { isMonth } from '../../dates';
import { parseArgs, readText, UsageError, type Command } from '../io';

/** Problems that mean a row of the input is not in the output. */
const LOST_ROW_KINDS: ReadonlySet<ListProblem['kind']> = new Set(['unread-row', 'stray-row', 'foreign-table']);

const TARGETS = ['ml-news', 'compass', 'json'] as const;
type Target = (typeof TARGETS)[number];

function looksLikeJson(path: string, text: string): boolean {
  return /\.json$/i.test(path) || /^\s*[[{]/.test(text);
}

/**
 * `paperboy convert FILE --to ml-news|compass|json`. Nothing is dropped without a word: a row the
 * reader cannot turn into an item is named on stderr and the conversion refused (exit 1, nothing
 * written) unless `--skip-unread` accepts the loss. An item waiting for its link is written as the
 * list holds it (`[Title.]()` in markdown, `"url": ""` in a backup) and named on stderr.
 */
export const convert: Command = {
  usage: `paperboy convert FILE --to ml-news|compass|json [--month YYYY-MM] [--skip-unread]
                                            a list (either format) or a backup in another format`,
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['skip-unread']);
    const [file] = positional;
    const to = flags.get('to');
    if (!file || !to) throw new UsageError('convert needs a file and a format: paperboy convert FILE --to ml-news|compass|json', true);
    if (!(TARGETS as readonly string[]).includes(to)) throw new UsageError(`unknown format "${to}": use ml-news, compass or json`);
    const month = flags.get('month');
    if (month !== undefined && !isMonth(month)) throw new UsageError(`--month takes YYYY-MM, not "${month}"`);
    const text = await readText(file);

    let items: Item[];
    let lines: (number | null)[];
    if (looksLikeJson(file, text)) {
      let parsed;
      try {
        parsed = parseBackup(text);
      } catch (error) {
        throw new UsageError(`${file}: ${(error as Error).message}`);
      }
      if (parsed.rejected.length) {
        throw new UsageError(
          `${file}: ${parsed.rejected.length} item(s) rejected, nothing converted:\n` +
            parsed.rejected.map((r) => `  items[${r.index}]: ${r.reason}`).join('\n'),
        );
      }
      items = parsed.items;
      lines = items.map(() => null);
    } else {
      const result = readList(text, { fileName: basename(file), month });
      if (!result.format)
        throw new UsageError(
          `${file}: not a list Paperboy reads (no |Link|description| or | Title | Summary | Topics | table), and not a JSON backup`,
        );
      const lost = byLine(result.problems).filter((p) => LOST_ROW_KINDS.has(p.kind));
      for (const p of lost) io.err(`${file}:${p.line}: ${p.kind}: ${p.message}\n`);
      if (lost.length && flags.get('skip-unread') !== 'true') {
        io.err(`paperboy: ${file}: ${lost.length} row(s) above would be lost; nothing converted (--skip-unread to convert without them)\n`);
        return 1;
      }
      items = result.items.map(({ line: _line, ...listed }, order) => itemFrom({ ...listed, order }));
      lines = result.items.map((item) => item.line);
      for (const repair of result.repairs) io.err(`${file}: repaired ${repair}\n`);
    }
    items.forEach((item, i) => {
      if (!needsLink(item)) return;
      const where = lines[i] ? `${file}:${lines[i]}` : `${file}: items[${i}]`;
      io.err(`${where}: "${item.title}" has no link yet: written with an empty link\n`);
    });
    const target = to as Target;
    io.out(
      target === 'json'
        ? JSON.stringify(makeBackup(items), null, 2) + '\n'
        : target === 'ml-news'
          ? exportMlNews(items)
          : exportCompass(items),
    );
    return 0;
  },
};
