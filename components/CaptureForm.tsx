import { SECTIONS, type Section } from '@/lib/model';
import { periodFor } from '@/lib/format/list-formats';
import { isDay } from '@/lib/dates';
import { addTopic, suggestTopics } from '@/lib/topics';
import { useCuration } from './CurationContext';
import { useStore } from './useStore';
import { Notice } from './Notice';

/** The capture form: Title, Link, Section, Summary, Topics, Week; Save (Ctrl+Enter). */
export function CaptureForm() {
  const curation = useCuration();
  const { form, page, state: draftState } = useStore(curation.draft);
  const { format } = useStore(curation.settings);
  const knownTopics = useStore(curation.week).topics;
  const duplicates = useStore(curation.duplicates);
  const { ready } = useStore(curation.boot);
  const update = curation.update;
  const suggestions = suggestTopics(form.topics, knownTopics);
  const weekLabel = isDay(form.day) ? periodFor(format, form.day).label : 'pick a day';
  const editing = form.editingId !== null;
  const duplicate = !editing ? duplicates[0] : undefined;
  const capture = page?.capture;

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      void curation.save();
    }
  };

  return (
    <form
      aria-label="Capture"
      class="capture"
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void curation.save();
      }}
    >
      <div style="display:grid;gap:8px">
        {page?.notice && <Notice>{page.notice}</Notice>}
        {duplicate && (
          <Notice>
            <strong>Already in your list</strong>: {periodFor(format, duplicate.day).label}, {duplicate.section}.
            <button type="button" class="small" onClick={() => curation.edit(duplicate)}>
              Edit that item
            </button>
          </Notice>
        )}
        {draftState === 'restored' && (
          <Notice>
            Your unsaved draft for this page is back.
            <button type="button" class="small" onClick={() => void curation.startOver()}>
              Start over from the page
            </button>
          </Notice>
        )}
        <div class="field">
          <label for="pb-title">Title</label>
          <input
            id="pb-title"
            name="title"
            value={form.title}
            onInput={(e) => update('title', e.currentTarget.value)}
            required
            autoComplete="off"
          />
        </div>
        <div class="field">
          <label for="pb-url">Link</label>
          <input
            id="pb-url"
            name="url"
            type="url"
            value={form.url}
            onInput={(e) => update('url', e.currentTarget.value)}
            required
            autoComplete="off"
          />
        </div>
        <div class="row">
          <div class="field">
            <label for="pb-section">Section</label>
            <select
              id="pb-section"
              name="section"
              value={form.section}
              onChange={(e) => update('section', e.currentTarget.value as Section)}
            >
              {SECTIONS.map((section) => (
                <option value={section} key={section}>
                  {section}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="pb-week">Week</label>
            <input
              id="pb-week"
              name="week"
              type="date"
              value={form.day}
              onInput={(e) => update('day', e.currentTarget.value)}
              aria-describedby="pb-week-label"
            />
          </div>
        </div>
        <div class="hint" id="pb-week-label">
          Listed under {weekLabel}
        </div>
        <div class="field">
          <label for="pb-summary">Summary</label>
          <textarea
            id="pb-summary"
            name="summary"
            value={form.summary}
            onInput={(e) => update('summary', e.currentTarget.value)}
            aria-describedby="pb-summary-hint"
            rows={6}
          />
          <div class="actions">
            <span class="hint" id="pb-summary-hint">
              Markdown. {draftState === 'pending' ? 'Saving draft\u2026' : draftState === 'saved' ? 'Draft saved.' : ''}
            </span>
            {capture?.abstract && (
              <button type="button" class="small" onClick={curation.insertAbstract}>
                Insert abstract
              </button>
            )}
          </div>
        </div>
        <div class="field">
          <label for="pb-topics">Topics</label>
          <input
            id="pb-topics"
            name="topics"
            value={form.topics}
            onInput={(e) => update('topics', e.currentTarget.value)}
            placeholder="e.g. LLM Reasoning, Agents"
            autoComplete="off"
            aria-describedby="pb-topics-hint"
          />
          <div class="actions" id="pb-topics-hint">
            {suggestions.length > 0 && <span class="hint">Used before:</span>}
            {suggestions.map((topic) => (
              <button type="button" class="small" key={topic} onClick={() => update('topics', addTopic(form.topics, topic))}>
                {topic}
              </button>
            ))}
          </div>
        </div>
        {capture && (capture.authors.length > 0 || capture.published || capture.arxivId) && (
          <div class="meta">
            {capture.authors.length > 0 && (
              <div>
                {capture.authors.slice(0, 8).join(', ')}
                {capture.authors.length > 8 ? ` and ${capture.authors.length - 8} more` : ''}
              </div>
            )}
            {capture.published && <div>Published {capture.published}</div>}
            {capture.arxivId && <div>arXiv {capture.arxivId}</div>}
          </div>
        )}
        <div class="actions">
          <button type="submit" class="primary" disabled={!ready}>
            Save
          </button>
          {editing && (
            <button type="button" onClick={() => void curation.startOver()}>
              Cancel editing
            </button>
          )}
          <span class="hint">Ctrl+Enter saves</span>
        </div>
      </div>
    </form>
  );
}
