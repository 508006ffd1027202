import type TurndownService from 'turndown';

/**
 * A page selection as markdown: links, emphasis, lists and code kept. The HTML comes from the page;
 * turndown parses it into an inert document, so nothing in it runs or loads.
 */
export function selectionToMarkdown(html: string, turndown: TurndownService): string | null {
  if (!html.trim()) return null;
  const markdown = turndown
    .turndown(html.slice(0, 200_000))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return markdown || null;
}

export function createTurndown(Service: typeof TurndownService): TurndownService {
  const service = new Service({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  service.remove(['script', 'style', 'noscript', 'iframe', 'object', 'embed', 'form', 'button'] as never);
  // Images are dropped too (a summary is text, and an image's address would load from the list).
  // `remove` cannot do it: turndown's own image rule comes before it; an added rule comes first.
  service.addRule('no images', { filter: 'img', replacement: () => '' });
  return service;
}
