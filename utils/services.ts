import { openLibrary } from '@/lib/db/library';
import { announceChange, onLibraryChange } from '@/lib/db/changes';
import type { PaperboyDB } from '@/lib/db/schema';
import { createTurndown, selectionToMarkdown } from '@/lib/capture/selection';
import type { CurationServices } from '@/lib/stores/curation';
import { activeTab, copyText, downloadText, pageReader } from './extension';
import { refreshBadge } from './badge';
import type TurndownService from 'turndown';

let turndown: Promise<TurndownService> | null = null;

/**
 * The services of the popup and side panel: one library connection for the view and its arXiv
 * cache. Turndown loads only when a page has a selection.
 */
export function extensionServices(onBlocked: () => void, view: 'popup' | 'sidepanel' = 'popup'): CurationServices {
  let library: Promise<PaperboyDB> | null = null;
  const openDatabase = () => (library ??= openLibrary({ onBlocked, onReplaced: () => location.reload() }));
  return {
    openDatabase,
    activeTab,
    capturePage: pageReader(openDatabase, view),
    async selectionToMarkdown(html) {
      turndown ??= import('turndown').then((module) => createTurndown(module.default));
      return selectionToMarkdown(html, await turndown);
    },
    copy: copyText,
    download: downloadText,
    afterChange: (db) => void refreshBadge(db),
    announce: announceChange,
    onChange: onLibraryChange,
    now: () => new Date(),
  };
}
