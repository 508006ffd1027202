import { useMemo } from 'preact/hooks';
import { FORMAT_NAMES, markdownFor, type CopyFormat } from '@/lib/format/list-formats';
import { TEMPLATE_FIELDS } from '@/lib/format/template';
import { unknownPlaceholders } from '@/lib/format/template';
import { useCuration } from './CurationContext';
import { useStore } from './useStore';

/** The chosen list format, a preview of exactly what will be copied, Copy markdown and Download. */
export function CopyPanel() {
  const curation = useCuration();
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
      </div>
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
