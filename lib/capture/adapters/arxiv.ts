import type { Capture } from '../../model';
import { arxivAbsUrl, arxivIdFromUrl, parseArxivId } from '../../url';
import type { Adapter } from '../adapter';
import { cleanText, firstValid, meta, metaAll, parseDay, personName, text, textWithTex } from '../page-readers';

/**
 * arXiv abstract pages (`/abs/ID`) and HTML renderings (`/html/ID`, LaTeXML markup).
 * PDF tabs have no readable document; the extension asks arXiv's API for those (see arxiv-api.ts).
 */
function isArxiv(url: URL): boolean {
  return /(^|\.)arxiv\.org$/.test(url.hostname) || url.hostname === 'ar5iv.org';
}

/** The first-submission day: the `[v1]` entry of the history, else the dateline, else citation_date. */
function firstSubmitted(doc: Document): string | null {
  return firstValid([
    () => {
      const history = text(doc.querySelector('.submission-history'));
      const v1 = /\[v1\]\s*(?:[A-Za-z]{3},\s*)?(\d{1,2}\s+[A-Za-z]{3}\s+\d{4})/.exec(history);
      return v1 ? parseDay(v1[1]) : null;
    },
    () => {
      const dateline = /Submitted on\s+(\d{1,2}\s+[A-Za-z]{3}\s+\d{4})/.exec(text(doc.querySelector('.dateline')));
      return dateline ? parseDay(dateline[1]) : null;
    },
    () => parseDay(meta(doc, 'citation_date')),
    () => parseDay(meta(doc, 'citation_online_date')),
  ]);
}

/**
 * The names in one LaTeXML author node. The names come first, before the first line break (what
 * follows is affiliations, e-mails, URLs); several authors typeset together are separated by runs
 * of spaces, commas or "and"; footnote marks (`<sup>`, `ltx_note`) are not part of a name. NeurIPS
 * and ICLR styles put every author in one node, each after a `\And` that LaTeXML leaves as an
 * error mark: each such mark starts a new author, whose name again ends at its first line break.
 * A long list broken over lines ends each line but the last with a comma.
 */
export function latexmlNames(node: Element): string[] {
  const lines: string[] = [];
  let line = '';
  let inAffiliation = false;
  for (const child of node.childNodes) {
    if (child.nodeType === 1) {
      const element = child as Element;
      const tag = element.tagName.toLowerCase();
      if (element.classList.contains('ltx_ERROR') && /^\\and$/i.test(cleanText(element.textContent))) {
        lines.push(line);
        line = '';
        inAffiliation = false;
        continue;
      }
      if (inAffiliation) continue;
      // A line that ends with a comma or "and" goes on with more names on the next line.
      if (tag === 'br') {
        if (!/(,|\band)\s*$/.test(line)) inAffiliation = true;
        continue;
      }
      if (tag === 'sup' || element.classList.contains('ltx_note') || element.classList.contains('ltx_contact')) {
        line += ' ';
        continue;
      }
    }
    if (!inAffiliation) line += child.textContent ?? '';
  }
  lines.push(line);
  return lines.flatMap((one) =>
    one
      .replace(/\s*\n\s*/g, '  ')
      .split(/[\s\u00a0]{2,}|,|;|\s+and\s+|\s*&\s*|\band\s+/)
      .map((part) =>
        cleanText(part)
          .replace(/[\d*,\u2020\u2021\u00a7\u00b6\u2217\u22c6\u2666]+$/u, '')
          .replace(/^and\s+/i, '')
          .trim(),
      )
      .filter(Boolean),
  );
}

/**
 * The day of a first version's HTML rendering: arXiv stamps each page "arXiv:ID v1 [cs.CL] 09 Feb 2026"
 * with the day that version was submitted. A later version's stamp is that version's day, not the
 * paper's first, so it is left to arXiv's record (arxiv-api.ts).
 */
export function firstVersionStamp(doc: Document): string | null {
  const stamp = /arXiv:\S+?v(\d+)\s+\[[^\]]+\]\s+(\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4})/.exec(text(doc.querySelector('#watermark-tr')));
  return stamp && stamp[1] === '1' ? parseDay(stamp[2]) : null;
}

function readArxiv(doc: Document, url: URL): Capture {
  const id = firstValid([() => parseArxivId(meta(doc, 'citation_arxiv_id') ?? ''), () => arxivIdFromUrl(url)]) ?? arxivIdFromUrl(url)!;
  const isHtml = /^\/html\//.test(url.pathname) || Boolean(doc.querySelector('.ltx_title_document'));

  const title =
    firstValid([
      () => meta(doc, 'citation_title'),
      () => textWithTex(doc.querySelector('h1.ltx_title_document, .ltx_title_document')),
      () => textWithTex(doc.querySelector('h1.title'))?.replace(/^Title:\s*/, ''),
      () => meta(doc, 'og:title'),
      () => cleanText(doc.title).replace(/^\[[^\]]+\]\s*/, ''),
    ]) ?? '';

  const authors =
    firstValid<string[]>(
      [
        () => metaAll(doc, 'citation_author').map(personName),
        () => [...doc.querySelectorAll('.ltx_authors .ltx_personname')].flatMap(latexmlNames),
        () => [...doc.querySelectorAll('.authors a')].map((a) => text(a)),
      ],
      (list) => list.filter(Boolean).length > 0,
    ) ?? [];

  const abstract = firstValid([
    () => meta(doc, 'citation_abstract'),
    () => textWithTex(doc.querySelector('blockquote.abstract')).replace(/^Abstract:\s*/, ''),
    () => textWithTex(doc.querySelector('.ltx_abstract'))?.replace(/^Abstract\.?\s*/i, ''),
    () => meta(doc, 'og:description'),
  ]);

  return {
    title: cleanText(title).slice(0, 1000) || `arXiv:${id}`,
    url: arxivAbsUrl(id),
    authors: authors.filter(Boolean).slice(0, 200),
    published: isHtml ? firstValid([() => firstSubmitted(doc), () => firstVersionStamp(doc)]) : firstSubmitted(doc),
    abstract: abstract ? abstract.slice(0, 10_000) : null,
    arxivId: id,
    siteName: 'arXiv',
    section: 'Research',
    selection: null,
  };
}

export const arxivAdapter: Adapter = {
  name: 'arxiv',
  matches: (url) => isArxiv(url) && arxivIdFromUrl(url) !== null,
  extract: readArxiv,
};
