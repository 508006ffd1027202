import type { Section } from '../model';

/** What the address alone says about a site: its brand names and the section its pages suggest. */

const NEWS_HOSTS = [
  'techcrunch.com',
  'theverge.com',
  'reuters.com',
  'bloomberg.com',
  'wired.com',
  'arstechnica.com',
  'venturebeat.com',
  'nytimes.com',
  'ft.com',
  'cnbc.com',
  'bbc.com',
  'bbc.co.uk',
  'theinformation.com',
  'axios.com',
  'technologyreview.com',
  'zdnet.com',
  'engadget.com',
  'semafor.com',
  'businessinsider.com',
  'washingtonpost.com',
  'wsj.com',
  'theguardian.com',
  'forbes.com',
  '404media.co',
  'theregister.com',
  'fortune.com',
  'cnn.com',
  'apnews.com',
  'nature.com',
  'science.org',
  'economist.com',
  'time.com',
  'the-decoder.com',
  'siliconangle.com',
  'tomshardware.com',
  'marktechpost.com',
  'analyticsindiamag.com',
];

/** Labs and companies whose blogs announce models, products and results. */
const LAB_HOSTS = [
  'openai.com',
  'anthropic.com',
  'deepmind.google',
  'deepmind.com',
  'blog.google',
  'research.google',
  'ai.meta.com',
  'about.fb.com',
  'mistral.ai',
  'microsoft.com',
  'nvidia.com',
  'x.ai',
  'cohere.com',
  'stability.ai',
  'ai21.com',
  'apple.com',
  'amazon.science',
  'aws.amazon.com',
  'qwenlm.github.io',
  'deepseek.com',
  'allenai.org',
  'together.ai',
  'perplexity.ai',
  'character.ai',
  'runwayml.com',
  'sesame.com',
  'ibm.com',
  'salesforce.com',
  'databricks.com',
  'snowflake.com',
  'inflection.ai',
];

const ESSAY_HOSTS = [
  'substack.com',
  'medium.com',
  'paulgraham.com',
  'lesswrong.com',
  'alignmentforum.org',
  'ghost.io',
  'bearblog.dev',
  'wordpress.com',
  'blogspot.com',
  'github.io',
  'dev.to',
  'hashnode.dev',
  'beehiiv.com',
  'buttondown.email',
];

const PAPER_HOSTS = [
  'arxiv.org',
  'openreview.net',
  'aclanthology.org',
  'proceedings.neurips.cc',
  'proceedings.mlr.press',
  'papers.nips.cc',
  'dl.acm.org',
  'ieeexplore.ieee.org',
  'link.springer.com',
  'biorxiv.org',
  'medrxiv.org',
  'semanticscholar.org',
  'paperswithcode.com',
  'ssrn.com',
  'jmlr.org',
  'openaccess.thecvf.com',
];

function onHost(host: string, domains: readonly string[]): boolean {
  return domains.some((domain) => host === domain || host.endsWith('.' + domain));
}

export function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^www\./, '');
}

export interface PageHints {
  /** JSON-LD article type, when the page has one. */
  jsonLdType?: string | null;
  /** Highwire `citation_*` tags mark scholarly pages. */
  scholarly?: boolean;
  ogType?: string | null;
  generator?: string | null;
  /** The page says it comes from a news desk (see section-rules.ts): News even on a journal's site. */
  newsDesk?: boolean;
  /** A publisher's dated article (Parse.ly, Sailthru): read as an article even without Open Graph. */
  publisherArticle?: boolean;
  /** A wiki article (see date-rules.ts `isWikiPage`): a reference, not news. */
  wiki?: boolean;
  /** The site is named after the piece's author: a personal site, whose posts are the author's own views. */
  personal?: boolean;
  /** The page files itself under opinion ("Opinion", "Ideas", OpinionNewsArticle). */
  opinion?: boolean;
}

/** A lab's research pages: `research.` hosts and `/research/` paths, after a locale ("research.google/blog/…", "/en-us/research/blog/…"). */
function isResearchPath(url: URL): boolean {
  return url.hostname.startsWith('research.') || /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?research\//i.test(url.pathname);
}

/** A company's newsroom: `/newsroom/`, `/press-releases/`, `/press/` paths. */
function isNewsroomPath(url: URL): boolean {
  return /\/(newsroom|press-releases?|press|pressroom)\//i.test(url.pathname);
}

/** The section a curator would most likely file the page under. */
export function suggestSection(url: URL, hints: PageHints = {}): Section {
  const host = hostOf(url);
  if (hints.newsDesk) return 'News';
  if (hints.wiki) return 'Resources';
  if (hints.opinion) return 'Perspectives';
  if (hints.scholarly || onHost(host, PAPER_HOSTS) || hints.jsonLdType === 'ScholarlyArticle') return 'Research';
  if (host === 'github.com' || host === 'gitlab.com' || host === 'pypi.org' || host === 'npmjs.com' || host === 'kaggle.com')
    return 'Resources';
  if (host === 'huggingface.co')
    return /^\/(blog|papers)\b/.test(url.pathname) ? (url.pathname.startsWith('/blog') ? 'News' : 'Research') : 'Resources';
  if (onHost(host, NEWS_HOSTS) || hints.jsonLdType?.endsWith('NewsArticle')) return 'News';
  if (onHost(host, LAB_HOSTS) && !host.endsWith('github.io')) return isResearchPath(url) ? 'Research' : 'News';
  if (isNewsroomPath(url)) return 'News';
  if (hints.personal) return 'Perspectives';
  if (onHost(host, ESSAY_HOSTS) || /substack|ghost|wordpress|medium/i.test(hints.generator ?? '')) return 'Perspectives';
  if (hints.jsonLdType === 'BlogPosting' || hints.jsonLdType === 'Blog') return 'Perspectives';
  if (hints.jsonLdType === 'Article' || hints.ogType === 'article' || hints.publisherArticle) return 'News';
  return 'Resources';
}
