import { hostOf } from './site';
import { absoluteUrl, cleanText, nameKey } from './page-readers';

/**
 * Title rules: what in a page's title is the site rather than the piece, and which of the page's
 * titles is the piece's own. Each rule is small and pure; the generic adapter chains them.
 */

/** Host labels that name no site: language and service prefixes, generic words. */
const GENERIC_LABELS = new Set([
  'www',
  'en',
  'de',
  'fr',
  'es',
  'ja',
  'blog',
  'blogs',
  'news',
  'docs',
  'dev',
  'developer',
  'research',
  'tech',
  'm',
  'app',
  'web',
]);

/** The names the address gives a site: `quanta-notes.example` gives "quanta-notes"; `en.wikipedia.org` gives "wikipedia". */
export function hostNames(url: URL): string[] {
  const host = hostOf(url);
  const labels = host.split('.');
  // The last label is the top-level domain; a two-letter label before a country code is a second level (co.uk).
  const meaningful = labels
    .slice(0, -1)
    .filter(
      (label, i, all) => !(i === all.length - 1 && label.length <= 3 && labels.length > 2 && /^(co|com|org|net|ac|gov)$/.test(label)),
    );
  return [host, ...meaningful.filter((label) => label.length >= 3 && !GENERIC_LABELS.has(label))];
}

/** Texts of the links that lead to the site's home page (logo, site title): the name the page gives itself. */
export function homeLinkNames(doc: Document, url: URL): string[] {
  const found: string[] = [];
  const links = doc.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < 300 && found.length < 5; i++) {
    const link = links[i]!;
    const href = absoluteUrl(link.getAttribute('href'), url);
    const home = href !== null && new URL(href).origin === url.origin && /^\/?(index\.\w+)?$/.test(new URL(href).pathname);
    if (
      !home &&
      !/\b(site-title|site-name|navbar-brand|logo)\b/.test(`${link.className} ${link.parentElement?.className ?? ''}`) &&
      !(link.getAttribute('rel') ?? '').split(/\s+/).includes('home')
    )
      continue;
    const name = cleanText(link.textContent) || cleanText(link.querySelector('img')?.getAttribute('alt'));
    if (name && name.length <= 60) found.push(name);
  }
  return found;
}

/** Every name of the site worth recognising in a title: declared names, home-link texts and host names. */
export function siteNamesOf(declared: ReadonlyArray<string | null | undefined>, homeLinks: readonly string[], url: URL): string[] {
  return [
    ...new Set(
      [...declared, ...homeLinks, ...hostNames(url)]
        .filter((name): name is string => Boolean(name))
        .map(nameKey)
        .filter(Boolean),
    ),
  ];
}

/** Words that follow a site's name in the part of a title that names the site ("Acme Blog", "Ferrum 2.1 documentation"). */
const SITE_WORDS =
  /^(blog|news|newsroom|docs|documentation|wiki|forums?|community|research|engineering|journal|magazine|newsletter|digest|labs?|press|online|home|official site|website)$/i;

/** Is `segment` the site: one of its names, a name and a site word, or a documentation or forum label? */
export function isSiteSegment(segment: string, names: readonly string[]): boolean {
  const key = nameKey(segment);
  if (!key) return true;
  if (names.some((name) => key === name)) return true;
  // "r/MachineLearning", "c/localllama": a community's label on Reddit, Lemmy and their kin.
  if (/^[a-z]{1,2}\/[\p{L}\p{N}_-]{2,}$/iu.test(segment.trim())) return true;
  const words = cleanText(segment).split(' ');
  // "Acme Works Blog" for the site "acmeworks"; "Ferrum 2.1 documentation" names a project's documentation.
  if (words.length >= 2 && words.length <= 6 && SITE_WORDS.test(words.at(-1)!)) {
    const rest = nameKey(
      words
        .slice(0, -1)
        .join(' ')
        .replace(/\s*v?\d+(\.\d+)*\s*$/, ''),
    );
    if (names.some((name) => name === rest) || /^(documentation|docs)$/i.test(words.at(-1)!)) return true;
  }
  // "MDN" for "MDN Web Docs": a declared name that starts with the segment's own words.
  return (
    key.length >= 3 &&
    words.length <= 3 &&
    names.some((name) => name.length > key.length && name.startsWith(key) && name.length - key.length >= 3 && words.length === 1)
  );
}

/** Separators between a title and a site name; colons only ever end a site name at the start. */
const SEPARATORS = [
  ' | ',
  '｜',
  ' \\ ',
  ' - ',
  ' \u2013 ',
  ' \u2014 ',
  ' \u00b7 ',
  ' \u2022 ',
  ' \u00bb ',
  ' \u203a ',
  ' :: ',
  ' : ',
  ' // ',
  ' / ',
];
const LEADING_ONLY = [': '];

/** Separators where the last part of a title is the site's label even when its name is not known. */
const LABEL_SEPARATORS = [' | ', '｜'];

/** "Title - by Name - Site", "Title | by Name": a byline the title carries. */
function isByline(segment: string): boolean {
  return /^by\s+\S/i.test(segment.trim());
}

/**
 * "Title | by Name | Publication | Platform": a byline segment in a title ends the piece's part;
 * what follows it names where the piece appears, never the piece.
 */
export function beforeTitleByline(title: string): string {
  for (const separator of SEPARATORS) {
    for (let at = title.indexOf(separator); at > 0; at = title.indexOf(separator, at + separator.length)) {
      // "by Ana Ruiz", not "by the numbers": a name follows.
      if (/^by\s+\p{Lu}/u.test(title.slice(at + separator.length))) return title.slice(0, at).trim();
    }
  }
  return title;
}

/**
 * "【Column name】Headline" (Japanese media's series tag) and "1.11. Ensembles" (a numbered section of
 * documentation): labels before the headline, not part of it.
 */
export function withoutLeadingLabel(title: string): string {
  const rest = title.replace(/^【[^】]{1,40}】\s*/u, '').replace(/^\d+(?:\.\d+)+\.\s+(?=\p{L})/u, '');
  return rest.length >= 4 ? rest : title;
}

/**
 * "Headline — Site - The site's tagline": the site's name with its tagline after it. The first
 * segment after the headline that names the site ends the headline, whatever follows it.
 */
export function withoutSiteAndTagline(title: string, names: readonly string[]): string {
  const parts = title.split(/( [|–—-] )/u);
  for (let i = 2; i < parts.length - 2; i += 2) {
    if (isSiteSegment(parts[i]!, names))
      return parts
        .slice(0, i - 1)
        .join('')
        .trim();
  }
  return title;
}

/**
 * The title without the site: whole segments at either end that name the site (or a byline) go,
 * repeatedly ("Orbit » Blog » Title"); a title's own dash stays ("Map - Collections" from
 * "Map - Collections | Webref"). When no name of the site was found, a short capitalised last part
 * after a pipe is taken for the site's label ("Page | Hacker News").
 */
export function stripSiteNames(raw: string, names: readonly string[]): string {
  let title = withoutSiteAndTagline(beforeTitleByline(withoutLeadingLabel(cleanText(raw))), names);
  let stripped = title !== cleanText(raw);
  for (let changed = true, rounds = 0; changed && rounds < 8; rounds++) {
    changed = false;
    for (const separator of SEPARATORS) {
      const at = title.lastIndexOf(separator);
      if (at > 0) {
        const tail = title.slice(at + separator.length);
        if (isSiteSegment(tail, names) || isByline(tail) || (stripped && SITE_WORDS.test(tail.trim()))) {
          title = title.slice(0, at).trim();
          changed = stripped = true;
        }
      }
    }
    for (const separator of [...SEPARATORS, ...LEADING_ONLY]) {
      const head = title.indexOf(separator);
      if (head > 0 && title.length - head > separator.length + 1) {
        const first = title.slice(0, head);
        // "Lumen Labs: Scaling …" names the site; "Attention: a survey" is a title of its own.
        const rest = title.slice(head + separator.length);
        if (LEADING_ONLY.includes(separator) && /^\p{Ll}/u.test(rest)) continue;
        if (isSiteSegment(first, names) || (stripped && SITE_WORDS.test(first.trim()))) {
          title = title.slice(head + separator.length).trim();
          changed = stripped = true;
        }
      }
    }
  }
  if (!stripped) {
    for (const separator of LABEL_SEPARATORS) {
      const at = title.lastIndexOf(separator);
      const tail = at > 0 ? title.slice(at + separator.length).trim() : '';
      const words = tail.split(/\s+/).length;
      if (tail && words <= 4 && /^[\p{Lu}\p{N}\p{Lo}]/u.test(tail) && title.slice(0, at).trim().length > tail.length)
        return title.slice(0, at).trim();
    }
  }
  return title;
}

/** When the piece's heading is one end of the title ("Heading : r/Forum", "Posts | Heading"), the heading. */
export function headingInTitle(title: string, heading: string): string | null {
  if (!heading || heading.length < 3 || title === heading) return null;
  for (const separator of [...SEPARATORS, ' : ', ...LEADING_ONLY]) {
    if (title.startsWith(heading + separator) || title.endsWith(separator + heading)) return heading;
  }
  return null;
}

/**
 * "Heading. Subtitle" as a document title ("Why your evals lie. And three checks that catch it"):
 * when the title is the piece's heading followed by its subtitle (the page's description), the
 * heading, as the curator lists it.
 */
export function headingBeforeSubtitle(title: string, heading: string, subtitle: string): string | null {
  if (!heading || !subtitle || heading.length < 3 || !title.startsWith(heading)) return null;
  const rest = title.slice(heading.length).replace(/^\s*[.:!?—–-]?\s+/u, '');
  return rest !== title.slice(heading.length) && rest && nameKey(rest) === nameKey(subtitle) ? heading : null;
}

/** Does either text hold the other (letters and digits compared)? */
export function overlaps(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  return Boolean(x && y) && (x.includes(y) || y.includes(x));
}

const PLACEHOLDERS = /^(home( ?page)?|untitled( document)?|index|welcome|loading\W*|document)$/i;

/**
 * A title that names the site, not the piece: empty once the site is removed, one of the site's
 * names, a placeholder, or a line that still names the site and shares nothing with the piece's
 * heading, or with the document's title when the heading is too short to judge ("From the X
 * community on Reddit" over a post's own title).
 */
export function isGenericTitle(cleaned: string, names: readonly string[], heading: string, documentTitle = ''): boolean {
  if (!cleaned || isSiteSegment(cleaned, names) || PLACEHOLDERS.test(cleaned)) return true;
  // "Dalia Voss (@dalia@sigmoid.social)": a profile's label, what social platforms give every post.
  if (/^[^()]{2,60} \(@[\w.@-]+\)$/.test(cleaned)) return true;
  // Only a reference of a few words can show that a title naming the site is not the piece's.
  const reference = [heading, documentTitle].find((line) => line.split(' ').length >= 3);
  if (!reference || overlaps(cleaned, reference)) return false;
  // Only a name the title still carries once the site's own segments are gone: "… community on Reddit".
  const words = cleaned
    .split(/[\s|·:–—-]+/)
    .map(nameKey)
    .filter(Boolean);
  return names.some((name) => words.includes(name));
}

/**
 * A metadata title that the page's heading and its document title both contradict: Wikipedia's
 * JSON-LD `headline` holds the article's one-line description, not its name. Two things the reader
 * sees agree, the field shares nothing with either, so it describes something else.
 */
export function isContradicted(candidate: string, heading: string, documentTitle: string): boolean {
  return Boolean(heading) && overlaps(documentTitle, heading) && !overlaps(candidate, heading) && !overlaps(candidate, documentTitle);
}

/** Platforms that title a post "Name on X: "text"" (X, Threads, Bluesky, Mastodon and their kin). */
const SOCIAL_POST =
  /^(.{2,60}?)(?: \(@[^)]+\))? on (?:X|Twitter|Threads|Bluesky|Mastodon|Instagram|Facebook|LinkedIn)\s*:\s*["“](.+)["”](?:\s*\/\s*\S+)?$/su;

/** "Dalia Voss: "Short thread on …"": the title Mastodon and its kin give a post; its author, or null. */
export function quotedPostAuthor(documentTitle: string): string | null {
  return /^([^:"“]{2,60}?)(?: \(@[^)]+\))?:\s*["“]/u.exec(documentTitle)?.[1]?.trim() ?? null;
}

/** A post's document title read as its author and its text, or null. */
export function socialPost(documentTitle: string): { author: string; text: string } | null {
  const match = SOCIAL_POST.exec(documentTitle);
  return match ? { author: match[1]!.trim(), text: match[2]!.trim() } : null;
}

/** The piece's own title, from a list of candidates in order of trust (see the generic adapter). */
export function chooseTitle(
  trusted: ReadonlyArray<string | null | undefined>,
  social: ReadonlyArray<string | null | undefined>,
  documentTitle: string,
  heading: string,
  names: readonly string[],
  subtitle = '',
): string {
  // A heading that is the site's name or a section's ("Blog", "Newsroom") is not the piece's.
  const usableHeading = heading && !isSiteSegment(heading, names) && !SITE_WORDS.test(heading) ? heading : '';
  const wholeDocumentTitle = cleanText(documentTitle);
  for (const raw of trusted) {
    const cleaned = raw ? stripSiteNames(raw, names) : '';
    if (cleaned && !isSiteSegment(cleaned, names) && !isContradicted(cleaned, usableHeading, wholeDocumentTitle)) return cleaned;
  }
  const strippedDocumentTitle = stripSiteNames(documentTitle, names);
  const post = socialPost(wholeDocumentTitle);
  if (post) return post.text;
  // The heading and the document title agree word for word: a shorter social title ("FlowAvatar" for
  // "FlowAvatar: Real-Time Avatars…") only abbreviates them.
  if (usableHeading && wholeDocumentTitle === usableHeading && social.some((raw) => raw && overlaps(cleanText(raw), usableHeading)))
    return usableHeading;
  for (const raw of social) {
    const cleaned = raw ? stripSiteNames(raw, names) : '';
    if (cleaned && !isGenericTitle(cleaned, names, usableHeading, strippedDocumentTitle)) return cleaned;
  }
  // A document title that is the heading word for word is the piece's own, whatever it begins with
  // ("CS 329R: Reinforcement Learning…" on a course whose site is called "CS 329R").
  if (usableHeading && wholeDocumentTitle === usableHeading) return usableHeading;
  // The document title is the least curated: when the heading is one end of it, the rest is the site's.
  const cleaned = strippedDocumentTitle;
  if (documentTitle && !isGenericTitle(cleaned, names, usableHeading))
    return headingInTitle(cleaned, usableHeading) ?? headingBeforeSubtitle(cleaned, usableHeading, subtitle) ?? cleaned;
  return usableHeading || cleaned;
}

/** A title as a curator would list it: known prefixes ("Paper page - ", "GitHub - ") and the site's names removed. */
export function cleanTitle(raw: string, url: URL, siteName: string | null): string {
  const names = siteNamesOf([siteName], [], url);
  return stripSiteNames(cleanText(raw).replace(/^(Paper page|GitHub)\s+-\s+/i, ''), names);
}
