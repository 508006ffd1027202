import type { Item } from '../model';
import { encodeCell, encodeLinkText } from './cell';
import { linkSafeUrl } from '../url';

/**
 * A custom row, one per item: `- [{title}]({url}): {summary}` and the like. `{week}` gives the day
 * the item is listed under (YYYY-MM-DD); the placeholder keeps its name because curators' saved
 * templates use it.
 */
export const TEMPLATE_FIELDS = ['title', 'url', 'summary', 'topics', 'authors', 'date', 'section', 'arxivId', 'week'] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

export const DEFAULT_TEMPLATE = '- [{title}]({url}): {summary}';

type TemplateItem = Pick<Item, 'title' | 'url' | 'summary' | 'topics' | 'section' | 'day'> &
  Partial<Pick<Item, 'authors' | 'published' | 'arxivId'>>;

/** Placeholders the template names that Paperboy does not know. */
export function unknownPlaceholders(template: string): string[] {
  const known = new Set<string>(TEMPLATE_FIELDS);
  return [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!).filter((name) => !known.has(name));
}

function value(item: TemplateItem, field: TemplateField): string {
  switch (field) {
    case 'title':
      return encodeLinkText(item.title);
    case 'url':
      return linkSafeUrl(item.url);
    case 'summary':
      return encodeCell(item.summary);
    case 'topics':
      return encodeCell(item.topics.join(', '));
    case 'authors':
      return encodeCell((item.authors ?? []).join(', '));
    case 'date':
      return item.published ?? '';
    case 'section':
      return item.section;
    case 'arxivId':
      return item.arxivId ?? '';
    case 'week':
      return item.day;
  }
}

/** Fills the template for one item; every value is one line, escaped for tables and links. */
export function fillTemplate(template: string, item: TemplateItem): string {
  const oneLine = template.replace(/\r?\n/g, ' ');
  return oneLine.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) =>
    (TEMPLATE_FIELDS as readonly string[]).includes(name) ? value(item, name as TemplateField) : whole,
  );
}

export function exportTemplate(items: readonly TemplateItem[], template: string): string {
  return items.map((item) => fillTemplate(template, item)).join('\n') + (items.length ? '\n' : '');
}
