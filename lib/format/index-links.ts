import { githubSlug, headingAnchors, type HeadingAnchor } from './github-anchors';

/**
 * Checks a file's in-page links (`[ML news: Week 21 - 27 July](#...)`, the index of weeks some
 * lists keep by hand) against the anchors GitHub gives the file's headings. A broken link is
 * reported with the anchor that would work; so is an entry whose anchor is fine but leads to
 * another heading than the one its text names.
 */
export interface IndexLinkProblem {
  line: number;
  kind: 'anchor' | 'index-week';
  message: string;
}

const IN_PAGE_LINK = /\[((?:\\.|[^\]\\])*)\]\(#([^)\s]*)\)/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A week as headings name it: `Week 21 - 27 July`, `Week 30 June - 6 July`, `Week 2/4`. */
const WEEK_NAME = /Week\s+\d{1,2}(?:\s+[A-Za-z]+)?\s*(?:[-\u2013]\s*\d{1,2}\s+[A-Za-z]+|\/\s*\d)/i;

/** The slug without GitHub's `-1`, `-2` for a repeat. */
function baseSlug(heading: HeadingAnchor): string {
  return githubSlug(heading.text);
}

function squeezeHyphens(anchor: string): string {
  return anchor.replace(/-+/g, '-');
}

function decodeAnchor(anchor: string): string {
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}

/** The heading a link's text names: same slug as the text, else the same once hyphen runs are squeezed. */
function headingNamed(text: string, headings: readonly HeadingAnchor[]): HeadingAnchor | undefined {
  const slug = githubSlug(text);
  if (!slug) return undefined;
  return headings.find((h) => baseSlug(h) === slug) ?? headings.find((h) => squeezeHyphens(baseSlug(h)) === squeezeHyphens(slug));
}

function describe(heading: HeadingAnchor): string {
  return `"${heading.text}" (line ${heading.line}) has #${heading.anchor}`;
}

export function checkInPageLinks(markdown: string): IndexLinkProblem[] {
  const headings = headingAnchors(markdown);
  const byAnchor = new Map(headings.map((h) => [h.anchor, h]));
  const problems: IndexLinkProblem[] = [];
  let fence: string | null = null;
  markdown.split(/\r\n|\r|\n/).forEach((line, index) => {
    const fenceMark = FENCE.exec(line)?.[1];
    if (fenceMark) {
      if (fence === null) fence = fenceMark[0]!;
      else if (fenceMark[0] === fence) fence = null;
      return;
    }
    if (fence !== null || !line.includes('](#')) return;
    const lineNo = index + 1;
    for (const match of line.matchAll(IN_PAGE_LINK)) {
      const text = match[1]!.replace(/\\(.)/g, '$1');
      const anchor = decodeAnchor(match[2]!);
      const target = byAnchor.get(anchor);
      const named = headingNamed(text, headings);
      if (!target) {
        const fix =
          named ??
          headings.find((h) => squeezeHyphens(h.anchor) === squeezeHyphens(anchor.toLowerCase())) ??
          headings.find((h) => h.anchor === anchor.toLowerCase());
        problems.push({
          line: lineNo,
          kind: 'anchor',
          message: fix
            ? `#${anchor} is no anchor on this page: ${describe(fix)}`
            : `#${anchor} is no anchor on this page, and no heading is named "${text}"`,
        });
        continue;
      }
      // A working anchor whose heading is not the one the entry names: an index pointing at another week.
      if (baseSlug(target) === githubSlug(text)) continue;
      if (named && named !== target) {
        problems.push({
          line: lineNo,
          kind: 'index-week',
          message: `"${text}" leads to "${target.text}" (line ${target.line}): ${describe(named)}`,
        });
      } else if (!named && WEEK_NAME.test(text) && WEEK_NAME.test(target.text)) {
        problems.push({
          line: lineNo,
          kind: 'index-week',
          message: `"${text}" leads to "${target.text}" (line ${target.line}), and no heading is named "${text}"`,
        });
      }
    }
  });
  return problems;
}
