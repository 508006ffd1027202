import { useMemo, useState } from 'preact/hooks';
import { FORMAT_NAMES, markdownFor, type CopyFormat } from '@/lib/format/list-formats';
import { TEMPLATE_FIELDS } from '@/lib/format/template';
import { unknownPlaceholders } from '@/lib/format/template';
import { useCuration } from './CurationContext';
import { useStore } from './useStore';
import { LazyPublishWeekDialog } from './publish/lazy';
import type { WeekPanelsProps } from './WeekPanels';

/** The chosen list format, a preview of exactly what will be copied, Copy markdown and Download. */
export function CopyPanel({ publishing }: { publishing?: WeekPanelsProps['publishing'] }) {
  const curation = useCuration();
  const [publishOpen, setPublishOpen] = useState(false);
  const { format, template } = useStore(curation.settings);
  const week = useStore(curation.week);
  // What is shown, in the chosen format: exactly what Copy puts on the clipboard (curation.markdown).
  const markdown = useMemo(() => markdownFor(format, week.day, week.items, template), [format, template, week.day, week.items]);
  const templateProblems = unknownPlaceholders(template);
  return (
    <section class="week" aria-label="Copy the week">
      <div class="field">
        <label for="pb-format">List format</label>
        <select id="pb-format" value={format} onChange={(e) => void curation.setFormat(e.currentTarget.value as CopyFormat)}>
          {(Object.keys(FORMAT_NAMES) as CopyFormat[]).map((key) => (
            <option value={key} key={key}>
              {FORMAT_NAMES[key]}
            </option>
          ))}
        </select>
      </div>
      {format === 'template' && (
        <div class="field">
          <label for="pb-template">Row template</label>
          <input
            id="pb-template"
            value={template}
            onInput={(e) => curation.setTemplate(e.currentTarget.value)}
            aria-describedby="pb-template-hint"
            autoComplete="off"
          />
          <span class="hint" id="pb-template-hint">
            {templateProblems.length
              ? `Unknown placeholder${templateProblems.length > 1 ? 's' : ''}: ${templateProblems.map((p) => `{${p}}`).join(', ')}. `
              : ''}
            Placeholders: {TEMPLATE_FIELDS.map((f) => `{${f}}`).join(' ')}
          </span>
        </div>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={() => void curation.copy()}>
          Copy markdown
        </button>
        <button type="button" onClick={() => curation.download()}>
          Download
        </button>
        {publishing && (
          <button
            type="button"
            onClick={() => setPublishOpen((open) => !open)}
            aria-expanded={publishOpen}
            disabled={format === 'template'}
            title={
              format === 'template' ? 'A custom row template is not a list Paperboy can place in a file: choose a list format.' : undefined
            }
          >
            Publish week
          </button>
        )}
        {publishing && (
          <a class="small-link" href={publishing.settingsHref} target="_blank" rel="noopener">
            Publishing settings
          </a>
        )}
      </div>
      {publishing && publishOpen && format !== 'template' && (
        <LazyPublishWeekDialog
          store={publishing.store}
          format={format}
          week={week.day}
          items={week.items}
          settingsHref={publishing.settingsHref}
          onClose={() => setPublishOpen(false)}
          onImport={(rows) => void curation.importRows(rows)}
        />
      )}
      <details>
        <summary>Preview</summary>
        <label for="pb-preview" class="hint">
          What Copy markdown puts on the clipboard
        </label>
        <textarea id="pb-preview" class="preview" readOnly value={markdown} rows={8} />
      </details>
    </section>
  );
}
