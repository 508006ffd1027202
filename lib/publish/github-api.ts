/**
 * The few GitHub REST calls publishing needs, as GitHub documents them (API version 2022-11-28),
 * with `fetch` given: the extension passes the browser's, the command line Node's, tests a
 * stand-in's. Every failure becomes a `GitHubError` whose message says in words what happened and
 * what to do; the token is never put in a message or a log.
 */

import { DEFAULT_API } from './defaults';

export { DEFAULT_API };
const API_VERSION = '2022-11-28';

export type GitHubErrorKind =
  | 'bad-token' // 401
  | 'forbidden' // 403 without a rate limit
  | 'rate-limited' // 403/429 with x-ratelimit-remaining: 0, or a secondary limit (retry-after)
  | 'not-found' // 404
  | 'conflict' // 409: the file or branch changed since it was read
  | 'validation' // 422
  | 'network' // no answer at all
  | 'server' // 5xx
  | 'unreadable' // an answer Paperboy cannot use whole (not UTF-8, wrong checksum, not JSON)
  | 'bad-input'; // a repository name or API address Paperboy will not send a token to

export class GitHubError extends Error {
  constructor(
    readonly kind: GitHubErrorKind,
    message: string,
    readonly status: number | null = null,
    /** When a rate limit resets (403/429 with `x-ratelimit-reset`). */
    readonly resetAt: Date | null = null,
    /** Seconds GitHub asks to wait (secondary rate limits, `retry-after`). */
    readonly retryAfter: number | null = null,
    /** GitHub's own message, when it sent one. */
    readonly githubMessage = '',
  ) {
    super(message);
    this.name = 'GitHubError';
  }
}

export interface RepoRef {
  owner: string;
  name: string;
}

const NAME = /^[A-Za-z0-9_.-]+$/;

/** `owner/name` (also pasted as a github.com address) → the parts, or a message in words. */
export function parseRepo(text: string): RepoRef {
  const trimmed = text
    .trim()
    .replace(/^https?:\/\/[^/]+\//, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
  const [owner, name, ...rest] = trimmed.split('/');
  if (!owner || !name || rest.length || !NAME.test(owner) || !NAME.test(name) || name === '.' || name === '..') {
    throw new GitHubError('bad-input', `"${text}" is not a repository: write it as owner/name, e.g. SalvatoreRa/ML-news-of-the-week`);
  }
  return { owner, name };
}

/** The API address, checked: https, or plain http to this machine only (the tests' stand-in). */
export function parseApiBase(text: string | undefined): string {
  const raw = (text ?? '').trim() || DEFAULT_API;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new GitHubError('bad-input', `"${raw}" is not an address; GitHub Enterprise Server's is https://HOST/api/v3`);
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new GitHubError('bad-input', `the API address must start with https:// (the token is never sent in the clear): ${raw}`);
  }
  if (url.search || url.hash || url.username || url.password)
    throw new GitHubError('bad-input', `the API address takes no query, fragment or user: ${raw}`);
  return url.href.replace(/\/+$/, '');
}

export interface Permissions {
  admin: boolean;
  push: boolean;
  pull: boolean;
}

export interface RepoInfo {
  fullName: string;
  defaultBranch: string;
  private: boolean;
  /** What the token may do here; null when GitHub does not say (a token without access to the repository). */
  permissions: Permissions | null;
  htmlUrl: string;
}

export interface RemoteFile {
  path: string;
  /** The blob sha, to be given back when the file is updated. */
  sha: string;
  text: string;
  size: number;
}

export interface CommitDone {
  commitSha: string;
  commitUrl: string;
  /** The new blob sha of the file. */
  fileSha: string;
}

export interface PullRequest {
  number: number;
  url: string;
}

export interface GitHubApi {
  readonly base: string;
  getRepository(repo: RepoRef): Promise<RepoInfo>;
  /** The head commit of a branch; `null` when the branch does not exist. */
  getBranchHead(repo: RepoRef, branch: string): Promise<string | null>;
  /** The file at `ref`, read whole (raw media type when it is over 1 MB) and checked against its sha; `null` when there is none. */
  getFile(repo: RepoRef, path: string, ref: string): Promise<RemoteFile | null>;
  /** Creates or updates a file; `sha` is the blob it replaces (none for a new file): a stale one fails with 409. */
  putFile(repo: RepoRef, change: { path: string; text: string; message: string; branch: string; sha: string | null }): Promise<CommitDone>;
  /** Creates `refs/heads/NAME` at `sha`; never moves an existing branch. */
  createBranch(repo: RepoRef, name: string, sha: string): Promise<void>;
  createPullRequest(repo: RepoRef, request: { title: string; head: string; base: string; body: string }): Promise<PullRequest>;
}

export interface GitHubApiOptions {
  token: string;
  /** `https://api.github.com` by default; GitHub Enterprise Server: `https://HOST/api/v3`. */
  baseUrl?: string;
  fetch: typeof fetch;
}

const repoPath = (repo: RepoRef) => `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.name)}`;
const filePath = (path: string) => path.split('/').filter(Boolean).map(encodeURIComponent).join('/');
const refPath = (branch: string) => branch.split('/').map(encodeURIComponent).join('/');

/** UTF-8 bytes → base64, for any Unicode (btoa alone takes only Latin-1). */
export function utf8ToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The sha git gives a blob: SHA-1 of `blob LENGTH\0` and the bytes. */
export async function gitBlobSha(bytes: Uint8Array): Promise<string> {
  const header = new TextEncoder().encode(`blob ${bytes.length}\0`);
  const all = new Uint8Array(header.length + bytes.length);
  all.set(header);
  all.set(bytes, header.length);
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-1', all));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function decodeUtf8(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new GitHubError('unreadable', `${path} is not UTF-8 text; Paperboy does not write into it`);
  }
}

interface Call {
  method?: 'GET' | 'PUT' | 'POST';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  accept?: string;
  /** What a 404 means here, in words. */
  missing: string;
}

export function createGitHubApi(options: GitHubApiOptions): GitHubApi {
  const base = parseApiBase(options.baseUrl);
  const token = options.token.trim();
  if (!token) throw new GitHubError('bad-input', 'no token: make a fine-grained personal access token and save it in Paperboy');
  if (/[\s\u0000-\u001f\u007f-\uffff]/.test(token))
    throw new GitHubError('bad-input', 'the token holds spaces or characters a token never has: paste it again');
  /** A message from GitHub, with the token blotted out should it ever be echoed. */
  const clean = (text: string) => text.split(token).join('***');

  async function send(call: Call): Promise<Response> {
    const url = new URL(base + call.path);
    for (const [key, value] of Object.entries(call.query ?? {})) url.searchParams.set(key, value);
    let response: Response;
    try {
      response = await options.fetch(url.href, {
        method: call.method ?? 'GET',
        headers: {
          Accept: call.accept ?? 'application/vnd.github+json',
          Authorization: `Bearer ${token}`,
          'X-GitHub-Api-Version': API_VERSION,
          ...(call.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        },
        body: call.body !== undefined ? JSON.stringify(call.body) : undefined,
        cache: 'no-store',
        // The token goes to the API address and nowhere else, not even where a redirect points.
        redirect: 'error',
      });
    } catch (error) {
      throw new GitHubError(
        'network',
        clean(`GitHub could not be reached at ${base} (no network, or a wrong API address): ${(error as Error).message}`),
      );
    }
    if (response.ok) return response;
    throw await errorOf(response, call.missing);
  }

  async function errorOf(response: Response, missing: string): Promise<GitHubError> {
    let said = '';
    try {
      const body = (await response.json()) as { message?: string; errors?: { message?: string; code?: string; field?: string }[] };
      said = [body.message, ...(body.errors ?? []).map((e) => e.message ?? [e.field, e.code].filter(Boolean).join(' '))]
        .filter(Boolean)
        .join('; ');
    } catch {
      // A body that is not JSON adds nothing to the status.
    }
    said = clean(said);
    const status = response.status;
    const because = said ? ` (GitHub says: ${said})` : '';
    if (status === 401)
      return new GitHubError(
        'bad-token',
        'GitHub did not accept the token: it is wrong, expired or revoked. Make a new one and save it in Paperboy.',
        status,
      );
    if (status === 403 || status === 429) {
      const remaining = response.headers.get('x-ratelimit-remaining');
      const reset = Number(response.headers.get('x-ratelimit-reset'));
      const retryAfter = Number(response.headers.get('retry-after'));
      if (remaining === '0' && reset > 0) {
        const resetAt = new Date(reset * 1000);
        return new GitHubError(
          'rate-limited',
          `GitHub's rate limit for this token is used up; it resets at ${resetAt.toISOString().replace(/\.\d+Z$/, 'Z')}. Nothing was written.`,
          status,
          resetAt,
        );
      }
      if (retryAfter > 0 || /secondary rate limit/i.test(said)) {
        const wait = retryAfter > 0 ? retryAfter : 60;
        return new GitHubError(
          'rate-limited',
          `GitHub asks to slow down (a secondary rate limit): try again in ${wait} seconds. Nothing was written.`,
          status,
          null,
          wait,
        );
      }
      return new GitHubError(
        'forbidden',
        `The token may not do this: it needs access to this repository with Contents read and write (and Pull requests for the pull-request mode)${because}.`,
        status,
      );
    }
    if (status === 404) return new GitHubError('not-found', `Not found: ${missing}${because}.`, status, null, null, said);
    if (status === 409) return new GitHubError('conflict', `Someone changed it on GitHub since Paperboy read it${because}.`, status);
    if (status === 422) return new GitHubError('validation', `GitHub refused the change${because}.`, status);
    if (status >= 500) return new GitHubError('server', `GitHub had a problem (HTTP ${status}); try again in a moment${because}.`, status);
    return new GitHubError('server', `GitHub answered HTTP ${status}${because}.`, status);
  }

  async function json<T>(call: Call): Promise<T> {
    const response = await send(call);
    try {
      return (await response.json()) as T;
    } catch {
      throw new GitHubError('unreadable', `GitHub's answer to ${call.method ?? 'GET'} ${call.path} was not JSON`);
    }
  }

  const repoMissing = (repo: RepoRef) => `the repository ${repo.owner}/${repo.name}, or the token cannot see it`;

  return {
    base,
    async getRepository(repo) {
      const body = await json<{ full_name: string; default_branch: string; private: boolean; html_url: string; permissions?: Permissions }>(
        {
          path: repoPath(repo),
          missing: repoMissing(repo),
        },
      );
      return {
        fullName: body.full_name,
        defaultBranch: body.default_branch,
        private: body.private,
        htmlUrl: body.html_url,
        permissions: body.permissions
          ? { admin: !!body.permissions.admin, push: !!body.permissions.push, pull: !!body.permissions.pull }
          : null,
      };
    },

    async getBranchHead(repo, branch) {
      try {
        const body = await json<{ object: { sha: string; type: string } }>({
          path: `${repoPath(repo)}/git/ref/heads/${refPath(branch)}`,
          missing: `the branch ${branch} in ${repo.owner}/${repo.name}`,
        });
        return body.object.sha;
      } catch (error) {
        if (error instanceof GitHubError && error.kind === 'not-found') return null;
        throw error;
      }
    },

    async getFile(repo, path, ref) {
      const call = { path: `${repoPath(repo)}/contents/${filePath(path)}`, query: { ref }, missing: `the file ${path} on ${ref}` };
      let meta: { type: string; sha: string; size: number; content?: string; encoding?: string };
      try {
        meta = await json(call);
      } catch (error) {
        // A missing ref is 404 too, with its own message: only a missing file is "no file yet".
        if (error instanceof GitHubError && error.kind === 'not-found' && !/no commit found/i.test(error.githubMessage)) return null;
        throw error;
      }
      if (Array.isArray(meta) || meta.type !== 'file')
        throw new GitHubError('unreadable', `${path} is a ${Array.isArray(meta) ? 'folder' : meta.type}, not a file`);
      let bytes: Uint8Array;
      if (meta.encoding === 'base64' && meta.content !== undefined && !(meta.content === '' && meta.size > 0)) {
        bytes = base64ToBytes(meta.content);
      } else {
        // Over 1 MB GitHub sends no content in JSON (encoding "none"): the raw media type gives the bytes (up to 100 MB).
        const raw = await send({ ...call, accept: 'application/vnd.github.raw+json' });
        bytes = new Uint8Array(await raw.arrayBuffer());
      }
      const sha = await gitBlobSha(bytes);
      if (sha !== meta.sha) {
        throw new GitHubError(
          'conflict',
          `${path} was read in part or changed while it was read (its checksum does not match GitHub's); nothing was written`,
          null,
        );
      }
      return { path, sha, text: decodeUtf8(bytes, path), size: bytes.length };
    },

    async putFile(repo, change) {
      const body = await json<{ content: { sha: string }; commit: { sha: string; html_url: string } }>({
        method: 'PUT',
        path: `${repoPath(repo)}/contents/${filePath(change.path)}`,
        body: {
          message: change.message,
          content: utf8ToBase64(change.text),
          branch: change.branch,
          ...(change.sha ? { sha: change.sha } : {}),
        },
        missing: `the branch ${change.branch} in ${repo.owner}/${repo.name}`,
      });
      return { commitSha: body.commit.sha, commitUrl: body.commit.html_url, fileSha: body.content.sha };
    },

    async createBranch(repo, name, sha) {
      await json({
        method: 'POST',
        path: `${repoPath(repo)}/git/refs`,
        body: { ref: `refs/heads/${name}`, sha },
        missing: repoMissing(repo),
      });
    },

    async createPullRequest(repo, request) {
      const body = await json<{ number: number; html_url: string }>({
        method: 'POST',
        path: `${repoPath(repo)}/pulls`,
        body: request,
        missing: repoMissing(repo),
      });
      return { number: body.number, url: body.html_url };
    },
  };
}
