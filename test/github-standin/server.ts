/**
 * A stand-in for GitHub's REST API (the calls Paperboy makes), on 127.0.0.1, for tests. Each
 * repository is a real bare git repository on disk: blobs, trees, commits and refs are made by
 * `git`, so a blob's sha is the one git (and GitHub) computes, and a branch moves only by
 * `git update-ref NEW OLD` (compare and swap). Behaviour follows GitHub's documentation: files over
 * 1 MB come in JSON without content (encoding "none") and whole with the raw media type; a stale
 * `sha` gets 409; a missing `sha` 422; a non-fast-forward ref update 422; 401 without a known
 * token; 404 for what a token cannot see; 403 when it may not write; rate-limit headers count
 * down; CORS as api.github.com sends it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface TokenGrant {
  /** `owner/name` → what the token may do there; a repository not listed is invisible (404). */
  repos: Record<string, 'read' | 'write' | 'admin'>;
  /** Requests left before the rate limit (default 5000). */
  remaining?: number;
}

export interface PullRequestRecord {
  number: number;
  title: string;
  head: string;
  base: string;
  body: string;
  state: 'open';
  html_url: string;
}

export interface StandinOptions {
  tokens: Record<string, TokenGrant>;
  /** Serve HTTPS with this key and certificate (for a browser that must see https://api.github.com). */
  tls?: { key: string; cert: string };
  /** The address pages link to (`html_url`): `https://github.com` by default. */
  htmlBase?: string;
}

const ONE_MB = 1024 * 1024;
const HUNDRED_MB = 100 * ONE_MB;
const RATE_LIMIT = 5000;
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Paperboy Test',
  GIT_AUTHOR_EMAIL: 'paperboy@example.invalid',
  GIT_COMMITTER_NAME: 'GitHub',
  GIT_COMMITTER_EMAIL: 'noreply@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export class GitHubStandin {
  readonly root: string;
  url = '';
  private server: Server;
  private pulls = new Map<string, PullRequestRecord[]>();
  private defaults = new Map<string, string>();
  private resetAt = Math.floor(Date.now() / 1000) + 3600;
  /** Every request the stand-in answered, for tests that check what was sent (never logged). */
  readonly requests: { method: string; path: string; accept: string; status: number }[] = [];

  constructor(private options: StandinOptions) {
    this.root = mkdtempSync(join(tmpdir(), 'paperboy-github-'));
    const handler = (req: IncomingMessage, res: ServerResponse) => void this.handle(req, res);
    this.server = options.tls ? createHttpsServer(options.tls, handler) : createHttpServer(handler);
  }

  async listen(port = 0): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    const address = this.server.address() as AddressInfo;
    this.url = `${this.options.tls ? 'https' : 'http'}://127.0.0.1:${address.port}`;
    return this.url;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    rmSync(this.root, { recursive: true, force: true });
  }

  // ---- git, for the stand-in and for tests that look at the history ----

  gitDir(repo: string): string {
    return join(this.root, `${repo.toLowerCase()}.git`);
  }

  /** Runs git in the repository's bare directory and returns its output (trimmed). */
  git(repo: string, args: string[], input?: Buffer | string, env: Record<string, string> = {}): string {
    return this.gitBytes(repo, args, input, env).toString('utf8').trim();
  }

  private gitBytes(repo: string, args: string[], input?: Buffer | string, env: Record<string, string> = {}): Buffer {
    return execFileSync('git', ['--git-dir', this.gitDir(repo), ...args], {
      input,
      env: { ...process.env, ...GIT_ENV, ...env },
      maxBuffer: 2 * HUNDRED_MB,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  }

  private tryGit(repo: string, args: string[]): string | null {
    try {
      return this.git(repo, args);
    } catch {
      return null;
    }
  }

  /** Makes a repository with one commit holding `files` on `defaultBranch`. */
  createRepo(repo: string, files: Record<string, string | Buffer>, defaultBranch = 'main'): string {
    mkdirSync(this.gitDir(repo), { recursive: true });
    execFileSync('git', ['init', '--bare', '--quiet', '--initial-branch', defaultBranch, this.gitDir(repo)], {
      env: { ...process.env, ...GIT_ENV },
    });
    this.defaults.set(repo.toLowerCase(), defaultBranch);
    this.pulls.set(repo.toLowerCase(), []);
    return this.commitFiles(repo, defaultBranch, files, 'Initial commit', null);
  }

  /** Commits `files` onto `branch` (as a co-curator would on GitHub); `null` deletes a file. */
  commitFiles(
    repo: string,
    branch: string,
    files: Record<string, string | Buffer | null>,
    message: string,
    expectedOld?: string | null,
  ): string {
    const old = expectedOld === undefined ? this.tryGit(repo, ['rev-parse', '--verify', `refs/heads/${branch}^{commit}`]) : expectedOld;
    const index = join(this.root, `index-${process.pid}-${Math.random().toString(36).slice(2)}`);
    const env = { GIT_INDEX_FILE: index };
    try {
      if (old) this.git(repo, ['read-tree', old], undefined, env);
      else this.git(repo, ['read-tree', '--empty'], undefined, env);
      for (const [path, content] of Object.entries(files)) {
        if (content === null) this.git(repo, ['update-index', '--force-remove', path], undefined, env);
        else {
          const blob = this.git(repo, ['hash-object', '-w', '--stdin'], content);
          this.git(repo, ['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`], undefined, env);
        }
      }
      const tree = this.git(repo, ['write-tree'], undefined, env);
      const commit = this.git(repo, ['commit-tree', tree, ...(old ? ['-p', old] : []), '-m', message]);
      // Compare and swap: the branch moves only if it is still where it was read.
      this.git(repo, ['update-ref', `refs/heads/${branch}`, commit, old ?? '']);
      return commit;
    } finally {
      rmSync(index, { force: true });
    }
  }

  /** The file's text on a branch, or null. */
  fileAt(repo: string, ref: string, path: string): string | null {
    try {
      return this.gitBytes(repo, ['cat-file', 'blob', `${ref}:${path}`]).toString('utf8');
    } catch {
      return null;
    }
  }

  pullRequests(repo: string): PullRequestRecord[] {
    return [...(this.pulls.get(repo.toLowerCase()) ?? [])];
  }

  setRemaining(token: string, remaining: number): void {
    this.options.tokens[token]!.remaining = remaining;
  }

  // ---- HTTP ----

  private cors(res: ServerResponse): void {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader(
      'Access-Control-Expose-Headers',
      'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset',
    );
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.cors(res);
    const url = new URL(req.url ?? '/', 'http://standin');
    const record = { method: req.method ?? 'GET', path: url.pathname + url.search, accept: String(req.headers.accept ?? ''), status: 0 };
    this.requests.push(record);
    if (req.method === 'OPTIONS') {
      res.setHeader(
        'Access-Control-Allow-Headers',
        'Authorization, Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-Since, Accept-Encoding, X-GitHub-OTP, X-Requested-With, User-Agent, X-GitHub-Api-Version',
      );
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, PUT, DELETE');
      res.setHeader('Access-Control-Max-Age', '86400');
      res.writeHead(204).end();
      record.status = 204;
      return;
    }
    try {
      const body = await readBody(req);
      const token = /^(?:Bearer|token)\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
      const grant = token ? this.options.tokens[token] : undefined;
      if (!grant) throw new HttpError(401, 'Bad credentials');
      grant.remaining ??= RATE_LIMIT;
      const rateHeaders = () => ({
        'X-RateLimit-Limit': String(RATE_LIMIT),
        'X-RateLimit-Remaining': String(Math.max(0, grant.remaining!)),
        'X-RateLimit-Used': String(RATE_LIMIT - Math.max(0, grant.remaining!)),
        'X-RateLimit-Reset': String(this.resetAt),
        'X-RateLimit-Resource': 'core',
      });
      if (grant.remaining! <= 0) {
        for (const [k, v] of Object.entries(rateHeaders())) res.setHeader(k, v);
        throw new HttpError(
          403,
          'API rate limit exceeded for user ID 1. If you reach out to GitHub Support for help, please include the request ID.',
        );
      }
      grant.remaining!--;
      for (const [k, v] of Object.entries(rateHeaders())) res.setHeader(k, v);
      const answer = this.route(req.method ?? 'GET', url, body, grant, String(req.headers.accept ?? ''));
      record.status = answer.status;
      if (answer.raw) {
        res.writeHead(answer.status, {
          'Content-Type': 'application/vnd.github.raw; charset=utf-8',
          'Content-Length': answer.raw.length,
          ETag: `"${answer.etag}"`,
        });
        res.end(answer.raw);
      } else {
        const text = JSON.stringify(answer.json);
        res.writeHead(answer.status, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(text);
      }
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500;
      record.status = status;
      const message = error instanceof Error ? error.message : String(error);
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(
        JSON.stringify({
          message,
          documentation_url: 'https://docs.github.com/rest',
          status: String(status),
          ...(error instanceof HttpError ? error.extra : {}),
        }),
      );
    }
  }

  private route(
    method: string,
    url: URL,
    body: Buffer,
    grant: TokenGrant,
    accept: string,
  ): { status: number; json?: unknown; raw?: Buffer; etag?: string } {
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] !== 'repos' || parts.length < 3) throw new HttpError(404, 'Not Found');
    const repo = `${parts[1]}/${parts[2]}`;
    const key = Object.keys(grant.repos).find((name) => name.toLowerCase() === repo.toLowerCase());
    const access = key ? grant.repos[key] : undefined;
    if (!access || !this.defaults.has(repo.toLowerCase())) throw new HttpError(404, 'Not Found');
    const canWrite = access !== 'read';
    const rest = parts.slice(3);
    const json = () => {
      try {
        return JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>;
      } catch {
        throw new HttpError(400, 'Problems parsing JSON');
      }
    };
    const denyWrite = () => {
      if (!canWrite) throw new HttpError(403, 'Resource not accessible by personal access token');
    };

    if (rest.length === 0 && method === 'GET') {
      const [owner, name] = repo.split('/');
      return {
        status: 200,
        json: {
          name,
          full_name: `${owner}/${name}`,
          owner: { login: owner },
          private: false,
          html_url: `${this.htmlBase}/${owner}/${name}`,
          default_branch: this.defaults.get(repo.toLowerCase()),
          permissions: { admin: access === 'admin', maintain: access === 'admin', push: canWrite, triage: canWrite, pull: true },
        },
      };
    }
    if (rest[0] === 'git' && rest[1] === 'ref' && rest[2] === 'heads' && method === 'GET') {
      const branch = rest.slice(3).join('/');
      const sha = this.tryGit(repo, ['rev-parse', '--verify', `refs/heads/${branch}^{commit}`]);
      if (!sha) throw new HttpError(404, 'Not Found');
      return { status: 200, json: { ref: `refs/heads/${branch}`, object: { sha, type: 'commit' } } };
    }
    if (rest[0] === 'git' && rest[1] === 'refs' && rest.length === 2 && method === 'POST') {
      denyWrite();
      const input = json();
      const ref = String(input.ref ?? '');
      const sha = String(input.sha ?? '');
      if (!/^refs\/.+\/.+/.test(ref) || this.tryGit(repo, ['check-ref-format', ref]) === null)
        throw new HttpError(422, 'Reference name is invalid');
      if (!/^[0-9a-f]{40}$/.test(sha) || this.tryGit(repo, ['cat-file', '-e', `${sha}^{commit}`]) === null)
        throw new HttpError(422, 'Object does not exist');
      if (this.tryGit(repo, ['update-ref', ref, sha, '']) === null) throw new HttpError(422, 'Reference already exists');
      return { status: 201, json: { ref, object: { sha, type: 'commit' } } };
    }
    if (rest[0] === 'git' && rest[1] === 'refs' && rest[2] === 'heads' && method === 'PATCH') {
      denyWrite();
      const branch = rest.slice(3).join('/');
      const input = json();
      const sha = String(input.sha ?? '');
      const old = this.tryGit(repo, ['rev-parse', '--verify', `refs/heads/${branch}^{commit}`]);
      if (!old) throw new HttpError(422, 'Reference does not exist');
      if (this.tryGit(repo, ['cat-file', '-e', `${sha}^{commit}`]) === null) throw new HttpError(422, 'Object does not exist');
      if (!input.force && this.tryGit(repo, ['merge-base', '--is-ancestor', old, sha]) === null)
        throw new HttpError(422, 'Update is not a fast forward');
      if (this.tryGit(repo, ['update-ref', `refs/heads/${branch}`, sha, old]) === null)
        throw new HttpError(422, 'Update is not a fast forward');
      return { status: 200, json: { ref: `refs/heads/${branch}`, object: { sha, type: 'commit' } } };
    }
    if (rest[0] === 'contents' && method === 'GET')
      return this.getContents(repo, rest.slice(1).join('/'), url.searchParams.get('ref'), accept);
    if (rest[0] === 'contents' && method === 'PUT') {
      denyWrite();
      return this.putContents(repo, rest.slice(1).join('/'), json());
    }
    if (rest[0] === 'pulls' && rest.length === 1 && method === 'GET') return { status: 200, json: this.pullRequests(repo) };
    if (rest[0] === 'pulls' && rest.length === 1 && method === 'POST') {
      denyWrite();
      const input = json();
      const head = String(input.head ?? '');
      const base = String(input.base ?? '');
      const errors: { resource: string; field: string; code: string }[] = [];
      if (!input.title) errors.push({ resource: 'PullRequest', field: 'title', code: 'missing_field' });
      const headSha = this.tryGit(repo, ['rev-parse', '--verify', `refs/heads/${head}^{commit}`]);
      const baseSha = this.tryGit(repo, ['rev-parse', '--verify', `refs/heads/${base}^{commit}`]);
      if (!headSha) errors.push({ resource: 'PullRequest', field: 'head', code: 'invalid' });
      if (!baseSha) errors.push({ resource: 'PullRequest', field: 'base', code: 'invalid' });
      if (errors.length) throw new HttpError(422, 'Validation Failed', { errors });
      if (headSha === baseSha || this.tryGit(repo, ['merge-base', '--is-ancestor', headSha!, baseSha!]) !== null) {
        throw new HttpError(422, 'Validation Failed', {
          errors: [{ resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${head}` }],
        });
      }
      const list = this.pulls.get(repo.toLowerCase())!;
      const number = list.length + 1;
      const record: PullRequestRecord = {
        number,
        title: String(input.title),
        head,
        base,
        body: String(input.body ?? ''),
        state: 'open',
        html_url: `${this.htmlBase}/${repo}/pull/${number}`,
      };
      list.push(record);
      return { status: 201, json: record };
    }
    throw new HttpError(404, 'Not Found');
  }

  private get htmlBase(): string {
    return this.options.htmlBase ?? 'https://github.com';
  }

  private resolveRef(repo: string, ref: string | null): string {
    const name = ref ?? this.defaults.get(repo.toLowerCase())!;
    const sha =
      this.tryGit(repo, ['rev-parse', '--verify', '--quiet', `refs/heads/${name}^{commit}`]) ??
      (/^[0-9a-f]{40}$/.test(name) ? this.tryGit(repo, ['rev-parse', '--verify', '--quiet', `${name}^{commit}`]) : null);
    if (!sha) throw new HttpError(404, `No commit found for the ref ${name}`);
    return sha;
  }

  private getContents(repo: string, path: string, ref: string | null, accept: string) {
    const commit = this.resolveRef(repo, ref);
    const entry = this.tryGit(repo, ['ls-tree', '--long', commit, '--', path]);
    const match = entry ? /^(\d+) (\w+) ([0-9a-f]{40})\s+(-|\d+)\t(.*)$/.exec(entry.split('\n')[0]!) : null;
    if (!match || match[5] !== path) {
      if (this.tryGit(repo, ['rev-parse', '--verify', '--quiet', `${commit}:${path}`]) !== null) return { status: 200, json: [] };
      throw new HttpError(404, 'Not Found');
    }
    const [, , type, sha, sizeText] = match;
    if (type !== 'blob') return { status: 200, json: [] };
    const size = Number(sizeText);
    const [owner, name] = repo.split('/');
    if (/application\/vnd\.github(\.v3)?\.raw/.test(accept)) {
      if (size > HUNDRED_MB) throw new HttpError(403, 'This API returns blobs up to 100 MB in size.');
      return { status: 200, raw: this.gitBytes(repo, ['cat-file', 'blob', sha!]), etag: sha };
    }
    const over = size > ONE_MB;
    const content = over
      ? ''
      : (
          this.gitBytes(repo, ['cat-file', 'blob', sha!])
            .toString('base64')
            .match(/.{1,60}/g) ?? []
        ).join('\n') + (size ? '\n' : '');
    return {
      status: 200,
      json: {
        type: 'file',
        encoding: over ? 'none' : 'base64',
        size,
        name: path.split('/').pop(),
        path,
        content,
        sha,
        html_url: `${this.htmlBase}/${owner}/${name}/blob/${ref ?? this.defaults.get(repo.toLowerCase())}/${path}`,
      },
    };
  }

  private putContents(repo: string, path: string, input: Record<string, unknown>) {
    if (typeof input.message !== 'string' || !input.message) throw new HttpError(422, 'Invalid request.\n\n"message" wasn\'t supplied.');
    if (typeof input.content !== 'string' || !/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(input.content))
      throw new HttpError(422, 'Invalid request.\n\n"content" is not valid Base64.');
    const bytes = Buffer.from(input.content, 'base64');
    if (bytes.length > HUNDRED_MB) throw new HttpError(422, 'Invalid request.\n\nThe file is larger than 100 MB.');
    const branch = typeof input.branch === 'string' && input.branch ? input.branch : this.defaults.get(repo.toLowerCase())!;
    const old = this.tryGit(repo, ['rev-parse', '--verify', `refs/heads/${branch}^{commit}`]);
    if (!old) throw new HttpError(404, `Branch ${branch} not found`);
    const current = this.tryGit(repo, ['rev-parse', '--verify', '--quiet', `${old}:${path}`]);
    const given = typeof input.sha === 'string' ? input.sha : null;
    if (current && !given) throw new HttpError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
    if (current && given !== current) throw new HttpError(409, `${path} does not match ${given}`);
    if (!current && given) throw new HttpError(409, `${path} does not match ${given}`);
    let commit: string;
    try {
      commit = this.commitFiles(repo, branch, { [path]: bytes }, input.message, old);
    } catch {
      // The branch moved between the read and update-ref's compare-and-swap.
      throw new HttpError(409, `${path} does not match ${given}`);
    }
    const blob = this.git(repo, ['rev-parse', `${commit}:${path}`]);
    const [owner, name] = repo.split('/');
    return {
      status: current ? 200 : 201,
      json: {
        content: {
          name: path.split('/').pop(),
          path,
          sha: blob,
          size: bytes.length,
          html_url: `${this.htmlBase}/${owner}/${name}/blob/${branch}/${path}`,
        },
        commit: { sha: commit, message: input.message, html_url: `${this.htmlBase}/${owner}/${name}/commit/${commit}` },
      },
    };
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startGitHubStandin(options: StandinOptions): Promise<GitHubStandin> {
  const standin = new GitHubStandin(options);
  await standin.listen();
  return standin;
}
