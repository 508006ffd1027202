import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { SECTIONS, type Item, type Section } from '@/lib/model';
import type { ItemChanges } from '@/lib/edit';

/** Edits one item where it stands in the week's list. Ctrl+Enter saves, Escape cancels. */
export function ItemEditor(props: { item: Item; onSave(changes: ItemChanges): void; onCancel(): void }) {
  const { item } = props;
  const [changes, setChanges] = useState<ItemChanges>({
    title: item.title,
    url: item.url,
    summary: item.summary,
    section: item.section,
    day: item.day,
    topics: item.topics.join(', '),
  });
  const first = useRef<HTMLInputElement>(null);
  // Before paint, so keys typed right after Enter land in the field.
  useLayoutEffect(() => first.current?.focus(), []);
  const set = <K extends keyof ItemChanges>(key: K, value: ItemChanges[K]) => setChanges((c) => ({ ...c, [key]: value }));
  const id = (name: string) => `pb-edit-${name}`;

  return (
    <form
      class="item-editor"
      aria-label={`Edit \u201c${item.title}\u201d`}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(changes);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onCancel();
        } else if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
          e.preventDefault();
          props.onSave(changes);
        }
      }}
    >
      <div class="field">
        <label for={id('title')}>Title</label>
        <input id={id('title')} ref={first} value={changes.title} onInput={(e) => set('title', e.currentTarget.value)} required />
      </div>
      <div class="field">
        <label for={id('url')}>Link</label>
        <input
          id={id('url')}
          type="url"
          value={changes.url}
          onInput={(e) => set('url', e.currentTarget.value)}
          placeholder={item.url ? undefined : 'Waiting for its link: paste it here'}
          autoComplete="off"
        />
      </div>
      <div class="field">
        <label for={id('summary')}>Summary</label>
        <textarea id={id('summary')} rows={4} value={changes.summary} onInput={(e) => set('summary', e.currentTarget.value)} />
      </div>
      <div class="row">
        <div class="field">
          <label for={id('section')}>Section</label>
          <select id={id('section')} value={changes.section} onChange={(e) => set('section', e.currentTarget.value as Section)}>
            {SECTIONS.map((section) => (
              <option key={section} value={section}>
                {section}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={id('week')}>Week</label>
          <input id={id('week')} type="date" value={changes.day} onInput={(e) => set('day', e.currentTarget.value)} required />
        </div>
      </div>
      <div class="field">
        <label for={id('topics')}>Topics</label>
        <input id={id('topics')} value={changes.topics} onInput={(e) => set('topics', e.currentTarget.value)} autoComplete="off" />
      </div>
      <div class="actions">
        <button type="submit" class="primary small">
          Save changes
        </button>
        <button type="button" class="small" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
