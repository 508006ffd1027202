import { basename } from 'node:path';
import { byLine, readList, SEVERITY, type ListFormat, type ProblemKind, type Severity } from '../../format/list-reader';
import { isMonth } from '../../dates';
import { annotation } from '../annotations';
import { parseArgs, readText, UsageError, type Command } from '../io';

/**
 * `paperboy lint FILE.md...`: every problem of every list, on its line. Exit 1 when any is an
 * error (warnings alone pass), 2 when a file cannot be read or is no list.
 */
type OutputFormat = 'text' | 'json' | 'github';
const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'github'];

interface FileReport {
  file: string;
  format: ListFormat | null;
  items: number;
  problems: { line: number; kind: ProblemKind; severity: Severity; message: string }[];
  /** Why the file was not checked (unreadable, or no list in it). */
  error?: string;
}

async function lintFile(file: string, month: string | undefined): Promise<FileReport> {
  let text: string;
  try {
    text = await readText(file);
  } catch (error) {
    return { file, format: null, items: 0, problems: [], error: (error as Error).message };
  }
  const result = readList(text, { fileName: basename(file), month });
  if (!result.format) {
    return {
      file,
      format: null,
      items: 0,
      problems: [],
      error: `${file}: no list table here (neither |Link|description| nor | Title | Summary | Topics |)`,
    };
  }
  return {
    file,
    format: result.format,
    items: result.items.length,
    problems: byLine(result.problems).map((p) => ({ line: p.line, kind: p.kind, severity: SEVERITY[p.kind], message: p.message })),
  };
}

export const lint: Command = {
  usage: `paperboy lint FILE.md... [--format text|json|github] [--month YYYY-MM]
                                            FILE:LINE: kind: message per problem; exit 1 on an error`,
  async run(args, io) {
    const { positional: files, flags } = parseArgs(args);
    if (!files.length) throw new UsageError('lint needs a list file: paperboy lint FILE.md', true);
    const format = (flags.get('format') ?? 'text') as OutputFormat;
    if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(`unknown output format "${format}": use text, json or github`);
    const month = flags.get('month');
    if (month !== undefined && !isMonth(month)) throw new UsageError(`--month takes YYYY-MM, not "${month}"`);

    const reports: FileReport[] = [];
    for (const file of files) reports.push(await lintFile(file, month));
    const all = reports.flatMap((r) => r.problems);
    const errors = all.filter((p) => p.severity === 'error').length;
    const warnings = all.length - errors;
    const unread = reports.filter((r) => r.error);

    if (format === 'json') {
      io.out(JSON.stringify({ files: reports, errors, warnings }, null, 2) + '\n');
    } else {
      const lines: string[] = [];
      for (const report of reports) {
        if (report.error) {
          if (format === 'github')
            lines.push(annotation({ severity: 'error', file: report.file, title: 'paperboy', message: report.error }));
          else io.err(`paperboy: ${report.error}\n`);
          continue;
        }
        for (const p of report.problems) {
          lines.push(
            format === 'github'
              ? annotation({ severity: p.severity, file: report.file, line: p.line, title: `paperboy ${p.kind}`, message: p.message })
              : `${report.file}:${p.line}: ${p.kind}: ${p.message}`,
          );
        }
      }
      if (format === 'github' && reports.length) {
        lines.push(`paperboy: ${reports.length - unread.length} file(s) checked, ${errors} error(s), ${warnings} warning(s)`);
      }
      if (lines.length) io.out(lines.join('\n') + '\n');
    }
    return unread.length ? 2 : errors ? 1 : 0;
  },
};
