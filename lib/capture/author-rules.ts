import {
  absoluteUrl,
  articleRoot,
  cleanText,
  firstOf,
  within,
  linkHref,
  meta,
  metaAll,
  nameKey,
  personName,
  segmentedText,
  text,
} from './page-readers';
import { dayInText, linesNearHeadline, parselyPage } from './date-rules';

/**
 * Author rules: metadata and bylines as pages write them ("By A and B", "Jane Doe, Senior Editor",
 * a profile URL in `<meta name=author>`), turned into a list of people's names.
 */

/** Words that open a byline, in the languages curators read. */
const BY_PREFIX =
  /^(?:(?:written|posted|published|words|story|text|reported)\s+by|(?:escrito|publicado|redactado)\s+por|(?:écrit|publié|rédigé)\s+par|(?:geschrieben|verfasst)\s+von|scritto\s+da|by|von|par|por|door|di|da|av|af|著者|文|作者)\s*[:：]?\s+/i;
const BY_PREFIX_CJK = /^(?:著者|文|作者|執筆|编辑|編輯|责任编辑|撰文|记者|記者)\s*[:：]\s*/;

/** Words of job titles and roles that follow a name after a comma ("Jane Doe, Senior Editor"). */
const ROLE_WORD =
  /^(editors?|writer|reporter|correspondent|columnist|contributor|analyst|staff|journalist|author|professor|director|engineer|scientist|researcher|ceo|cto|founder|co-?founder|manager|intern|redakteur(in)?|rédact\w+|periodista|redactora?)$/i;

/** A role, not a person: a line whose first or last word is a role word ("Senior Editor", "Staff Writer", "Head of Research"). */
export function isRole(raw: string): boolean {
  const words = raw.trim().toLowerCase().split(/\s+/);
  return ROLE_WORD.test(words[0] ?? '') || ROLE_WORD.test(words.at(-1) ?? '') || /^(head|lead) of\b/.test(words.join(' '));
}

/** Last words that make a name an organisation's ("Corvid AI", "Acme Labs", "Beacon Media Group"), never a person's. */
const ORGANISATION_WORD =
  /^(?:AI|Inc\.?|Ltd\.?|LLC|GmbH|Corp\.?|Corporation|Company|Labs?|Team|Media|Group|Foundation|Institute|University|Newsroom|Blog|Desk|Staff|Editors|Newsletter|Magazine|Journal|Press|Podcast|Research|Engineering|Studios?|Collective|Network|Project|Initiative|Cent(?:er|re)|Council|Agency|Office|Bureau|Society|Association|Community|Club)$/;

export function isOrganisation(raw: string): boolean {
  const words = raw.trim().split(/\s+/);
  // "ETH Zürich", "MIT CSAIL": a word in capitals is an acronym, which people's names do not have.
  // (A name written all in capitals, "ROSA DELGADO", is a wire service's style, not an acronym.)
  const acronym = (word: string) => /^\p{Lu}{2,6}$/u.test(word);
  return words.length >= 2 && (ORGANISATION_WORD.test(words.at(-1)!) || (words.some(acronym) && /\p{Ll}/u.test(raw)));
}

/** Small words inside names: "Ilse van Baarle", "Maria da Silva", "Ali bin Hassan", "Omar al-Farouk", "Jean d'Ormesson". */
const NAME_PARTICLE =
  /^(?:van|von|de|da|das|do|dos|del|della|der|den|di|du|la|le|bin|ibn|al|el|ben|ter|ten|y|e|zu|af|av|(?:al|el|ad)-\S+|[dl]['’]\S+)$/;

/** Is this a person's name, not a URL, an e-mail, a role, a date or a sentence? */
export function looksLikeName(raw: string): boolean {
  const name = raw.trim();
  if (!name || name.length > 70 || !/\p{L}/u.test(name) || /^(https?:|www\.)|@|\/|\d/i.test(name)) return false;
  if (isRole(name) || isOrganisation(name)) return false;
  if (dayInText(name)) return false;
  const words = name.split(/\s+/);
  // "dpa", "AFP", "admin": a news agency's credit or an account, never one person's name.
  // "m_okoro", "quietfox": a single word with small letters and no capital is a handle.
  if (words.length === 1 && ((/\p{Ll}/u.test(name) && !/\p{Lu}/u.test(name)) || /^\p{Lu}{2,5}$/u.test(name))) return false;
  // "quillhound on Thursday", "Posted by wanderbyte": a word in small letters that is no name particle makes a phrase.
  if (words.length > 1 && words.some((word) => /^\p{Ll}/u.test(word) && !NAME_PARTICLE.test(word))) return false;
  return words.length <= 6 && !/[.!?]$/.test(name.replace(/\b\p{Lu}\.$/u, ''));
}

/**
 * "By Sara Kim" → "Sara Kim"; "Par Camille Durand" → "Camille Durand"; "박서연 기자" → "박서연" (the
 * reporter's title after the name); "澎湃新闻记者 陈思远" → "陈思远" (Chinese puts it before);
 * "【佐伯美咲】" → "佐伯美咲" (Japanese papers bracket the byline).
 */
export function withoutByPrefix(raw: string): string {
  return cleanText(raw.slice(0, 500))
    .replace(/^【([^】]{1,30})】$/u, '$1')
    .replace(/^[\p{Script=Han}]{0,8}记者\s*/u, '')
    .replace(BY_PREFIX_CJK, '')
    .replace(BY_PREFIX, '')
    .replace(/\s?(?:기자|특파원|記者|特派員)$/u, '')
    .trim();
}

/**
 * Names in a byline or an author field: "A, B and C", "A & B", "A und B"; roles after a comma and a
 * trailing date ("Camille Durand, le 12 mars 2026") dropped; URLs and non-names dropped.
 */
export function splitAuthorNames(raw: string | null | undefined): string[] {
  if (!raw) return [];
  // A byline is short; bounding it keeps the end-anchored patterns below linear on hostile text.
  let line = withoutByPrefix(afterInnerBy(raw.slice(0, 500)));
  const date = dayInText(line);
  if (date) line = line.slice(0, date.at);
  line = line
    .replace(/\s*[|·•—–»]\s.*$/u, '')
    .replace(/[\s,·•|—–-]+(?:on|am|le|el|du|the|at|le\s+\d+)?\s*$/iu, '')
    .trim();
  return creditParts(line).names;
}

/** Words of a role before a name ("Senior Researcher Beatriz Lemos", "Principal Research Manager Wen Zhao"). */
const LEADING_ROLE =
  /^(?:(?:senior|principal|staff|lead|chief|junior|research|software|applied|managing|executive|contributing|associate|assistant|visiting|postdoctoral|product|program|technical|data|machine learning|ml|ai)\s+)*(?:researcher|scientist|engineer|manager|editor|writer|reporter|director|fellow|intern|professor|student|analyst|designer|architect|lead)\s+/i;

/**
 * The name in one part of a byline: after a role that precedes it, after a sentence's "by"
 * ("This research was conducted by Helena Marsh"), and in ordinary case when written in capitals
 * ("ROSA DELGADO", as wire services do).
 */
export function nameInPart(part: string): string {
  let name = part;
  const afterBy = /\bby\s+(\p{Lu}[^]*)$/u.exec(name);
  if (afterBy && !looksLikeName(name)) name = afterBy[1]!;
  const withoutRole = name.replace(LEADING_ROLE, '');
  if (withoutRole !== name && isFullName(withoutRole)) name = withoutRole;
  return inOrdinaryCase(name);
}

/** "ROSA DELGADO" → "Rosa Delgado"; "MARY-KATE O'NEIL" → "Mary-Kate O'Neil". Names in mixed case stay. */
export function inOrdinaryCase(name: string): string {
  if (!/\p{Lu}{2}/u.test(name) || /\p{Ll}/u.test(name) || name.split(' ').length < 2) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** Separators between names in a byline; the capture tells "and" (a new person) from a comma. */
const NAME_SEPARATOR = /\s*(,|;|\band\b|&|\bund\b|\bet\b|\by\b|\be\b|、|・(?=\S+\s))\s*/u;

/**
 * The parts of a credit line: names, and whether the line gave roles ("Ana Ruiz, Research
 * Scientist, and Li Wei, Engineer, Example Lab"). After a role, a last part not introduced by
 * "and" is the team or company the people belong to, not a person.
 */
export function creditParts(line: string): { names: string[]; roles: number; affiliation: string | null; others: number } {
  const pieces = line.split(NAME_SEPARATOR);
  const names: string[] = [];
  let roles = 0;
  let others = 0;
  let affiliation: string | null = null;
  let afterRole = false;
  for (let i = 0; i < pieces.length; i += 2) {
    const part = nameInPart(withoutByPrefix(pieces[i]!));
    const separator = i > 0 ? pieces[i - 1]!.trim().toLowerCase() : '';
    if (!part) continue;
    if (isRole(part)) {
      roles++;
      afterRole = true;
      continue;
    }
    const isLast = i >= pieces.length - 1;
    if (afterRole && isLast && separator !== 'and' && separator !== '&') {
      affiliation = part;
      continue;
    }
    afterRole = false;
    // "Johanna Kettelhack, Stuttgart": one word after a comma that follows a full name is the dateline's place.
    if (separator === ',' && !part.includes(' ') && names.length > 0 && isFullName(names.at(-1)!)) {
      affiliation = part;
      continue;
    }
    if (looksLikeName(part)) names.push(part);
    else others++;
  }
  return { names, roles, affiliation, others };
}

/**
 * A line of names with their roles and no "By" ("Ana Ruiz, Research Scientist, and Li Wei, Software
 * Engineer, Example Lab"): the byline of corporate and lab blogs. Only a line made of full names
 * and roles, with at least one role, counts.
 */
export function authorsFromCreditLine(line: string): string[] {
  if (line.length > 250) return [];
  const { names, roles, others } = creditParts(cleanText(line));
  return roles > 0 && others === 0 && names.length > 0 && names.every(isFullName) ? names : [];
}

/**
 * "Post by quietfox", "Photos by Ana Ruiz": a byline after a word or two that label it ("Post", an
 * icon's text); the part after "by". A "by" later in a line is a sentence's, and stays.
 */
export function afterInnerBy(raw: string): string {
  const match = /^(\S+(?:\s+\S+)?)\s+by\s+(?=\S)/i.exec(cleanText(raw));
  return match && !/^by$/i.test(match[1]!) ? cleanText(raw).slice(match[0].length) : raw;
}

/** Two to four words, each capitalised (or in a script without case): "Marisol Vega", "山田 太郎". */
export function isFullName(name: string): boolean {
  const words = name.split(' ');
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((word) => !/^\p{Ll}/u.test(word) || /^(van|von|de|da|del|der|di|du|la|le|bin|ibn)$/.test(word))
  );
}

/** Names from Highwire `citation_author` ("Hu, Edward J.") and `citation_authors` ("A; B"). */
export function authorsFromCitation(doc: Document): string[] {
  const each = metaAll(doc, 'citation_author').map(personName);
  return each.length ? each : (meta(doc, 'citation_authors')?.split(';').map(personName).filter(Boolean) ?? []);
}

/** Names from Dublin Core creators (`DC.creator`, `dcterms.creator`). */
export function authorsFromDublinCore(doc: Document): string[] {
  return [...metaAll(doc, 'dcterms.creator'), ...metaAll(doc, 'DC.creator')].map(personName);
}

/** Names from Parse.ly (`parsely-author`, or the `parsely-page` JSON) and Sailthru tags. */
export function authorsFromAnalyticsTags(doc: Document): string[] {
  const parsely = metaAll(doc, 'parsely-author');
  if (parsely.length) return parsely.flatMap(splitAuthorNames);
  const page = parselyPage(doc);
  const fromPage = [page?.authors, page?.author].flat().filter((a): a is string => typeof a === 'string');
  if (fromPage.length) return fromPage.flatMap(splitAuthorNames);
  return metaAll(doc, 'sailthru.author').flatMap(splitAuthorNames);
}

/** Names from `article:author` and `<meta name=author>`, when they hold names rather than profile URLs. */
export function authorsFromMetaTags(doc: Document): string[] {
  for (const tag of ['article:author', 'author', 'dc.creator.author', 'byl']) {
    const names = metaAll(doc, tag).flatMap(splitAuthorNames);
    if (names.length) return names;
  }
  return [];
}

/** Elements marked as the author in microdata (`itemprop=author`, its nested `itemprop=name`) or by `rel=author`. */
export function authorsFromMarkup(doc: Document): string[] {
  const root = articleRoot(doc);
  const marked = within(root, '[itemprop~="author"], a[rel~="author"]').slice(0, 20);
  // Microdata names the author of the item around it: on a Q&A page the question's and each
  // answer's. The first item's authors are the piece's.
  const ownerOf = (node: Element) => node.parentElement?.closest('[itemscope]') ?? null;
  const firstOwner = marked.find((node) => node.matches('[itemprop~="author"]')) ?? null;
  const pieceOwner = firstOwner ? ownerOf(firstOwner) : null;
  const names = marked
    .filter((node) => !node.matches('[itemprop~="author"]') || ownerOf(node) === pieceOwner)
    .filter((node) => node.tagName.toLowerCase() !== 'meta' && !node.closest('[itemprop~="comment"], .comment, .comments, footer, aside'))
    .flatMap((node) => {
      const named = node.querySelector('[itemprop="name"]');
      // Forums show the account and then the person: "priya_m (Priya Menon)".
      if (named) return [looksLikeName(text(named)) ? text(named) : (nameInParentheses(text(node)) ?? text(named))];
      if (node.tagName.toLowerCase() !== 'a' && node.querySelector('a')) return [...node.querySelectorAll('a')].map(text);
      return splitAuthorNames(text(node));
    })
    .filter(looksLikeName);
  return [...new Set(names)];
}

/** "priya_m (Priya Menon)": the display name a forum shows after an account, or null. */
export function nameInParentheses(line: string): string | null {
  const match = /\(([^()]{3,60})\)\s*$/.exec(cleanText(line));
  return match && looksLikeName(match[1]!) && isFullName(match[1]!) ? match[1]! : null;
}

/**
 * Byline blocks by their usual class names: a name element inside them first (any class that speaks
 * of both the author and a name: "author-name", "AuthorChip_name", "byline__name"), else their text.
 */
const BYLINE_NAME = '[class*="author" i][class*="name" i], [class*="byline__name" i], [class*="byline-name" i], .fn';
const BYLINE_BLOCK = '[class*="byline" i], .by-line, [class*="author" i]';

/** Labels for screen readers and icons ("Post", "Posted by") are not what a link shows. */
const HIDDEN_LABEL = '.sr-only, .screen-reader-text, .visually-hidden, .visuallyhidden, [aria-hidden="true"]';

/** The text a link shows a reader: its text without screen-reader-only labels. */
export function shownText(node: Element): string {
  if (!node.querySelector(HIDDEN_LABEL)) return segmentedText(node);
  const copy = node.cloneNode(true) as Element;
  for (const hidden of firstOf(copy.querySelectorAll(HIDDEN_LABEL), 20)) hidden.remove();
  return segmentedText(copy);
}

const outsideThePiece = (node: Element) => !node.closest('.comment, .comments, #comments, footer, aside, nav, [class*="related" i]');

/** An element's text without its superscripts (affiliation and footnote marks: "Ana Ruiz¹,²*"). */
export function withoutMarks(node: Element): string {
  if (!node.querySelector('sup')) return segmentedText(node);
  const copy = node.cloneNode(true) as Element;
  for (const mark of firstOf(copy.querySelectorAll('sup'), 100)) mark.remove();
  return segmentedText(copy);
}

/**
 * A description that is nothing but a byline ("By Ana Ruiz, Li Wei, and Sam Poe"): publications on
 * blogging platforms credit their writers there when the platform's author is the publication.
 */
export function authorsFromBylineDescription(doc: Document): string[] {
  for (const tag of ['description', 'og:description', 'twitter:description']) {
    const line = meta(doc, tag);
    if (!line || line.length > 200 || !BY_PREFIX.test(line)) continue;
    const { names, roles, others } = creditParts(withoutByPrefix(line));
    if (names.length && others === 0 && roles === 0 && names.every(isFullName)) return names;
  }
  return [];
}

/** The role a credit gives beside a person's link ("Author", "Editor", "Technical Reviewer"): the card's text without the name. */
function creditLabel(link: Element): string {
  const card = link.parentElement?.parentElement ?? link.parentElement;
  const cardText = card ? segmentedText(card) : '';
  return card && cardText.length <= 300
    ? cleanText(cardText.replace(shownText(link), ''))
        .replace(/^[\s·|,–—-]+|[\s·|,–—-]+$/gu, '')
        .trim()
    : '';
}

/**
 * The names a byline block links to. When the block labels each person's part ("Author",
 * "Editor"), as tutorial and documentation sites do, only those labelled as authors (`labelled`).
 */
function authorLinks(block: Element): { names: string[]; labelled: boolean } {
  const links = firstOf(block.querySelectorAll('a'), 30).filter((link) => looksLikeName(shownText(link)));
  const labels = links.map(creditLabel);
  if (
    links.length > 1 &&
    labels.some((label) => /^authors?$/i.test(label)) &&
    labels.some((label) => /^(?:technical )?(?:editor|reviewer)s?$/i.test(label))
  )
    return { names: links.filter((_, i) => /^authors?$/i.test(labels[i]!)).map(shownText), labelled: true };
  return { names: links.map(shownText), labelled: false };
}

export function authorsFromBylineBlock(doc: Document): string[] {
  const root = articleRoot(doc);
  // One name element may hold several names ("<a>A</a>, <a>B</a>"): its links, else its text split.
  const named = within(root, BYLINE_NAME)
    .slice(0, 50)
    .filter(outsideThePiece)
    .slice(0, 10)
    .flatMap((node) => {
      const links = [...node.querySelectorAll('a')].map(shownText).filter(looksLikeName);
      return links.length ? links : splitAuthorNames(text(node));
    })
    .filter(looksLikeName);
  if (named.length) return [...new Set(named)];
  for (const block of within(root, BYLINE_BLOCK).slice(0, 50).filter(outsideThePiece).slice(0, 10)) {
    const line = segmentedText(block);
    if (!line || line.length > 200) continue;
    const links = authorLinks(block);
    // Some names in a list of authors may have no page to link to: the text, marks removed, has them all.
    const written = splitAuthorNames(withoutMarks(block));
    const names = links.labelled ? links.names : withBylineNames(links.names, written);
    if (names.length) return [...new Set(names)];
  }
  return [];
}

/** A link's address without its query and fragment ("/@ana?source=post" → "/@ana"), or null. */
function profileKey(href: string | null, base: URL): string | null {
  const absolute = absoluteUrl(href, base);
  if (!absolute) return null;
  const url = new URL(absolute);
  return `${url.origin}${url.pathname.replace(/\/$/, '')}`;
}

/** The person an avatar's `alt` names: "Nils Karlsson", "Nils Karlsson's avatar", "Avatar of Nils Karlsson", "Photo of …". */
export function avatarName(alt: string | null | undefined): string {
  return cleanText(alt)
    .replace(/(?:'s|’s)?\s+(?:avatar|profile (?:picture|photo|image)|photo|picture|headshot)$/i, '')
    .replace(/^(?:avatar|profile (?:picture|photo|image)|photo|picture|headshot)\s+(?:of|for)\s+/i, '')
    .trim();
}

/**
 * The author's profile as platforms show it: an avatar (a linked image whose `alt` is a full name)
 * beside a link to the same profile with that name as text, or a link to the page's declared
 * `<link rel=author>`. Blog platforms and newsletters mark their bylines this way and nothing else.
 */
export function authorsFromProfileLinks(doc: Document, url: URL): string[] {
  const root = articleRoot(doc);
  const declared = profileKey(linkHref(doc, 'author'), url);
  const links = within(root, 'a').slice(0, 300).filter(outsideThePiece);
  const avatars = new Map<string, string>();
  for (const link of links) {
    const alt = avatarName(link.querySelector('img')?.getAttribute('alt'));
    const key = profileKey(link.getAttribute('href'), url);
    if (key && alt && isFullName(alt)) avatars.set(key, alt);
  }
  const names: string[] = [];
  for (const link of links) {
    const key = profileKey(link.getAttribute('href'), url);
    const shown = segmentedText(link);
    // The link shows the name, or the name and then the account ("Nils Karlsson nkarlsson").
    const avatar = key ? avatars.get(key) : undefined;
    const name = avatar && shown.startsWith(`${avatar} `) ? avatar : shown;
    if (!key || !looksLikeName(name) || !isFullName(name)) continue;
    if (avatar === name || key === declared) names.push(name);
    if (names.length >= 10) break;
  }
  return [...new Set(names)];
}

/**
 * Whether an element comes before the piece's text begins (its first paragraph of some length):
 * bylines stand above the text; links and lines after it are the text's, or a "more by" rail's.
 * On a page without such a paragraph, every element is.
 */
function aboveTheText(root: Element): (node: Element) => boolean {
  const firstParagraph = within(root, 'p')
    .slice(0, 50)
    .find((p) => cleanText(p.textContent).length >= 160);
  return (node) => !firstParagraph || !(firstParagraph.compareDocumentPosition(node) & 4 /* FOLLOWING */);
}

/** Paths of the pages sites keep for each writer: `/author/ana-ruiz/`, `/people/ana-ruiz`, `/@ana`, `/autor/ana-ruiz`. */
const AUTHOR_PAGE_PATH =
  /\/(?:authors?|people|staff|contributors?|writers?|reporters?|journalists?|columnists?|profiles?|team|by|autor(?:en|es)?|auteurs?|autori|redaction|redazione|journalisten)\/[^/?#]+\/?$|^\/@[^/?#]+\/?$/i;

/** The last two labels of a host: a writer's page may sit on another of the site's hosts. */
const siteOf = (url: URL) => url.hostname.split('.').slice(-2).join('.');

/**
 * Links to the site's page for a writer, above the piece's text: the byline of sites that mark it
 * with nothing else. Links after the text begins (a "more by" rail, a quoted source) are not it.
 */
export function authorsFromAuthorPageLinks(doc: Document, url: URL): string[] {
  const root = articleRoot(doc);
  const aboveText = aboveTheText(root);
  const names: string[] = [];
  for (const link of within(root, 'a').slice(0, 300)) {
    if (!aboveText(link)) break;
    if (!outsideThePiece(link)) continue;
    const href = absoluteUrl(link.getAttribute('href'), url);
    if (!href || siteOf(new URL(href)) !== siteOf(url) || !AUTHOR_PAGE_PATH.test(new URL(href).pathname)) continue;
    const name = withoutByPrefix(shownText(link));
    if (looksLikeName(name) && isFullName(name)) names.push(name);
    if (names.length >= 10) break;
  }
  return [...new Set(names)];
}

/**
 * The names to list when the page declares authors for machines and also shows a byline: platforms
 * often declare only the first author (WordPress's Yoast, many themes), and the byline then shows
 * the declared ones and more; the byline wins only then. A login declared in place of a name has
 * already been dropped (`looksLikeName`), so the byline stands alone.
 */
export function withBylineNames(declared: readonly string[], shown: readonly string[]): string[] {
  if (!declared.length) return [...shown];
  const shownKeys = new Set(shown.map(nameKey));
  return shown.length > declared.length && declared.every((name) => shownKeys.has(nameKey(name))) ? [...shown] : [...declared];
}

/** "Simon Doe's Weblog", "Notes by Simon Doe": the person a personal site is named after. */
function ownerInSiteName(siteName: string): string {
  return cleanText(siteName)
    .replace(/(?:'s|’s)\s+(?:blog|weblog|notes|site|homepage|home page|newsletter|journal|garden)$/i, '')
    .replace(/^(?:notes|writing|essays|blog)\s+by\s+/i, '')
    .trim();
}

/** Does the host spell the name as people spell their own sites: "priyav", "pvenkataraman", "priya-v", "priya.venkataraman"? */
export function hostSpellsName(hostLabel: string, name: string): boolean {
  const parts = name.split(' ').map((part) => nameKey(part));
  const first = parts[0] ?? '';
  const last = parts.at(-1) ?? '';
  if (first.length < 2 || last.length < 2) return false;
  const label = hostLabel.toLowerCase();
  const joined = label.replace(/[-_.]/g, '');
  const spelled = [first + last[0], first[0] + last, `${first}-${last}`, `${first}.${last}`, `${first}_${last}`, `${first}-${last[0]}`];
  return spelled.includes(label) || spelled.includes(joined) || (label !== joined && joined === first + last);
}

/** Site generators people build their own blogs with (a brand's site rarely says it is one of these). */
export function isBlogEngine(generator: string | null | undefined): boolean {
  return /^(?:Astro|Eleventy|Hugo|Jekyll|Zola|Hexo|Pelican|Gatsby|WordPress|Ghost|Gridsome|VuePress|Nikola|Quarto|Publii|Bear)\b/i.test(
    (generator ?? '').trim(),
  );
}

/**
 * The owner of a personal site, credited for a post that names no one else: the site is named after
 * a person ("Priya Venkataraman", "Simon Doe's Weblog") and its address spells that person's name
 * the way people spell their own sites. Brands named like people ("Hugging Face" at huggingface.co)
 * are not, because a brand's address joins its words whole and without separators, unless the page
 * says it is a person's own (`personal`: it links its owner's profiles with rel="me", or it is a
 * post no news desk published, made with a blog engine).
 */
export function authorsFromPersonalSite(siteNames: ReadonlyArray<string | null | undefined>, url: URL, personal = false): string[] {
  const labels = url.hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  for (const raw of siteNames) {
    if (!raw) continue;
    const owner = ownerInSiteName(raw);
    if (!looksLikeName(owner) || !isFullName(owner) || owner.split(' ').length > 3) continue;
    if (labels.some((label) => hostSpellsName(label, owner))) return [owner];
    // "junseopark.dev" joins the words whole, as brands do; a page that links its owner's other
    // profiles with rel="me" (the IndieWeb's mark of a personal site) is a person's.
    if (personal && labels.some((label) => label === nameKey(owner))) return [owner];
  }
  return [];
}

/** Do two lists of names share one (compared by letters and digits)? */
export function sharesName(a: readonly string[], b: readonly string[]): boolean {
  const keys = new Set(a.map(nameKey));
  return b.some((name) => keys.has(nameKey(name)));
}

/**
 * The people among names a rule found, not the site that published them: a name that is one of
 * `organisations` (a news page's publisher and JSON-LD Organization nodes: "Il Post" credited as
 * `<meta name=author>`; the caller passes none for other pages, where a personal blog's publisher
 * is its author), or a one-word name of the site ("OpenAI" as "Author: OpenAI").
 */
export function peopleNotSite(
  found: readonly string[],
  organisations: ReadonlyArray<string | null | undefined>,
  siteNames: readonly string[],
): string[] {
  const organisationKeys = new Set(organisations.filter((name): name is string => Boolean(name)).map(nameKey));
  return found.filter((name) => {
    if (!looksLikeName(name)) return false;
    const key = nameKey(name);
    if (organisationKeys.has(key)) return false;
    return !(name.trim().split(/\s+/).length === 1 && siteNames.includes(key));
  });
}

/** Labels of an author field in a table of properties or a title block ("Author", "Written by", "作者"). */
const AUTHOR_LABEL = /^(?:authors?|written by|by|autor(?:en|in)?|auteurs?|autore|autori|autores?|作者|著者|저자|글쓴이)\s*[:：]?$/i;

/**
 * A labelled author field: a `th`, `dt` or small heading that says "Author", and the cell or the
 * element after it that holds the names (Notion exports, Quarto and other title blocks).
 */
export function authorsFromLabelledField(doc: Document): string[] {
  const root = articleRoot(doc);
  const labels =
    'th, dt, h2, h3, h4, h5, h6, [class*="label" i], [class*="heading" i], [class*="property-name" i], [class*="field-name" i]';
  for (const label of within(root, labels).slice(0, 60)) {
    if (!AUTHOR_LABEL.test(text(label))) continue;
    const value = label.nextElementSibling;
    if (!value || /^(th|h\d)$/i.test(value.tagName)) continue;
    // A list of names, one per item or link ("Authors" over a list at the end of a lab's post).
    const items = firstOf(value.querySelectorAll('li'), 50).map((item) => withoutByPrefix(segmentedText(item)));
    const names = items.length && items.every(looksLikeName) ? items : splitAuthorNames(segmentedText(value).replace(/ · /g, ', '));
    if (names.length) return names;
  }
  return [];
}

/** "Author: A, B", "Authors: …", "Written by: …" at the start of a short line. */
const INLINE_AUTHOR_LABEL = /^(?:authors?|written by|autor(?:en|es)?|auteurs?|autore|autori|作者|著者|저자)\s*[:：]\s*(.+)$/i;

/**
 * A short line of the piece that is a byline by itself: "Author: Ingrid Solberg, Ravi Chandrasekar"
 * (documentation and tutorials), or "By Rohan Iyer, Gwen Abernathy" set apart from the headline
 * (site builders nest it where the headline's siblings do not reach). Only lines before the text
 * begins, and only lines that are names and nothing else.
 */
export function authorsFromBylineLine(doc: Document): string[] {
  const root = articleRoot(doc);
  const aboveText = aboveTheText(root);
  for (const node of within(root, 'p, div, span, address, li').slice(0, 400)) {
    if (!aboveText(node)) break;
    if (node.querySelector('p, div, li, h1, h2, h3') || !outsideThePiece(node)) continue;
    const line = segmentedText(node);
    if (!line || line.length > 240) continue;
    const labelled = INLINE_AUTHOR_LABEL.exec(line);
    // "Author: Selin Aydın Date created: 2026/01/05": the names end where the next label begins.
    const value = labelled
      ? labelled[1]!.replace(/^·\s*/, '').split(/\s·\s(?=[^·]*[:：])|\s+(?=\p{Lu}\p{Ll}+(?:\s\p{Ll}+){0,2}\s?[:：])/u)[0]!
      : null;
    const byline = value ?? (BY_PREFIX.test(line) ? line : null);
    if (!byline) continue;
    const names = splitAuthorNames(byline);
    if (names.length && names.every(isFullName) && creditParts(withoutByPrefix(byline)).others === 0) return names;
  }
  return [];
}

/**
 * Korean and Japanese news credit a reporter after the name: "김민준 기자", "田中記者", "김민준·이서연
 * 기자" for two (Chinese puts 记者 before it: "本报记者 王芳", which this leaves alone). Names in
 * these scripts are written without spaces.
 */
export function authorsBeforeReporterWord(line: string): string[] {
  // Every credit of the line: "김서윤 기자 syk@…, 박준혁 기자 jh@…" names two reporters.
  const credits =
    /(?:^|[\s[(,])((?:[\p{Script=Hangul}\p{Script=Han}]{2,5}[·,、]\s?)*[\p{Script=Hangul}\p{Script=Han}]{2,5})\s?(?:기자|특파원|記者)(?![\p{L}])/gu;
  const names = [...line.slice(0, 2000).matchAll(credits)].flatMap((match) => match[1]!.split(/[·,、]\s?/).filter(Boolean));
  return [...new Set(names)];
}

/**
 * The byline in the lines just under the headline: "By Mei Tanaka and Robert Osei · March 3, 2026",
 * "Von Klaus Berger", or a name followed by the date ("Marisol Vega · February 26, 2026").
 */
export function authorsNearHeadline(doc: Document): string[] {
  for (const line of linesNearHeadline(doc, 4)) {
    const reporters = authorsBeforeReporterWord(line);
    if (reporters.length) return reporters;
    if (BY_PREFIX.test(line) || BY_PREFIX_CJK.test(line)) {
      const names = splitAuthorNames(line);
      if (names.length) return names;
      continue;
    }
    const credited = authorsFromCreditLine(line);
    if (credited.length) return credited;
    const date = dayInText(line);
    // "Created On: Nov 18, 2025" labels the day; what precedes a colon is no one's name.
    if (date && date.at > 0 && !/[:：]\s*$/.test(line.slice(0, date.at))) {
      // "Marisol Vega · February 26, 2026": names before the day, each of two to four capitalised
      // words, so that "Tuesday, February 26" or "Posted on February 26" give no author.
      const names = splitAuthorNames(line.slice(0, date.at));
      if (names.length && names.length <= 5 && names.every(isFullName)) return names;
    }
    // "Created in January 08, 2026 by Lena Hofmeister, Tobias Kraft, and Anjali Menon": the names after the day.
    const trailing = date ? /\bby\s+(.+)$/i.exec(line.slice(date.at)) : null;
    if (trailing) {
      const names = splitAuthorNames(trailing[1]);
      if (names.length && names.every(isFullName)) return names;
    }
  }
  return [];
}
