import { FORMAT_NAMES, type CopyFormat } from '@/lib/format/list-formats';
import { TEMPLATE_FIELDS } from '@/lib/format/template';
import type { Curation } from './useCuration';

/** The chosen list format, a preview of exactly what will be copied, Copy markdown and Download. */
export function CopyPanel({ curation }: { curation: Curation }) {
  return (
    <section class="week" aria-label="Copy the week">
      <div class="field">
        <label for="pb-format">List format</label>
        <select id="pb-format" value={curation.format} onChange={(e) => void curation.setFormat(e.currentTarget.value as CopyFormat)}>
          {(Object.keys(FORMAT_NAMES) as CopyFormat[]).map((key) => (
            <option value={key} key={key}>
              {FORMAT_NAMES[key]}
            </option>
          ))}
        </select>
      </div>
      {curation.format === 'template' && (
        <div class="field">
          <label for="pb-template">Row template</label>
          <input
            id="pb-template"
            value={curation.template}
            onInput={(e) => curation.setTemplate(e.currentTarget.value)}
            aria-describedby="pb-template-hint"
            autoComplete="off"
          />
          <span class="hint" id="pb-template-hint">
            {curation.templateProblems.length
              ? `Unknown placeholder${curation.templateProblems.length > 1 ? 's' : ''}: ${curation.templateProblems.map((p) => `{${p}}`).join(', ')}. `
              : ''}
            Placeholders: {TEMPLATE_FIELDS.map((f) => `{${f}}`).join(' ')}
          </span>
        </div>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={() => void curation.copy()}>
          Copy markdown
        </button>
        <button type="button" onClick={curation.download}>
          Download
        </button>
      </div>
      <details>
        <summary>Preview</summary>
        <label for="pb-preview" class="hint">
          What Copy markdown puts on the clipboard
        </label>
        <textarea id="pb-preview" class="preview" readOnly value={curation.markdown} rows={8} />
      </details>
    </section>
  );
}
