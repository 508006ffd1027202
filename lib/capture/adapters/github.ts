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

/** GitHub repositories (and pages inside them): a resource, linked at the repository's root. */
export const githubAdapter: Adapter = {
  name: 'github',
  matches: (url) => url.hostname === 'github.com' && !NOT_REPOSITORIES.has(url.pathname.split('/')[1] ?? ''),
  extract(doc, url) {
    const base = readGeneric(doc, url);
    const [owner, repo] = url.pathname.split('/').filter(Boolean);
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
