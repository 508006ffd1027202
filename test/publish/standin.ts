import { createGitHubApi, type GitHubApi } from '@/lib/publish/github-api';
import { startGitHubStandin, type GitHubStandin, type StandinOptions } from '../github-standin/server';

export const WRITER = 'github_pat_writer_0123456789';
export const READER = 'github_pat_reader_0123456789';

/** A stand-in with `curator/list` (write), `curator/readonly` (read) for two tokens. */
export async function standinWithList(files: Record<string, string>, extra: Partial<StandinOptions> = {}): Promise<GitHubStandin> {
  const standin = await startGitHubStandin({
    tokens: {
      [WRITER]: { repos: { 'curator/list': 'write', 'curator/readonly': 'read' } },
      [READER]: { repos: { 'curator/list': 'read' } },
    },
    ...extra,
  });
  standin.createRepo('curator/list', files);
  standin.createRepo('curator/readonly', { 'README.md': '# read only\n' });
  return standin;
}

export function apiFor(standin: GitHubStandin, token = WRITER): GitHubApi {
  return createGitHubApi({ token, baseUrl: standin.url, fetch: globalThis.fetch });
}
