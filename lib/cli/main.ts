import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { itemFrom, type Capture, type Item } from '../model';
import { extractCapture } from '../capture/registry';
import { readList, formatProblems, type ListFormat } from '../format/list-reader';
import { exportMlNews } from '../format/mlnews';
import { exportCompass } from '../format/compass';
import { makeBackup, parseBackup } from '../format/backup';
import { isMonth } from '../dates';
import { parseHtml } from './dom';
import { PUBLISH_USAGE, runPublish } from './publish';

/** `paperboy extract|lint|convert`: the extension's own code, on files. */

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const USAGE = `usage:
  paperboy extract PAGE.html --url URL      the capture of a saved page, as JSON
  paperboy lint FILE.md                     one line per problem: FILE:LINE: kind: message
  paperboy convert FILE --to ml-news|compass|json [--month YYYY-MM]
                                            a list (either format) or a backup in another format
${PUBLISH_USAGE}`;

class UsageError extends Error {}

function parseArgs(args: string[]): { positional: string[]; flags: Map<string, string> } {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
    } else positional.push(arg);
  }
  return { positional, flags };
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : String((error as Error).message);
    throw new UsageError(`cannot read ${path}: ${why}`);
  }
}

function captureFields(capture: Capture): Capture {
  const { title, url, authors, published, abstract, arxivId, siteName, section, selection } = capture;
  return { title, url, authors, published, abstract, arxivId, siteName, section, selection };
}

async function extract(args: string[], io: Io): Promise<number> {
  const { positional, flags } = parseArgs(args);
  const [file] = positional;
  if (!file) throw new UsageError('extract needs a saved page: paperboy extract PAGE.html --url URL');
  const url = flags.get('url');
  if (!url) throw new UsageError('extract needs the page address: --url URL');
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    throw new UsageError(`"${url}" is not an address`);
  }
  const html = await readText(file);
  const capture = extractCapture(parseHtml(html, address.href), address);
  io.out(JSON.stringify(captureFields(capture), null, 2) + '\n');
  return 0;
}

async function lint(args: string[], io: Io): Promise<number> {
  const { positional, flags } = parseArgs(args);
  const [file] = positional;
  if (!file) throw new UsageError('lint needs a list file: paperboy lint FILE.md');
  const text = await readText(file);
  const result = readList(text, { fileName: basename(file), month: flags.get('month') });
  if (!result.format) throw new UsageError(`${file}: no list table here (neither |Link|description| nor | Title | Summary | Topics |)`);
  const lines = formatProblems(file, result.problems);
  if (lines.length) io.out(lines.join('\n') + '\n');
  return lines.length ? 1 : 0;
}

function looksLikeJson(path: string, text: string): boolean {
  return /\.json$/i.test(path) || /^\s*[[{]/.test(text);
}

async function convert(args: string[], io: Io): Promise<number> {
  const { positional, flags } = parseArgs(args);
  const [file] = positional;
  const to = flags.get('to');
  if (!file || !to) throw new UsageError('convert needs a file and a format: paperboy convert FILE --to ml-news|compass|json');
  if (!['ml-news', 'compass', 'json'].includes(to)) throw new UsageError(`unknown format "${to}": use ml-news, compass or json`);
  const month = flags.get('month');
  if (month !== undefined && !isMonth(month)) throw new UsageError(`--month takes YYYY-MM, not "${month}"`);
  const text = await readText(file);

  let items: Item[];
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
  } else {
    const result = readList(text, { fileName: basename(file), month });
    if (!result.format)
      throw new UsageError(
        `${file}: not a list Paperboy reads (no |Link|description| or | Title | Summary | Topics | table), and not a JSON backup`,
      );
    items = result.items.map(({ line: _line, ...listed }, order) => itemFrom({ ...listed, order }));
    for (const repair of result.repairs) io.err(`${file}: repaired ${repair}\n`);
  }
  const format = to as ListFormat | 'json';
  const output =
    format === 'json'
      ? JSON.stringify(makeBackup(items), null, 2) + '\n'
      : format === 'ml-news'
        ? exportMlNews(items)
        : exportCompass(items);
  io.out(output);
  return 0;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'extract':
        return await extract(rest, io);
      case 'lint':
        return await lint(rest, io);
      case 'convert':
        return await convert(rest, io);
      case 'publish':
        return await runPublish(rest, io);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.out(USAGE + '\n');
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`paperboy: ${error.message}\n`);
      if (/^unknown command|needs/.test(error.message)) io.err(USAGE + '\n');
      return 2;
    }
    io.err(`paperboy: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}
