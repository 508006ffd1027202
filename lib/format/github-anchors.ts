/**
 * The anchors GitHub gives a markdown file's headings, so that an index link can be checked or
 * written: lower case, every character that is not a letter, a digit, a space, `-` or `_` dropped,
 * each space turned into `-`, and `-1`, `-2`, … after an anchor already given in the file.
 */

/** The slug of one heading's text (without the leading `#`s). */
export function githubSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;

export interface HeadingAnchor {
  /** 1-based line number of the heading. */
  line: number;
  level: number;
  text: string;
  anchor: string;
}

/** Every ATX heading of a file with the anchor GitHub gives it, repeats numbered in file order. */
export function headingAnchors(markdown: string): HeadingAnchor[] {
  const seen = new Map<string, number>();
  const anchors: HeadingAnchor[] = [];
  let fence: string | null = null;
  markdown.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fenceMark) {
      if (fence === null) fence = fenceMark[0]!;
      else if (fenceMark[0] === fence) fence = null;
      return;
    }
    if (fence !== null) return;
    const match = ATX_HEADING.exec(raw);
    if (!match) return;
    const text = (match[2] ?? '').trim();
    const slug = githubSlug(text);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.push({ line: index + 1, level: match[1]!.length, text, anchor: count === 0 ? slug : `${slug}-${count}` });
  });
  return anchors;
}
