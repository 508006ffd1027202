import { isSection, newId, type Item } from './model';
import { isDay } from './dates';
import { arxivIdFromUrl, isHttpUrl, parseArxivId } from './url';
import { collapseSpace, normalizeSummary, normalizeTitle, normalizeTopics } from './text';

/**
 * The one check every item passes before the library stores it, whether typed in the popup, read
 * from a backup or imported from a list: it returns the item in the library's normal form, or why not.
 */

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

function stringList(value: unknown): string[] | null {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return null;
  return value as string[];
}

function optionalString(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : undefined;
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown) => value === null || typeof value === 'string';
const isTextList = (value: unknown) => Array.isArray(value) && value.every(isText);
const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a record has every field `checkItem` returns, each of its type (an id and a title that
 * are not empty, an http(s) address or '' for an item waiting for its link, a section, days shaped YYYY-MM-DD, a finite order). It says
 * nothing of normalisation: it is for records that went through `checkItem` when they were written.
 */
export function hasItemShape(record: unknown): record is Item {
  if (!record || typeof record !== 'object') return false;
  const r = record as Record<string, unknown>;
  return (
    isText(r.id) &&
    r.id !== '' &&
    isText(r.title) &&
    r.title !== '' &&
    isText(r.url) &&
    (r.url === '' || r.url.startsWith('https://') || r.url.startsWith('http://')) &&
    isSection(r.section) &&
    isText(r.summary) &&
    isTextList(r.topics) &&
    isText(r.day) &&
    DAY_SHAPE.test(r.day) &&
    isTextList(r.authors) &&
    (r.published === null || (isText(r.published) && DAY_SHAPE.test(r.published))) &&
    isTextOrNull(r.abstract) &&
    isTextOrNull(r.siteName) &&
    isTextOrNull(r.arxivId) &&
    typeof r.order === 'number' &&
    Number.isFinite(r.order) &&
    isText(r.createdAt) &&
    isText(r.updatedAt)
  );
}

/** A value as a record holds it, for a message: text in quotes, anything else as JSON would write it. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value); // a BigInt, or an object that refers to itself
  }
}

/**
 * Checks one record of a backup (or of the database) and returns the item it describes. An empty
 * url is an item waiting for its link (`needsLink`): kept, not rejected. The record holds its day
 * under `day`; `dayField` is the name its source gives that field (a version 1 backup's `week`,
 * see format/backup.ts), so that a message names the field the curator can find in the file.
 */
export function checkItem(raw: unknown, now = new Date().toISOString(), dayField = 'day'): Checked<Item> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'not an object' };
  const record = raw as Record<string, unknown>;
  const title = typeof record.title === 'string' ? normalizeTitle(record.title) : '';
  if (!title) return { ok: false, reason: 'no title' };
  if (typeof record.url !== 'string' || (record.url !== '' && !isHttpUrl(record.url)))
    return { ok: false, reason: `"${String(record.url ?? '')}" is not an http(s) address` };
  if (!isSection(record.section))
    return { ok: false, reason: `section "${String(record.section)}" is not Research, News, Resources or Perspectives` };
  if (record.summary !== undefined && typeof record.summary !== 'string') return { ok: false, reason: 'summary is not text' };
  const topics = stringList(record.topics);
  if (!topics) return { ok: false, reason: 'topics is not a list of text' };
  if (record.day === undefined) return { ok: false, reason: `no "${dayField}" (a day, YYYY-MM-DD) to list it under` };
  if (!isDay(record.day)) return { ok: false, reason: `field "${dayField}": ${shown(record.day)} is not a day (YYYY-MM-DD)` };
  const authors = stringList(record.authors);
  if (!authors) return { ok: false, reason: 'authors is not a list of text' };
  const published = optionalString(record.published);
  if (published === undefined || (published !== null && !isDay(published)))
    return { ok: false, reason: 'published is not a day (YYYY-MM-DD)' };
  const abstract = optionalString(record.abstract);
  const siteName = optionalString(record.siteName);
  const arxivRaw = optionalString(record.arxivId);
  if (abstract === undefined || siteName === undefined || arxivRaw === undefined)
    return { ok: false, reason: 'abstract, siteName and arxivId must be text or null' };
  const arxivId = arxivRaw ? parseArxivId(arxivRaw) : record.url ? arxivIdFromUrl(record.url) : null;
  if (arxivRaw && !arxivId) return { ok: false, reason: `"${arxivRaw}" is not an arXiv id` };
  if (record.order !== undefined && typeof record.order !== 'number') return { ok: false, reason: 'order is not a number' };
  return {
    ok: true,
    value: {
      id: typeof record.id === 'string' && record.id ? record.id : newId(),
      title,
      url: record.url,
      authors: authors.map(collapseSpace).filter(Boolean),
      published,
      abstract,
      arxivId,
      siteName,
      section: record.section,
      summary: normalizeSummary((record.summary as string | undefined) ?? ''),
      topics: normalizeTopics(topics),
      day: record.day,
      order: typeof record.order === 'number' && Number.isFinite(record.order) ? record.order : 0,
      createdAt: typeof record.createdAt === 'string' ? record.createdAt : now,
      updatedAt: typeof record.updatedAt === 'string' ? record.updatedAt : now,
    },
  };
}
