import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { itemFrom, needsLink } from '@/lib/model';
import { addAllNew, countAll, listAll, listRecentWeeks, LibraryError } from '@/lib/db/library';
import { exportLibrary, restoreBackup } from '@/lib/db/backup-io';
import type { PaperboyDB, StoredItem } from '@/lib/db/schema';
import { announceChange, onLibraryChange } from '@/lib/db/changes';
import { readList, formatProblems, type ReadResult } from '@/lib/format/list-reader';
import { exportMlNews } from '@/lib/format/mlnews';
import { exportCompass } from '@/lib/format/compass';
import { mlNewsWeek, mlNewsWeekLabel, isMonth, localToday } from '@/lib/dates';
import { byMlNewsWeek } from '@/lib/format/week-order';
import { Notice, type Tone } from './Notice';
import { LazyPublishSettingsSection, LazyPublishWeekDialog } from './publish/lazy';
import type { PublishSettingsStore } from '@/utils/publish-settings';

export interface LibraryServices {
  openDatabase(): Promise<PaperboyDB>;
  download(fileName: string, text: string, type?: string): void;
  afterChange(db: PaperboyDB): void;
  /** Publishing to GitHub (settings and token in browser.storage.local); absent, the page has no Publishing section. */
  publishStore?: PublishSettingsStore;
}

const WEEKS_PER_PAGE = 12;

interface PendingImport {
  fileName: string;
  result: ReadResult;
}

function matches(item: StoredItem, query: string): boolean {
  if (!query) return true;
  const haystack = `${item.title}\n${item.summary}\n${item.topics.join(' ')}\n${item.url}\n${item.authors.join(' ')}`.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** All weeks, search, import of a list file, backup and restore. */
export function LibraryPage({ services }: { services: LibraryServices }) {
  const [db, setDb] = useState<PaperboyDB | null>(null);
  const [items, setItems] = useState<StoredItem[]>([]);
  // The page opens on the newest weeks alone, then reads every item (for search, more weeks and
  // downloads): reading 10,000 items takes Chromium a quarter of a second.
  const [complete, setComplete] = useState(false);
  // How many items there are, counted before they are all read.
  const [counted, setCounted] = useState<number | null>(null);
  const [corrupt, setCorrupt] = useState(0);
  const [query, setQuery] = useState('');
  // Years of lists are hundreds of weeks: show them a page at a time.
  const [shownWeeks, setShownWeeks] = useState(WEEKS_PER_PAGE);
  const [month, setMonth] = useState('');
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [status, setStatus] = useState<{ tone: Tone; text: string; details?: string[] } | null>(null);
  const [publishing, setPublishing] = useState<string | null>(null);

  const refresh = useCallback(async (database: PaperboyDB) => {
    const listing = await listAll(database);
    setItems(listing.items);
    setCorrupt(listing.corrupt);
    setComplete(true);
  }, []);

  useEffect(() => {
    services
      .openDatabase()
      .then(async (database) => {
        setDb(database);
        const [recent, count] = await Promise.all([listRecentWeeks(database, WEEKS_PER_PAGE), countAll(database)]);
        setItems((shown) => (shown.length ? shown : recent.items)); // unless a full read came first
        setCounted(count);
        // Preact renders in a microtask queued by setItems: after this await, the weeks are in the document.
        await Promise.resolve();
        performance.mark('paperboy:library-ready');
        await refresh(database);
        performance.mark('paperboy:library-complete');
      })
      .catch((error: LibraryError) => setStatus({ tone: 'error', text: error.message }));
  }, [services, refresh]);

  useEffect(() => (db ? onLibraryChange(() => void refresh(db)) : undefined), [db, refresh]);

  const total = complete ? items.length : (counted ?? items.length);

  const weeks = useMemo(() => byMlNewsWeek(query ? items.filter((i) => matches(i, query)) : items), [items, query]);

  /** Rereads the library after a write; what to add to the message if that failed. */
  const reread = (database: PaperboyDB): Promise<string> =>
    refresh(database).then(
      () => '',
      (error: Error) => ` They are saved, but the list could not be reread: ${error.message}`,
    );

  const changed = (database: PaperboyDB) => {
    announceChange({ kind: 'items' });
    services.afterChange(database);
  };

  const readListFile = async (file: File) => {
    const text = await file.text();
    const result = readList(text, { fileName: file.name, month: isMonth(month) ? month : undefined });
    if (!result.format) {
      setPending(null);
      setStatus({
        tone: 'error',
        text: `${file.name} is not a list Paperboy reads: it has no |Link|description| or | Title | Summary | Topics | table. Nothing was imported.`,
      });
      return;
    }
    setPending({ fileName: file.name, result });
    setStatus(null);
  };

  const confirmImport = async () => {
    if (!db || !pending) return;
    try {
      const incoming = pending.result.items.map(({ line: _line, ...listed }, order) => itemFrom({ ...listed, order }));
      const report = await addAllNew(db, incoming);
      const unread = await reread(db);
      setStatus({
        tone: unread ? 'error' : 'ok',
        text: `Imported ${report.added} item${report.added === 1 ? '' : 's'} from ${pending.fileName}${report.skipped ? `; ${report.skipped} already in the library were skipped` : ''}.${unread}`,
      });
      setPending(null);
      changed(db);
    } catch (error) {
      setStatus({ tone: 'error', text: `Nothing was imported: ${(error as Error).message}` });
    }
  };

  const restore = async (file: File) => {
    if (!db) return;
    let report: Awaited<ReturnType<typeof restoreBackup>>;
    try {
      report = await restoreBackup(db, await file.text());
    } catch (error) {
      // A library failure (a full disk, say) is not the file's fault: say which it was.
      const text =
        error instanceof LibraryError
          ? `Nothing was restored from ${file.name}: ${error.message}`
          : `${file.name} is not a Paperboy backup (${(error as Error).message}). Nothing was restored.`;
      setStatus({ tone: 'error', text });
      return;
    }
    if (report.rejected.length) {
      setStatus({
        tone: 'error',
        text: `${file.name}: ${report.rejected.length} item${report.rejected.length === 1 ? ' was' : 's were'} rejected, so nothing was restored.`,
        details: report.rejected.map((r) => `items[${r.index}]: ${r.reason}`),
      });
      return;
    }
    // The weeks first, then the message: whoever reads "Restored" sees what was restored.
    const unread = await reread(db);
    setStatus({
      tone: unread ? 'error' : 'ok',
      text: `Restored ${report.added} item${report.added === 1 ? '' : 's'}${report.skipped ? `; ${report.skipped} already present were skipped` : ''}.${unread}`,
    });
    changed(db);
  };

  const backup = async () => {
    if (!db) return;
    const data = await exportLibrary(db);
    services.download(`paperboy-backup-${localToday()}.json`, JSON.stringify(data, null, 2) + '\n', 'application/json');
  };

  const downloadAll = (format: 'ml-news' | 'compass') => {
    const text = format === 'ml-news' ? exportMlNews(items) : exportCompass(items);
    services.download(`paperboy-${format}-${localToday()}.md`, text);
  };

  return (
    <main>
      <header>
        <h1>Paperboy library</h1>
        <span class="hint">{total} items</span>
      </header>
      {status && (
        <Notice tone={status.tone}>
          {status.text}
          {status.details && (
            <ul>
              {status.details.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </Notice>
      )}
      {corrupt > 0 && <Notice tone="error">{corrupt} saved records could not be read; they are left untouched.</Notice>}
      <section class="week" aria-labelledby="pb-import-heading">
        <h2 id="pb-import-heading">Import a list file</h2>
        <div class="row">
          <div class="field">
            <label for="pb-import-file">List file (markdown)</label>
            <input
              id="pb-import-file"
              type="file"
              accept=".md,.markdown,.txt,text/markdown,text/plain"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                // Emptied, so that picking the same file again (fixed, say) reads it again.
                e.currentTarget.value = '';
                if (file) void readListFile(file);
              }}
            />
          </div>
          <div class="field">
            <label for="pb-import-month">Month of the headings (optional)</label>
            <input id="pb-import-month" type="month" value={month} onInput={(e) => setMonth(e.currentTarget.value)} />
          </div>
        </div>
        {pending && (
          <Notice>
            {pending.fileName}: {pending.result.items.length} item{pending.result.items.length === 1 ? '' : 's'} (
            {pending.result.format === 'ml-news' ? 'ML news of the week' : 'Monthly papers by week'}).
            {pending.result.repairs.length > 0 &&
              ` ${pending.result.repairs.length} repair${pending.result.repairs.length === 1 ? '' : 's'} made.`}
            <button type="button" class="small" onClick={() => void confirmImport()} disabled={pending.result.items.length === 0}>
              Import {pending.result.items.length} items
            </button>
            {pending.result.problems.length > 0 && (
              <details>
                <summary>What the checker found ({pending.result.problems.length})</summary>
                <ul>
                  {formatProblems(pending.fileName, pending.result.problems).map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </details>
            )}
          </Notice>
        )}
      </section>
      <section class="week" aria-labelledby="pb-backup-heading">
        <h2 id="pb-backup-heading">Backup and restore</h2>
        <div class="actions">
          <button type="button" onClick={() => void backup()} disabled={!db}>
            Download backup
          </button>
          <button type="button" onClick={() => downloadAll('ml-news')} disabled={!complete || !items.length}>
            Download all as ML news
          </button>
          <button type="button" onClick={() => downloadAll('compass')} disabled={!complete || !items.length}>
            Download all as monthly papers
          </button>
        </div>
        <div class="field">
          <label for="pb-restore-file">Restore a backup (JSON)</label>
          <input
            id="pb-restore-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void restore(file);
            }}
          />
        </div>
      </section>
      {services.publishStore && (
        <LazyPublishSettingsSection
          store={services.publishStore}
          onPulled={(fileName, text) => {
            setPending({ fileName: `${fileName} from GitHub`, result: readList(text, { fileName }) });
            setStatus(null);
          }}
        />
      )}
      <section class="week" aria-labelledby="pb-all-heading">
        <h2 id="pb-all-heading">All weeks</h2>
        <div class="field">
          <label for="pb-search">Search</label>
          <input
            id="pb-search"
            type="search"
            value={query}
            onInput={(e) => {
              setQuery(e.currentTarget.value);
              setShownWeeks(WEEKS_PER_PAGE);
            }}
            placeholder="title, summary, topic, author"
          />
        </div>
        {!complete && status?.tone !== 'error' && (
          <p class="hint" role="status">
            Showing the newest weeks; reading all {total} items for search and older weeks…
          </p>
        )}
        {complete && weeks.length === 0 && <p class="hint">{items.length ? 'Nothing matches.' : 'The library is empty.'}</p>}
        {weeks.slice(0, shownWeeks).map(([start, group]) => (
          <div key={start}>
            <h3>
              {mlNewsWeekLabel(mlNewsWeek(start))}, {start.slice(0, 4)}{' '}
              {services.publishStore && (
                <button
                  type="button"
                  class="small"
                  onClick={() => setPublishing(publishing === start ? null : start)}
                  aria-expanded={publishing === start}
                >
                  Publish week
                </button>
              )}
            </h3>
            {services.publishStore && publishing === start && (
              <LazyPublishWeekDialog
                store={services.publishStore}
                format="ml-news"
                week={start}
                items={group}
                settingsHref="#publishing"
                onClose={() => setPublishing(null)}
                onImport={(offered) =>
                  setPending({ fileName: 'the week on GitHub', result: { format: 'ml-news', items: offered, problems: [], repairs: [] } })
                }
              />
            )}
            <table>
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Section</th>
                  <th scope="col">Topics</th>
                </tr>
              </thead>
              <tbody>
                {group.map((item) => (
                  <tr key={item.id}>
                    <td>
                      {needsLink(item) ? (
                        <>
                          {item.title} <span class="needs-link">needs a link</span>
                        </>
                      ) : (
                        <a href={item.url} target="_blank" rel="noreferrer noopener">
                          {item.title}
                        </a>
                      )}
                    </td>
                    <td>{item.section}</td>
                    <td>{item.topics.join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
        {weeks.length > shownWeeks && (
          <button type="button" onClick={() => setShownWeeks((n) => n + WEEKS_PER_PAGE)}>
            Show {Math.min(WEEKS_PER_PAGE, weeks.length - shownWeeks)} more weeks ({weeks.length - shownWeeks} not shown)
          </button>
        )}
      </section>
    </main>
  );
}
