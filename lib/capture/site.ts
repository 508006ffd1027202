import type { Section } from '../model';
import { cleanText } from './page-readers';

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
}

/** The section a curator would most likely file the page under. */
export function suggestSection(url: URL, hints: PageHints = {}): Section {
  const host = hostOf(url);
  if (hints.scholarly || onHost(host, PAPER_HOSTS) || hints.jsonLdType === 'ScholarlyArticle') return 'Research';
  if (host === 'github.com' || host === 'gitlab.com' || host === 'pypi.org' || host === 'npmjs.com' || host === 'kaggle.com')
    return 'Resources';
  if (host === 'huggingface.co')
    return /^\/(blog|papers)\b/.test(url.pathname) ? (url.pathname.startsWith('/blog') ? 'News' : 'Research') : 'Resources';
  if (onHost(host, NEWS_HOSTS) || hints.jsonLdType?.endsWith('NewsArticle')) return 'News';
  if (onHost(host, LAB_HOSTS) && !host.endsWith('github.io')) return 'News';
  if (onHost(host, ESSAY_HOSTS) || /substack|ghost|wordpress|medium/i.test(hints.generator ?? '')) return 'Perspectives';
  if (hints.jsonLdType === 'BlogPosting' || hints.jsonLdType === 'Blog') return 'Perspectives';
  if (hints.jsonLdType === 'Article' || hints.ogType === 'article') return 'News';
  return 'Resources';
}

/** The brand names a page's title may carry as a prefix or suffix. */
export function brandNames(url: URL, siteName: string | null): string[] {
  const host = hostOf(url);
  const label = host.split('.').slice(-2, -1)[0] ?? host;
  return [siteName, label, host].filter((name): name is string => Boolean(name)).map((name) => name.toLowerCase());
}

const SEPARATORS = [' | ', ' \\ ', ' - ', ' \u2014 ', ' \u2013 ', ' \u00b7 ', ' :: ', ' // ', ' \u2022 '];

function isBrand(segment: string, brands: readonly string[]): boolean {
  const s = segment.trim().toLowerCase();
  if (!s) return true;
  return brands.some((brand) => s === brand || s.replace(/\s+/g, '') === brand.replace(/\s+/g, '') || s === `the ${brand}`);
}

/**
 * The work's own title: a site's name, " | by Author" and known prefixes such as "Paper page - " removed,
 * white space collapsed. Only whole segments at either end that name the site are removed, so a
 * title's own " - " survives.
 */
export function cleanTitle(raw: string, url: URL, siteName: string | null): string {
  let title = cleanText(raw);
  const brands = brandNames(url, siteName);
  title = title.replace(/^(Paper page|GitHub)\s+-\s+/i, '');
  for (let changed = true; changed;) {
    changed = false;
    for (const separator of SEPARATORS) {
      const at = title.lastIndexOf(separator);
      if (at > 0) {
        const tail = title.slice(at + separator.length);
        if (isBrand(tail, brands) || /^by\s+\S/i.test(tail.trim())) {
          title = title.slice(0, at).trim();
          changed = true;
        }
      }
      const head = title.indexOf(separator);
      if (head > 0 && isBrand(title.slice(0, head), brands) && title.length - head > separator.length) {
        title = title.slice(head + separator.length).trim();
        changed = true;
      }
    }
  }
  return title;
}
