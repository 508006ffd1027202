import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isDay } from '../dates';
import { parseBackup } from '../format/backup';
import { readList } from '../format/list-reader';
import { formatDiff } from '../publish/line-diff';
import { createGitHubApi, GitHubError } from '../publish/github-api';
import { publishWeek, type PublishPlan, type PublishTarget } from '../publish/publish-week';
import type { WeekItem } from '../publish/merge-result';

/**
 * `paperboy publish FILE --week YYYY-MM-DD --repo owner/name [--branch B] [--file PATH]
 * [--format ml-news|compass] [--pr] [--dry-run] [--api URL] [--message TEXT]`: the week held in FILE
 * (a backup or a list file) into the list's GitHub repository, with the token from GITHUB_TOKEN.
 * Exit 0 when published (or, with --dry-run, when the diff was printed), 1 when GitHub refused or
 * could not be reached, 2 for a mistake in the command or the file.
 */

export interface PublishIo {
  out(text: string): void;
  err(text: string): void;
}

export interface PublishDeps {
  env: Record<string, string | undefined>;
  fetch: typeof fetch;
  /** Today, for week headings that name no year. */
  today?: string;
}

export const PUBLISH_USAGE = `  paperboy publish FILE --week YYYY-MM-DD --repo owner/name [--branch B] [--file PATH]
                   [--format ml-news|compass] [--pr] [--dry-run] [--api URL] [--message TEXT]
                                            the week in FILE (backup or list) into the list's GitHub
                                            repository; token from GITHUB_TOKEN; --dry-run prints the diff`;

const VALUE_FLAGS = new Set(['week', 'repo', 'branch', 'file', 'format', 'api', 'message']);
const SWITCHES = new Set(['pr', 'dry-run']);

class PublishUsageError extends Error {}

function parsePublishArgs(args: readonly string[]) {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (SWITCHES.has(name)) {
      if (inline !== undefined) throw new PublishUsageError(`--${name} takes no value`);
      switches.add(name);
    } else if (VALUE_FLAGS.has(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new PublishUsageError(`--${name} needs a value`);
      values.set(name, value);
    } else throw new PublishUsageError(`publish has no option --${name}`);
  }
  return { positional, values, switches };
}

async function weekItemsOf(file: string, today?: string): Promise<WeekItem[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PublishUsageError(
      `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}`,
    );
  }
  if (/\.json$/i.test(file) || /^\s*[[{]/.test(text)) {
    let parsed;
    try {
      parsed = parseBackup(text);
    } catch (error) {
      throw new PublishUsageError(`${file}: ${(error as Error).message}`);
    }
    if (parsed.rejected.length) {
      throw new PublishUsageError(
        `${file}: ${parsed.rejected.length} item(s) rejected, nothing published:\n` +
          parsed.rejected.map((r) => `  items[${r.index}]: ${r.reason}`).join('\n'),
      );
    }
    return [...parsed.items].sort((a, b) => a.order - b.order);
  }
  const read = readList(text, { fileName: basename(file), today });
  if (!read.format) throw new PublishUsageError(`${file}: not a list Paperboy reads, and not a JSON backup`);
  return read.items.map(({ line: _line, ...item }) => item);
}

function describePlan(plan: PublishPlan, io: PublishIo): void {
  for (const d of plan.merge.duplicates) io.err(`paperboy: "${d.title}" is already listed in ${d.weekLabel} (line ${d.line})\n`);
  for (const o of plan.merge.offered) io.err(`paperboy: kept a row the backup does not hold (line ${o.line}): ${o.title} <${o.url}>\n`);
  for (const note of plan.merge.notes) io.err(`paperboy: ${note}\n`);
}

export async function runPublish(
  args: readonly string[],
  io: PublishIo,
  deps: PublishDeps = { env: process.env, fetch: globalThis.fetch },
): Promise<number> {
  try {
    const { positional, values, switches } = parsePublishArgs(args);
    const [file, ...extra] = positional;
    if (!file) throw new PublishUsageError('publish needs a file: paperboy publish FILE --week YYYY-MM-DD --repo owner/name');
    if (extra.length) throw new PublishUsageError(`publish takes one file, not also "${extra.join(' ')}"`);
    const week = values.get('week');
    if (!week || !isDay(week))
      throw new PublishUsageError(week ? `--week takes YYYY-MM-DD, not "${week}"` : 'publish needs the week: --week YYYY-MM-DD');
    const repo = values.get('repo');
    if (!repo) throw new PublishUsageError('publish needs the repository: --repo owner/name');
    const format = values.get('format') ?? 'ml-news';
    if (format !== 'ml-news' && format !== 'compass') throw new PublishUsageError(`unknown format "${format}": use ml-news or compass`);
    const token = deps.env.GITHUB_TOKEN?.trim();
    if (!token)
      throw new PublishUsageError(
        'publish needs a GitHub token in the GITHUB_TOKEN environment variable (a fine-grained token with Contents read and write)',
      );

    const items = await weekItemsOf(file, deps.today);
    const target: PublishTarget = {
      repo,
      branch: values.get('branch'),
      file: values.get('file'),
      format,
      mode: switches.has('pr') ? 'pull-request' : 'commit',
    };
    const dryRun = switches.has('dry-run');
    const api = createGitHubApi({ token, baseUrl: values.get('api'), fetch: deps.fetch });
    const outcome = await publishWeek(api, target, week, items, {
      today: deps.today,
      confirm: async (plan, reason) => {
        if (reason === 'changed-on-github')
          io.err(`paperboy: ${plan.path} changed on GitHub in between; read it again and merged the week again\n`);
        describePlan(plan, io);
        io.out(formatDiff(plan.diff, plan.path));
        return dryRun ? null : (values.get('message') ?? plan.message);
      },
    });
    if (outcome.kind === 'unchanged') {
      io.err(`paperboy: ${outcome.plan.path} on ${outcome.plan.branch} already holds this week as it is; nothing to publish\n`);
      return 0;
    }
    if (outcome.kind === 'cancelled') {
      io.err(`paperboy: dry run: nothing was written to ${outcome.plan.repoInfo.fullName}\n`);
      return 0;
    }
    const { done, plan } = outcome;
    io.err(`paperboy: committed "${values.get('message') ?? plan.message}" to ${plan.repoInfo.fullName} ${done.branch}\n`);
    io.out((done.pullRequest ? done.pullRequest.url : done.commitUrl) + '\n');
    return 0;
  } catch (error) {
    if (error instanceof PublishUsageError) {
      io.err(`paperboy: ${error.message}\n`);
      return 2;
    }
    if (error instanceof GitHubError) {
      io.err(`paperboy: ${error.message}\n`);
      return error.kind === 'bad-input' ? 2 : 1;
    }
    throw error;
  }
}
