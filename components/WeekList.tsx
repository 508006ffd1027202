import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { SECTIONS, needsLink } from '@/lib/model';
import type { StoredItem } from '@/lib/db/schema';
import { FORMAT_NAMES } from '@/lib/format/list-formats';
import { groupsBySection } from '@/lib/format/week-order';
import { useCuration } from './CurationContext';
import { useStore } from './useStore';
import { Notice } from './Notice';
import { ItemEditor } from './ItemEditor';

/** The week's list: grouped as the chosen format groups it, reordered by drag or Alt+arrows. */
export function WeekList() {
  const curation = useCuration();
  const { items, period, undo, corrupt, loaded } = useStore(curation.week);
  const { format } = useStore(curation.settings);
  const editingInForm = useStore(curation.draft).form.editingId;
  const groups = groupsBySection(format)
    ? SECTIONS.map((section) => ({ name: section as string, items: items.filter((item) => item.section === section) }))
    : [{ name: 'Papers', items }];
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const focusAfter = useRef<string | null>(null);
  const listRef = useRef<HTMLElement>(null);

  // Before paint: focus never falls to the page between the editor closing and the row returning.
  useLayoutEffect(() => {
    if (!focusAfter.current) return;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(focusAfter.current)}"]`);
    row?.focus();
    focusAfter.current = null;
  }, [items, editing]);

  const move = (id: string, delta: number) => {
    focusAfter.current = id;
    void curation.move(id, delta);
  };

  const row = (item: StoredItem) =>
    editing === item.id ? (
      <li key={item.id} data-id={item.id} class="editing">
        <ItemEditor
          item={item}
          onCancel={() => {
            focusAfter.current = item.id;
            setEditing(null);
          }}
          onSave={(changes) =>
            void curation.saveItem(item, changes).then((saved) => {
              if (!saved) return;
              focusAfter.current = item.id;
              setEditing(null);
            })
          }
        />
      </li>
    ) : (
      <li
        key={item.id}
        data-id={item.id}
        tabIndex={0}
        draggable
        aria-label={`${item.title}. Alt+Up or Alt+Down moves it.`}
        class={[
          dragging === item.id ? 'dragging' : '',
          over === item.id ? 'drop-target' : '',
          editingInForm === item.id ? 'editing' : '',
        ].join(' ')}
        onKeyDown={(event) => {
          if (event.target !== event.currentTarget) return;
          if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
            event.preventDefault();
            move(item.id, event.key === 'ArrowUp' ? -1 : 1);
          } else if (event.key === 'Delete') {
            event.preventDefault();
            void curation.remove(item);
          } else if (event.key === 'Enter') {
            event.preventDefault();
            setEditing(item.id);
          }
        }}
        onDragStart={(event) => {
          setDragging(item.id);
          event.dataTransfer?.setData('text/x-paperboy-item', item.id);
          if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
        }}
        onDragEnd={() => {
          setDragging(null);
          setOver(null);
        }}
        onDragOver={(event) => {
          if (!dragging) return;
          event.preventDefault();
          setOver(item.id);
        }}
        onDrop={(event) => {
          event.preventDefault();
          const id = event.dataTransfer?.getData('text/x-paperboy-item') || dragging;
          setDragging(null);
          setOver(null);
          if (id && id !== item.id) void curation.moveTo(id, item.id);
        }}
      >
        <span class="title">
          {item.title}
          {needsLink(item) && <span class="needs-link"> needs a link</span>}
          {item.topics.length > 0 && <span class="meta"> · {item.topics.join(', ')}</span>}
        </span>
        <span class="controls">
          <button type="button" class="small" onClick={() => setEditing(item.id)} aria-label={`Edit \u201c${item.title}\u201d`}>
            Edit
          </button>
          <button type="button" class="small" onClick={() => move(item.id, -1)} aria-label={`Move \u201c${item.title}\u201d up`}>
            Up
          </button>
          <button type="button" class="small" onClick={() => move(item.id, 1)} aria-label={`Move \u201c${item.title}\u201d down`}>
            Down
          </button>
          <button type="button" class="small" onClick={() => void curation.remove(item)} aria-label={`Delete \u201c${item.title}\u201d`}>
            Delete
          </button>
        </span>
      </li>
    );

  return (
    <section class="week" aria-labelledby="pb-week-heading" ref={listRef} aria-busy={!loaded} data-week-loaded={loaded ? 'yes' : undefined}>
      <div class="week-nav">
        <button type="button" class="small" onClick={() => void curation.showPeriod(-1)} aria-label="Previous week">
          &larr; Previous
        </button>
        <h2 id="pb-week-heading">{period.label}</h2>
        <button type="button" class="small" onClick={() => void curation.showPeriod(1)} aria-label="Next week">
          Next &rarr;
        </button>
      </div>
      {undo && (
        <Notice tone="ok">
          Deleted “{undo.title}”.
          <button type="button" class="small" onClick={() => void curation.undoDelete()}>
            Undo
          </button>
        </Notice>
      )}
      {corrupt > 0 && (
        <Notice tone="error">
          {corrupt} saved record{corrupt === 1 ? '' : 's'} of this week could not be read and {corrupt === 1 ? 'is' : 'are'} left untouched.
          A backup from the library page keeps the rest safe.
        </Notice>
      )}
      {items.length === 0 ? (
        <p class="hint">Nothing listed for this week yet. Saved items appear here, in {FORMAT_NAMES[format]} order.</p>
      ) : (
        groups
          .filter((group) => group.items.length > 0)
          .map((group) => (
            <div key={group.name}>
              <h3>{group.name}</h3>
              <ul class="list" aria-label={group.name}>
                {group.items.map(row)}
              </ul>
            </div>
          ))
      )}
    </section>
  );
}
