import { useEffect, useState } from 'preact/hooks';
import type { PublishFormat } from '@/lib/publish/defaults';
import { GitHubError } from '@/lib/publish/github-api';
import { localToday } from '@/lib/dates';
import type { PublishSettings, PublishSettingsStore } from '@/utils/publish-settings';
import { Notice, type Tone } from '../Notice';

export interface PublishSettingsSectionProps {
  store: PublishSettingsStore;
  /** A list file read from GitHub, handed to the library page's importer. */
  onPulled(fileName: string, text: string): void;
}

/** The library page's "Publishing" section: where the week goes on GitHub, and with which token. */
export default function PublishSettingsSection({ store, onPulled }: PublishSettingsSectionProps) {
  const [settings, setSettings] = useState<PublishSettings | null>(null);
  const [masked, setMasked] = useState<string | null>(null);
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ tone: Tone; lines: string[] } | null>(null);
  const [pullFormat, setPullFormat] = useState<PublishFormat>('ml-news');

  useEffect(() => {
    void Promise.all([store.load(), store.maskedToken()]).then(([loaded, mask]) => {
      setSettings(loaded);
      setMasked(mask);
    });
  }, [store]);

  if (!settings) return <p class="hint">Reading the publishing settings…</p>;

  const update = (change: Partial<PublishSettings>) => {
    const next = { ...settings, ...change };
    setSettings(next);
    void store.save(next);
  };
  const fail = (error: unknown) =>
    setStatus({ tone: 'error', lines: [error instanceof GitHubError ? error.message : String((error as Error).message ?? error)] });

  const saveToken = async () => {
    if (!token.trim()) return;
    await store.saveToken(token);
    setToken('');
    setMasked(await store.maskedToken());
    setStatus({ tone: 'ok', lines: ['The token is saved in this browser only.'] });
  };

  const testConnection = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const api = await store.api();
      if (!api) throw new Error('Save a token first.');
      // The flow (merge, diff) loads when it is first used, not when the library page opens.
      const { describeAccess } = await import('@/lib/publish/publish-week');
      const access = await describeAccess(api, settings.repo, settings.branch);
      setStatus({ tone: access.ok ? 'ok' : 'error', lines: access.lines });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const pull = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const api = await store.api();
      if (!api) throw new Error('Save a token first.');
      const { fetchListFile } = await import('@/lib/publish/publish-week');
      const file = await fetchListFile(
        api,
        { repo: settings.repo, branch: settings.branch, file: settings.files[pullFormat], format: pullFormat },
        localToday(),
      );
      if (!file) setStatus({ tone: 'error', lines: [`There is no ${settings.files[pullFormat]} on the branch yet: nothing to pull.`] });
      else onPulled(file.path.split('/').pop()!, file.text);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="week" aria-labelledby="pb-publish-heading" id="publishing">
      <h2 id="pb-publish-heading">Publishing</h2>
      <p class="hint">Paperboy writes the week into your list's GitHub repository and reads the list back from it.</p>
      <div class="row">
        <div class="field">
          <label for="pb-pub-repo">Repository</label>
          <input
            id="pb-pub-repo"
            value={settings.repo}
            placeholder="owner/name"
            onChange={(e) => update({ repo: e.currentTarget.value.trim() })}
          />
        </div>
        <div class="field">
          <label for="pb-pub-branch">Branch</label>
          <input
            id="pb-pub-branch"
            value={settings.branch}
            placeholder="the default branch"
            onChange={(e) => update({ branch: e.currentTarget.value.trim() })}
          />
        </div>
      </div>
      <div class="row">
        <div class="field">
          <label for="pb-pub-file-ml">File for ML news</label>
          <input
            id="pb-pub-file-ml"
            value={settings.files['ml-news']}
            onChange={(e) => update({ files: { ...settings.files, 'ml-news': e.currentTarget.value.trim() } })}
          />
        </div>
        <div class="field">
          <label for="pb-pub-file-compass">File for monthly papers</label>
          <input
            id="pb-pub-file-compass"
            value={settings.files.compass}
            onChange={(e) => update({ files: { ...settings.files, compass: e.currentTarget.value.trim() } })}
          />
          <span class="hint">
            {'{month}'} and {'{year}'} become e.g. april and 2025.
          </span>
        </div>
      </div>
      <div class="field">
        <label for="pb-pub-mode">Mode</label>
        <select id="pb-pub-mode" value={settings.mode} onChange={(e) => update({ mode: e.currentTarget.value as PublishSettings['mode'] })}>
          <option value="commit">Commit to the branch</option>
          <option value="pull-request">Open a pull request from a new branch</option>
        </select>
      </div>
      <div class="row">
        <div class="field">
          <label for="pb-pub-token">Token</label>
          <input
            id="pb-pub-token"
            type="password"
            autoComplete="off"
            value={token}
            placeholder={masked ? `saved: ${masked}` : 'github_pat_…'}
            onInput={(e) => setToken(e.currentTarget.value)}
          />
          <span class="hint">
            A fine-grained token for this repository only: Contents read and write, plus Pull requests for the pull-request mode. Kept in
            this browser only, never synced.
          </span>
        </div>
      </div>
      <div class="actions">
        <button type="button" onClick={() => void saveToken()} disabled={!token.trim()}>
          Save token
        </button>
        <button
          type="button"
          disabled={!masked}
          onClick={() =>
            void store.removeToken().then(() => {
              setMasked(null);
              setStatus({ tone: 'ok', lines: ['The token is removed from this browser.'] });
            })
          }
        >
          Remove token
        </button>
        <button type="button" class="primary" onClick={() => void testConnection()} disabled={busy || !settings.repo || !masked}>
          Test connection
        </button>
      </div>
      <details>
        <summary>Advanced</summary>
        <div class="field">
          <label for="pb-pub-api">API address</label>
          <input id="pb-pub-api" value={settings.apiBase} onChange={(e) => update({ apiBase: e.currentTarget.value.trim() })} />
          <span class="hint">https://api.github.com, or for GitHub Enterprise Server https://HOST/api/v3.</span>
        </div>
      </details>
      <div class="row">
        <div class="field">
          <label for="pb-pull-format">Pull which list</label>
          <select id="pb-pull-format" value={pullFormat} onChange={(e) => setPullFormat(e.currentTarget.value as PublishFormat)}>
            <option value="ml-news">ML news</option>
            <option value="compass">Monthly papers (this month's file)</option>
          </select>
        </div>
      </div>
      <div class="actions">
        <button type="button" onClick={() => void pull()} disabled={busy || !settings.repo || !masked}>
          Pull from GitHub
        </button>
      </div>
      {status && (
        <Notice tone={status.tone}>
          {status.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </Notice>
      )}
    </section>
  );
}
