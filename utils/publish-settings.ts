import { browser } from 'wxt/browser';
import type { GitHubApi } from '@/lib/publish/github-api';
import { DEFAULT_API, DEFAULT_FILES, type PublishFormat, type PublishMode } from '@/lib/publish/defaults';

/**
 * Where publishing's settings live: `browser.storage.local` of this browser profile only, never
 * `storage.sync`. The token is stored apart from the rest, read only to build the API client, never
 * logged, and shown again only as its first and last characters.
 */

export interface PublishSettings {
  /** `owner/name`. */
  repo: string;
  /** Empty: the repository's default branch. */
  branch: string;
  files: Record<PublishFormat, string>;
  mode: PublishMode;
  /** `https://api.github.com`, or a GitHub Enterprise Server's `https://HOST/api/v3`. */
  apiBase: string;
}

export const DEFAULT_PUBLISH_SETTINGS: PublishSettings = {
  repo: '',
  branch: '',
  files: { ...DEFAULT_FILES },
  mode: 'commit',
  apiBase: DEFAULT_API,
};

const SETTINGS_KEY = 'publish.settings';
const TOKEN_KEY = 'publish.githubToken';

export interface PublishSettingsStore {
  load(): Promise<PublishSettings>;
  save(settings: PublishSettings): Promise<void>;
  /** The saved token shown masked (`github_pat_…9xQz`), or null when there is none. */
  maskedToken(): Promise<string | null>;
  saveToken(token: string): Promise<void>;
  removeToken(): Promise<void>;
  /** The API client with the saved token, or null when there is no token. */
  api(): Promise<GitHubApi | null>;
}

/** The token as shown again: its kind's public prefix (`github_pat_`, `ghp_`) and its last four characters, nothing else. */
export function maskToken(token: string): string {
  const prefix = /^(github_pat_|gh[pousr]_)/.exec(token)?.[1] ?? '';
  return token.length <= prefix.length + 8 ? `${prefix}…` : `${prefix}…${token.slice(-4)}`;
}

export const extensionPublishSettings: PublishSettingsStore = {
  async load() {
    const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Partial<PublishSettings> | undefined;
    return { ...DEFAULT_PUBLISH_SETTINGS, ...stored, files: { ...DEFAULT_PUBLISH_SETTINGS.files, ...stored?.files } };
  },
  async save(settings) {
    await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  },
  async maskedToken() {
    const token = (await browser.storage.local.get(TOKEN_KEY))[TOKEN_KEY] as string | undefined;
    return token ? maskToken(token) : null;
  },
  async saveToken(token) {
    await browser.storage.local.set({ [TOKEN_KEY]: token.trim() });
  },
  async removeToken() {
    await browser.storage.local.remove(TOKEN_KEY);
  },
  async api() {
    const stored = await browser.storage.local.get([TOKEN_KEY, SETTINGS_KEY]);
    const token = stored[TOKEN_KEY] as string | undefined;
    if (!token) return null;
    const settings = stored[SETTINGS_KEY] as Partial<PublishSettings> | undefined;
    // The client loads with the publisher, not with the page that shows the settings.
    const { createGitHubApi } = await import('@/lib/publish/github-api');
    // No cookies go with the token: GitHub's API answers CORS requests without credentials.
    return createGitHubApi({ token, baseUrl: settings?.apiBase, fetch: (url, init) => fetch(url, { ...init, credentials: 'omit' }) });
  },
};
