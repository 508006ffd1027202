import { compassBlock, MONTHS, mlNewsWeek, mlNewsWeekLabel, toDate } from '../dates';
import { mergeMlNews } from './merge-ml-news';
import { compassFilePath, mergeCompass } from './merge-compass';
import { lineDiff, type DiffHunk } from './line-diff';
import { GitHubError, parseRepo, type GitHubApi, type RemoteFile, type RepoInfo, type RepoRef } from './github-api';
import type { MergeResult, WeekItem } from './merge-result';
import { DEFAULT_FILES, type PublishFormat, type PublishMode } from './defaults';

/**
 * Publishing a week: read the file, merge the week into it, show the diff, then commit it (or open
 * a pull request from a new branch). Nothing is written before the curator confirms a diff, and a
 * file changed on GitHub in between (409) is read again and the week merged again into it.
 */

export { DEFAULT_FILES, type PublishFormat, type PublishMode } from './defaults';

export interface PublishTarget {
  /** `owner/name`. */
  repo: string;
  /** Empty: the repository's default branch. */
  branch?: string;
  /** The file; for monthly papers `{month}` and `{year}` are filled from the week. */
  file?: string;
  format: PublishFormat;
  mode: PublishMode;
}

export interface PublishPlan {
  repo: RepoRef;
  repoInfo: RepoInfo;
  /** The branch the week goes into (or the pull request's base). */
  branch: string;
  /** The branch's head commit when the file was read. */
  headSha: string;
  path: string;
  format: PublishFormat;
  mode: PublishMode;
  /** Any day of the week (or monthly block) being published: it stands for that period. */
  week: string;
  /** The file as read; null when it does not exist yet. */
  file: RemoteFile | null;
  merge: MergeResult;
  diff: DiffHunk[];
  /** The suggested commit message. */
  message: string;
}

export interface PublishDone {
  commitSha: string;
  commitUrl: string;
  /** The pull request, in the pull-request mode. */
  pullRequest: { number: number; url: string } | null;
  /** The branch the commit went to. */
  branch: string;
}

/** Whether a day falls in the period the week is published as: its Monday–Sunday week, or its `Week n/4` block of the month. */
export function inPublishedPeriod(format: PublishFormat, week: string): (day: string) => boolean {
  if (format === 'ml-news') {
    const start = mlNewsWeek(week).start;
    return (day) => mlNewsWeek(day).start === start;
  }
  const block = compassBlock(week);
  return (day) => day >= block.start && day <= block.end;
}

/** `Add ML news: Week 17 - 23 November`; `Update …` when the week is already in the file. */
export function commitMessage(format: PublishFormat, week: string, added: boolean): string {
  const verb = added ? 'Add' : 'Update';
  if (format === 'ml-news') return `${verb} ML news: ${mlNewsWeekLabel(mlNewsWeek(week))}`;
  const block = compassBlock(week);
  const date = toDate(week);
  return `${verb} papers: Week ${block.index}/4 of ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export function targetPath(target: Pick<PublishTarget, 'file' | 'format'>, week: string): string {
  const pattern = target.file?.trim() || DEFAULT_FILES[target.format];
  const path = target.format === 'compass' ? compassFilePath(pattern, week) : pattern;
  const clean = path.replace(/^\/+/, '');
  if (!clean || clean.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    throw new GitHubError('bad-input', `"${path}" is not a file path in a repository (e.g. README.md or folder/file.md)`);
  }
  return clean;
}

/** Reads the file and merges the week into it: everything the preview shows, nothing written. */
export async function preparePublish(
  api: GitHubApi,
  target: PublishTarget,
  week: string,
  items: readonly WeekItem[],
  options: { today?: string } = {},
): Promise<PublishPlan> {
  const repo = parseRepo(target.repo);
  const path = targetPath(target, week);
  const inWeek = inPublishedPeriod(target.format, week);
  if (!items.some((item) => inWeek(item.day))) {
    throw new GitHubError(
      'bad-input',
      `There is no item in ${commitMessage(target.format, week, true).replace(/^Add /, '')}: nothing to publish.`,
    );
  }
  const repoInfo = await api.getRepository(repo);
  if (repoInfo.permissions && !repoInfo.permissions.push) {
    throw new GitHubError('forbidden', `The token can read ${repoInfo.fullName} but not write to it: nothing can be published there.`, 403);
  }
  const branch = target.branch?.trim() || repoInfo.defaultBranch;
  const headSha = await api.getBranchHead(repo, branch);
  if (!headSha) throw new GitHubError('not-found', `Not found: the branch ${branch} in ${repoInfo.fullName}.`, 404);
  // Read at the head commit itself, so that a pull request's branch starts from exactly what was read.
  const file = await api.getFile(repo, path, headSha);
  const merge = (target.format === 'ml-news' ? mergeMlNews : mergeCompass)({ text: file?.text ?? '', week, items, today: options.today });
  return {
    repo,
    repoInfo,
    branch,
    headSha,
    path,
    format: target.format,
    mode: target.mode,
    week,
    file,
    merge,
    diff: lineDiff(file?.text ?? '', merge.text),
    message: commitMessage(target.format, week, merge.added),
  };
}

/** `paperboy/ml-news-2026-11-16`, then `-2`, `-3` … when taken. */
function pullRequestBranch(plan: PublishPlan, attempt: number): string {
  const start = plan.format === 'ml-news' ? mlNewsWeek(plan.week).start : compassBlock(plan.week).start;
  return `paperboy/${plan.format}-${start}${attempt > 1 ? `-${attempt}` : ''}`;
}

/**
 * Writes the plan the curator confirmed. A 409 (the file changed since it was read) propagates as a
 * `GitHubError` of kind `conflict`: `publishWeek` reads again and shows the new diff.
 */
export async function commitPlan(api: GitHubApi, plan: PublishPlan, message: string): Promise<PublishDone> {
  const text = message.trim() || plan.message;
  if (!plan.merge.changed)
    throw new GitHubError('validation', `${plan.path} already holds this week as it is: there is nothing to commit.`);
  if (plan.mode === 'commit') {
    const done = await api.putFile(plan.repo, {
      path: plan.path,
      text: plan.merge.text,
      message: text,
      branch: plan.branch,
      sha: plan.file?.sha ?? null,
    });
    return { commitSha: done.commitSha, commitUrl: done.commitUrl, pullRequest: null, branch: plan.branch };
  }
  let head = '';
  for (let attempt = 1; ; attempt++) {
    head = pullRequestBranch(plan, attempt);
    try {
      await api.createBranch(plan.repo, head, plan.headSha);
      break;
    } catch (error) {
      // 422 "Reference already exists": an earlier pull request's branch; never moved, a new name instead.
      if (!(error instanceof GitHubError && error.kind === 'validation' && attempt < 20)) throw error;
    }
  }
  const done = await api.putFile(plan.repo, {
    path: plan.path,
    text: plan.merge.text,
    message: text,
    branch: head,
    sha: plan.file?.sha ?? null,
  });
  const notes = [
    `Published by Paperboy: ${plan.merge.added ? 'adds' : 'updates'} ${plan.merge.heading.replace(/^#+\s*/, '')} in \`${plan.path}\`.`,
    ...plan.merge.notes,
    ...(plan.merge.offered.length ? [`Rows kept that the curator's library does not hold: ${plan.merge.offered.length}.`] : []),
  ];
  const pullRequest = await api.createPullRequest(plan.repo, { title: text, head, base: plan.branch, body: notes.join('\n\n') });
  return { commitSha: done.commitSha, commitUrl: done.commitUrl, pullRequest, branch: head };
}

export interface PublishWeekOptions {
  today?: string;
  /**
   * Shown every diff before anything is written: returns the commit message to use, or null to stop.
   * Called again with the new diff when the file changed on GitHub in between.
   */
  confirm(plan: PublishPlan, reason: 'first' | 'changed-on-github'): Promise<string | null>;
  /** How many times a file changed in between is read again (default 3). */
  attempts?: number;
}

export type PublishOutcome =
  | { kind: 'published'; plan: PublishPlan; done: PublishDone }
  | { kind: 'cancelled'; plan: PublishPlan }
  | { kind: 'unchanged'; plan: PublishPlan };

/** The whole flow, with the re-read on 409. */
export async function publishWeek(
  api: GitHubApi,
  target: PublishTarget,
  week: string,
  items: readonly WeekItem[],
  options: PublishWeekOptions,
): Promise<PublishOutcome> {
  const attempts = options.attempts ?? 3;
  let reason: 'first' | 'changed-on-github' = 'first';
  for (let attempt = 1; ; attempt++) {
    const plan = await preparePublish(api, target, week, items, { today: options.today });
    if (!plan.merge.changed) return { kind: 'unchanged', plan };
    const message = await options.confirm(plan, reason);
    if (message === null) return { kind: 'cancelled', plan };
    try {
      return { kind: 'published', plan, done: await commitPlan(api, plan, message) };
    } catch (error) {
      if (!(error instanceof GitHubError && error.kind === 'conflict') || attempt >= attempts) throw error;
      reason = 'changed-on-github';
    }
  }
}

/** "Test connection", in words: what the token can do on the repository. */
export async function describeAccess(api: GitHubApi, repoText: string, branch?: string): Promise<{ ok: boolean; lines: string[] }> {
  const repo = parseRepo(repoText);
  const info = await api.getRepository(repo);
  const lines = [`Connected to ${info.fullName} (${info.private ? 'private' : 'public'}), default branch ${info.defaultBranch}.`];
  const wanted = branch?.trim() || info.defaultBranch;
  const head = await api.getBranchHead(repo, wanted);
  if (!head) lines.push(`The branch ${wanted} does not exist.`);
  const p = info.permissions;
  if (!p) lines.push('GitHub does not say what this token may do here; publishing will tell.');
  else if (p.push) {
    lines.push(
      `The token reads this repository, and your account may write to it${p.admin ? ' (as an administrator)' : ''}: Paperboy can commit the week, or push a branch for a pull request.`,
    );
    // A repository's `permissions` are the account's role; what a fine-grained token was granted shows only when it writes.
    lines.push(
      'If the token was not given Contents: Read and write (and Pull requests, for pull requests), GitHub will refuse the first write, and Paperboy will say so.',
    );
  } else if (p.pull)
    lines.push('The token can only read here: Paperboy can pull the list, but not publish. Give it Contents: Read and write.');
  else lines.push('The token has no access to the contents here.');
  return { ok: !!head && (!p || p.push), lines };
}

/**
 * "Pull from GitHub": the list file as it is on the branch, for the importer. A month file for
 * monthly papers is the one holding `day`. Null when the file does not exist.
 */
export async function fetchListFile(
  api: GitHubApi,
  target: Pick<PublishTarget, 'repo' | 'branch' | 'file' | 'format'>,
  day: string,
): Promise<{ path: string; branch: string; text: string } | null> {
  const repo = parseRepo(target.repo);
  const path = targetPath(target, day);
  const info = await api.getRepository(repo);
  const branch = target.branch?.trim() || info.defaultBranch;
  const head = await api.getBranchHead(repo, branch);
  if (!head) throw new GitHubError('not-found', `Not found: the branch ${branch} in ${info.fullName}.`, 404);
  const file = await api.getFile(repo, path, head);
  return file ? { path, branch, text: file.text } : null;
}
