import type { Adapter } from '../adapter';
import { readGeneric } from './generic';
import { cleanText, meta } from '../page-readers';

const NOT_REPOSITORIES = new Set([
  'orgs',
  'settings',
  'marketplace',
  'topics',
  'collections',
  'explore',
  'sponsors',
  'features',
  'search',
  'notifications',
  'login',
  'about',
  'pricing',
  'enterprise',
]);

/** Pages that are a conversation or a release of their own, listed at their own address. */
const THREAD_PAGES = /^\/[^/]+\/[^/]+\/(issues|pull|discussions|releases\/tag)\/[^/]+/;

/**
 * "Title · Issue #12 · owner/repo", "Title · owner/repo · Discussion #4", "Release v2 · owner/repo":
 * the thread's own title without GitHub's labels.
 */
export function threadTitle(raw: string, owner: string, repo: string): string {
  const label = (part: string) => part === `${owner}/${repo}` || /^(Issue|Pull Request|Discussion) #\d+$/i.test(part) || part === 'GitHub';
  const parts = cleanText(raw).split(' · ');
  while (parts.length > 1 && label(parts.at(-1)!)) parts.pop();
  return parts.join(' · ');
}

/**
 * GitHub repositories (and pages inside them): a resource, linked at the repository's root. Issues,
 * pull requests, discussions and releases are listed as themselves; their posters are shown by
 * account name only, which is no author to credit (the generic rules leave those out).
 */
export const githubAdapter: Adapter = {
  name: 'github',
  matches: (url) => url.hostname === 'github.com' && !NOT_REPOSITORIES.has(url.pathname.split('/')[1] ?? ''),
  extract(doc, url) {
    const base = readGeneric(doc, url);
    const [owner, repo] = url.pathname.split('/').filter(Boolean);
    if (owner && repo && THREAD_PAGES.test(url.pathname)) {
      return {
        ...base,
        title: threadTitle(cleanText(doc.title) || base.title, owner, repo) || base.title,
        siteName: 'GitHub',
        section: 'Resources',
      };
    }
    const description = meta(doc, 'og:description') ?? meta(doc, 'description');
    // og:title is "GitHub - owner/repo: description"; the list wants the repository's name and line.
    const raw = cleanText(meta(doc, 'og:title') ?? doc.title).replace(/^GitHub\s+-\s+/i, '');
    const title = owner && repo && raw.startsWith(`${owner}/${repo}`) ? raw : base.title;
    return {
      ...base,
      title,
      url: owner && repo ? `https://github.com/${owner}/${repo}` : base.url,
      authors: owner ? [owner] : base.authors,
      abstract: description
        ? description
            .replace(/ - [\w.-]+\/[\w.-]+$/, '')
            .replace(/^Contribute to [\w.-]+\/[\w.-]+ development by creating an account on GitHub\.$/, '') || null
        : base.abstract,
      siteName: 'GitHub',
      section: 'Resources',
    };
  },
};
