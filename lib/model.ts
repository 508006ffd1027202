/** The four sections of a list, in the order every list prints them. */
export const SECTIONS = ['Research', 'News', 'Resources', 'Perspectives'] as const;
export type Section = (typeof SECTIONS)[number];

export function isSection(value: unknown): value is Section {
  return typeof value === 'string' && (SECTIONS as readonly string[]).includes(value);
}

/** What the capture step reads off a page. */
export interface Capture {
  title: string;
  url: string;
  authors: string[];
  /** YYYY-MM-DD of first publication, or null when the page does not say. */
  published: string | null;
  abstract: string | null;
  arxivId: string | null;
  siteName: string | null;
  section: Section;
  /** The page selection as markdown, offered as the start of the summary. */
  selection: string | null;
}

/** One row of a curator's list, as the library stores it: what was captured, and what the curator wrote. */
export interface Item extends Omit<Capture, 'selection'> {
  id: string;
  summary: string;
  topics: string[];
  /**
   * The day (YYYY-MM-DD) the item is listed under. It is a day, not a week: the period it belongs
   * to (a week, or a monthly list's quarter) is derived from it by the list format's period
   * settings (format/week-order.ts, dates.ts).
   */
  day: string;
  /**
   * The curator's order: lists show lower numbers first, equal ones by `createdAt`
   * (format/week-order.ts), within a section for formats that group by section, across the period
   * for the one-table format. Paperboy works the number out in two cases (and once for items from
   * before orders existed: db/migrations.ts, 2 → 3). Adding an item, or an edit that changes its
   * section or day, gives it one more than the highest order among the other items of its section
   * listed on the same day (`lastOrder`, db/library.ts): other days are not looked at, so the item
   * need not come last in its period. Moving an item (up, down, or dropped onto another) renumbers
   * the group it moves in (the shown period's items of its section, or all of them in the
   * one-table format) 0, 1, 2, … in their new order, and writes those whose number changed
   * (`moveItem`, format/week-order.ts). Every other write keeps the number it is given (a record
   * without one gets 0: item-check.ts).
   */
  order: number;
  createdAt: string;
  updatedAt: string;
}

/** The fields a list format carries; the rest are Paperboy's own. */
export type ListedFields = Pick<Item, 'title' | 'url' | 'section' | 'summary' | 'topics' | 'day'>;

/**
 * Whether an item still waits for its link: a list row such as `[Chips and Policy.]()` has a title
 * and a summary but no address yet. Such an item is kept (url ''), and the popup and library page
 * show it as needing a link.
 */
export function needsLink(item: Pick<Item, 'url'>): boolean {
  return item.url === '';
}

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** A full item from the fields a list carries, with Paperboy's own fields at their defaults. */
export function itemFrom(
  listed: ListedFields & Partial<Pick<Item, 'arxivId' | 'authors' | 'published' | 'abstract' | 'siteName' | 'order'>>,
  now = new Date().toISOString(),
): Item {
  return {
    id: newId(),
    title: listed.title,
    url: listed.url,
    authors: listed.authors ?? [],
    published: listed.published ?? null,
    abstract: listed.abstract ?? null,
    arxivId: listed.arxivId ?? null,
    siteName: listed.siteName ?? null,
    section: listed.section,
    summary: listed.summary,
    topics: listed.topics,
    day: listed.day,
    order: listed.order ?? 0,
    createdAt: now,
    updatedAt: now,
  };
}
