import { needsLink, type Capture, type Item, type Section } from './model';
import { isDay } from './dates';
import { isHttpUrl, listUrl, paperKey } from './url';
import { collapseSpace, normalizeSummary } from './text';
import { canonicalTopics } from './topics';

/**
 * The one rule for changing an item, whichever view the curator edits it in (the capture form's
 * "Edit that item", the week list's inline editor) and for adding one from the capture form: the
 * same checks, the same messages, the same normal form, the same placement.
 */

/** What the curator typed: topics as one comma-separated text, as in every form. */
export interface ItemChanges {
  title: string;
  /** Absent where the view does not offer the link (the inline editor). */
  url?: string;
  section: Section;
  summary: string;
  topics: string;
  /** The day (YYYY-MM-DD) the item is listed under. */
  day: string;
}

export type EditResult<T> = { ok: true; item: T; moved: boolean } | { ok: false; message: string };

interface Checked {
  title: string;
  url: string | null;
}

/** `waiting`: the item was imported without a link, and may stay so until the curator finds it. */
function check(changes: ItemChanges, waiting = false): { ok: true; value: Checked } | { ok: false; message: string } {
  const title = collapseSpace(changes.title);
  if (!title) return { ok: false, message: 'A title is needed: type the title of the work.' };
  let url: string | null = null;
  if (waiting && changes.url?.trim() === '') {
    url = '';
  } else if (changes.url !== undefined) {
    url = listUrl(changes.url.trim()) ?? '';
    if (!isHttpUrl(url)) return { ok: false, message: 'The link must be a web address starting with https:// or http://.' };
  }
  if (!isDay(changes.day)) return { ok: false, message: 'Pick the day of the week this item belongs to.' };
  return { ok: true, value: { title, url } };
}

/**
 * An item with the curator's changes. Moving it to another section or day is marked `moved`:
 * the library then puts it at the end of its new place (`putEditedItem`); otherwise it keeps its
 * place. Fields the form does not show (authors, abstract, …) stay as they were. An item imported
 * without a link may keep waiting for it; any link typed must be a web address.
 */
export function applyEdit<T extends Item>(item: T, changes: ItemChanges, knownTopics: readonly string[], now: string): EditResult<T> {
  const checked = check(changes, needsLink(item));
  if (!checked.ok) return checked;
  const { title, url } = checked.value;
  const moved = changes.section !== item.section || changes.day !== item.day;
  return {
    ok: true,
    moved,
    item: {
      ...item,
      title,
      url: url ?? item.url,
      section: changes.section,
      summary: normalizeSummary(changes.summary),
      topics: canonicalTopics(changes.topics, knownTopics),
      day: changes.day,
      updatedAt: now,
    },
  };
}

/**
 * A new item from the capture form. What was read off the page (authors, date, abstract, arXiv id)
 * goes with it only while the link is still that page's: a curator who pasted another link
 * describes another work.
 */
export function newItem(
  changes: ItemChanges,
  capture: Capture | null,
  knownTopics: readonly string[],
  ids: { id: string; now: string },
): EditResult<Item> {
  const checked = check(changes);
  if (!checked.ok) return checked;
  const url = checked.value.url ?? '';
  const fromPage = capture && capture.url && paperKey(capture) === paperKey({ url }) ? capture : null;
  return {
    ok: true,
    moved: false,
    item: {
      id: ids.id,
      title: checked.value.title,
      url,
      authors: fromPage?.authors ?? [],
      published: fromPage?.published ?? null,
      abstract: fromPage?.abstract ?? null,
      arxivId: fromPage?.arxivId ?? null,
      siteName: fromPage?.siteName ?? null,
      section: changes.section,
      summary: normalizeSummary(changes.summary),
      topics: canonicalTopics(changes.topics, knownTopics),
      day: changes.day,
      order: 0,
      createdAt: ids.now,
      updatedAt: ids.now,
    },
  };
}
