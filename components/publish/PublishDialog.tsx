import type { ComponentChildren } from 'preact';
import { Fragment } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  commitPlan,
  inPublishedPeriod,
  preparePublish,
  type PublishDone,
  type PublishPlan,
  type PublishTarget,
} from '@/lib/publish/publish-week';
import { GitHubError, type GitHubApi } from '@/lib/publish/github-api';
import type { ImportedItem } from '@/lib/format/list-reader';
import type { WeekItem } from '@/lib/publish/merge-result';
import { Notice } from '../Notice';
import type { PublishFormat } from '@/lib/publish/publish-week';
import type { PublishSettingsStore } from '@/utils/publish-settings';

export interface PublishDialogProps {
  /** The API client with the saved token (`extensionPublishSettings.api()`), or null when none is saved. */
  api: GitHubApi | null;
  target: PublishTarget;
  /** Any day of the week. */
  week: string;
  items: readonly WeekItem[];
  onClose(): void;
  /** Rows found in the week's block that the library does not hold, when the curator chooses to import them. */
  onImport?(items: ImportedItem[]): void;
  /** Where the publishing settings are (the library page's "Publishing" section). */
  settingsHref?: string;
}

type Stage =
  | { kind: 'reading' }
  | { kind: 'preview'; plan: PublishPlan; changedOnGitHub: boolean }
  | { kind: 'writing'; plan: PublishPlan }
  | { kind: 'done'; plan: PublishPlan; done: PublishDone }
  | { kind: 'failed'; message: string };

const messageOf = (error: unknown) => (error instanceof GitHubError ? error.message : `Something went wrong: ${(error as Error).message}`);

/**
 * A link to the Publishing section: on the library page an anchor in the page; from the popup or
 * side panel the library page in a tab of its own (a plain link would turn the popup into it).
 */
export function SettingsLink({ href, children }: { href: string; children: ComponentChildren }) {
  return href.startsWith('#') ? (
    <a href={href}>{children}</a>
  ) : (
    <a href={href} target="_blank" rel="noopener">
      {children}
    </a>
  );
}

/** Publish week: the diff of the file, an editable commit message, then the link to the commit or pull request. */
export function PublishDialog({ api, target, week, items, onClose, onImport, settingsHref }: PublishDialogProps) {
  const [stage, setStage] = useState<Stage>({ kind: 'reading' });
  const [message, setMessage] = useState('');
  // A message the curator edited is theirs: reading the file again must not replace it.
  const messageEdited = useRef(false);

  // Each read gets a number: an answer to an earlier read (other props, a closed dialog) is dropped.
  const reads = useRef(0);
  const read = useCallback(
    async (changedOnGitHub: boolean) => {
      const id = ++reads.current;
      if (!api) return setStage({ kind: 'failed', message: 'No GitHub token is saved: set up publishing first.' });
      setStage({ kind: 'reading' });
      try {
        const plan = await preparePublish(api, target, week, items);
        if (id !== reads.current) return;
        if (!changedOnGitHub && !messageEdited.current) setMessage(plan.message);
        setStage({ kind: 'preview', plan, changedOnGitHub });
      } catch (error) {
        if (id === reads.current) setStage({ kind: 'failed', message: messageOf(error) });
      }
    },
    [api, target, week, items],
  );

  useEffect(() => {
    void read(false);
    // The counter, not a rendered node: bumping it on cleanup drops the answer to this read.
    const counter = reads;
    return () => {
      counter.current++;
    };
  }, [read]);

  const confirm = async (plan: PublishPlan) => {
    setStage({ kind: 'writing', plan });
    try {
      setStage({ kind: 'done', plan, done: await commitPlan(api!, plan, message) });
    } catch (error) {
      // Someone changed the file in between: read it again and show the new diff; nothing was written.
      if (error instanceof GitHubError && error.kind === 'conflict') return void read(true);
      setStage({ kind: 'failed', message: messageOf(error) });
    }
  };

  return (
    <section
      class="publish-dialog"
      role="dialog"
      aria-modal="false"
      aria-labelledby="pb-publish-title"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <h2 id="pb-publish-title">Publish week to GitHub</h2>
      {stage.kind === 'reading' && <p role="status">Reading the file on GitHub…</p>}
      {stage.kind === 'failed' && (
        <Notice tone="error">
          <p>{stage.message}</p>
          <p>Your week is unchanged in Paperboy, and nothing was written on GitHub.</p>
          {settingsHref && <SettingsLink href={settingsHref}>Publishing settings</SettingsLink>}
          <button type="button" class="small" onClick={() => void read(false)}>
            Try again
          </button>
        </Notice>
      )}
      {(stage.kind === 'preview' || stage.kind === 'writing') && (
        <>
          {stage.kind === 'preview' && stage.changedOnGitHub && (
            <Notice>
              The file changed on GitHub since it was read: Paperboy read it again and merged the week again. Here is the new change.
            </Notice>
          )}
          <p>
            {stage.plan.merge.added ? 'Adds' : 'Updates'} <strong>{stage.plan.merge.heading.replace(/^#+\s*/, '')}</strong> in{' '}
            {stage.plan.path} on {stage.plan.repoInfo.fullName} {stage.plan.branch}
            {stage.plan.mode === 'pull-request' ? ', as a pull request from a new branch' : ''}.
          </p>
          {(() => {
            // A Monday–Sunday week can straddle two blocks of a month file: say which items this change leaves out.
            const inPeriod = inPublishedPeriod(stage.plan.format, stage.plan.week);
            const outside = items.filter((item) => !inPeriod(item.day));
            return outside.length > 0 ? (
              <Notice>
                Not in this change ({outside.length}), because they fall in another week of the list:{' '}
                {outside.map((item) => `${item.title} (${item.day})`).join('; ')}. Publish them with a day of their own week.
              </Notice>
            ) : null;
          })()}
          {stage.plan.merge.duplicates.length > 0 && (
            <Notice tone="error">
              Already listed in other weeks:
              <ul>
                {stage.plan.merge.duplicates.map((d) => (
                  <li key={d.url + d.line}>
                    {d.title}: {d.weekLabel} (line {d.line})
                  </li>
                ))}
              </ul>
            </Notice>
          )}
          {stage.plan.merge.offered.length > 0 && (
            <Notice>
              The file's week holds {stage.plan.merge.offered.length} row{stage.plan.merge.offered.length === 1 ? '' : 's'} your library
              does not: they are kept.
              <ul>
                {stage.plan.merge.offered.map((o) => (
                  <li key={o.url}>{o.title}</li>
                ))}
              </ul>
              {onImport && (
                <button type="button" class="small" onClick={() => onImport(stage.plan.merge.offered)}>
                  Import them into the library
                </button>
              )}
            </Notice>
          )}
          {stage.plan.merge.notes.map((note) => (
            <p class="hint" key={note}>
              {note}
            </p>
          ))}
          <h3 id="pb-diff-heading">Change to {stage.plan.path}</h3>
          <pre class="diff" aria-labelledby="pb-diff-heading" tabIndex={0}>
            {stage.plan.diff.map((hunk) => (
              <Fragment key={hunk.newStart}>
                <span class="diff-hunk">{`@@ line ${hunk.newStart} @@\n`}</span>
                {hunk.lines.map((line, i) => (
                  <span key={i} class={line.kind === '+' ? 'diff-add' : line.kind === '-' ? 'diff-del' : 'diff-keep'}>
                    {`${line.kind} ${line.text}\n`}
                  </span>
                ))}
              </Fragment>
            ))}
          </pre>
          {!stage.plan.merge.changed && <Notice>The file already holds this week as it is: nothing to publish.</Notice>}
          <div class="field">
            <label for="pb-commit-message">Commit message</label>
            <input
              id="pb-commit-message"
              value={message}
              onInput={(e) => {
                messageEdited.current = true;
                setMessage(e.currentTarget.value);
              }}
            />
          </div>
          <div class="actions">
            <button
              type="button"
              class="primary"
              disabled={stage.kind === 'writing' || !stage.plan.merge.changed || !message.trim()}
              onClick={() => void confirm(stage.plan)}
            >
              {stage.kind === 'writing' ? 'Publishing…' : stage.plan.mode === 'pull-request' ? 'Open pull request' : 'Commit'}
            </button>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </>
      )}
      {stage.kind === 'done' && (
        <Notice tone="ok">
          {stage.done.pullRequest ? (
            <>
              Opened{' '}
              <a href={stage.done.pullRequest.url} target="_blank" rel="noreferrer noopener">
                pull request #{stage.done.pullRequest.number}
              </a>
              .
            </>
          ) : (
            <>
              Committed to {stage.done.branch}:{' '}
              <a href={stage.done.commitUrl} target="_blank" rel="noreferrer noopener">
                {stage.done.commitSha.slice(0, 7)}
              </a>
              .
            </>
          )}
          <button type="button" class="small" onClick={onClose}>
            Close
          </button>
        </Notice>
      )}
    </section>
  );
}

export interface PublishWeekDialogProps {
  /** `extensionPublishSettings` from utils/publish-settings.ts. */
  store: PublishSettingsStore;
  /** The format the week is published in; the curator may switch it in the dialog. */
  format: PublishFormat;
  week: string;
  items: readonly WeekItem[];
  onClose(): void;
  onImport?(items: ImportedItem[]): void;
  settingsHref?: string;
}

/** The dialog with the saved settings and token: what the popup and the library page open. */
export default function PublishWeekDialog({ store, format: initialFormat, ...rest }: PublishWeekDialogProps) {
  const [format, setFormat] = useState(initialFormat);
  const [loaded, setLoaded] = useState<{ api: GitHubApi | null; target: PublishTarget } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    // A switch of format while the settings are read: only the last one's answer counts.
    let current = true;
    setLoaded(null);
    Promise.all([store.load(), store.api()]).then(
      ([settings, api]) => {
        if (current)
          setLoaded({
            api,
            target: { repo: settings.repo, branch: settings.branch, file: settings.files[format], format, mode: settings.mode },
          });
      },
      (error: unknown) => current && setFailed(messageOf(error)),
    );
    return () => {
      current = false;
    };
  }, [store, format]);
  return (
    <div class="publish-week">
      <div class="field">
        <label for="pb-publish-format">Publish as</label>
        <select id="pb-publish-format" value={format} onChange={(e) => setFormat(e.currentTarget.value as PublishFormat)}>
          <option value="ml-news">ML news of the week</option>
          <option value="compass">Monthly papers by week</option>
        </select>
      </div>
      {failed && <Notice tone="error">{failed}</Notice>}
      {loaded && !loaded.target.repo && (
        <Notice tone="error">
          No repository is set up for publishing yet.{' '}
          {rest.settingsHref && <SettingsLink href={rest.settingsHref}>Set up publishing</SettingsLink>}
        </Notice>
      )}
      {loaded && loaded.target.repo && <PublishDialog api={loaded.api} target={loaded.target} {...rest} />}
    </div>
  );
}
