/** Publishing's defaults, apart from the publisher itself so that settings can be shown without loading it. */
export type PublishFormat = 'ml-news' | 'compass';
export type PublishMode = 'commit' | 'pull-request';

export const DEFAULT_API = 'https://api.github.com';

export const DEFAULT_FILES: Record<PublishFormat, string> = {
  'ml-news': 'README.md',
  compass: 'research_and_future_trends/{month}-{year}.md',
};
