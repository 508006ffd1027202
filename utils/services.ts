import { openLibrary } from '@/lib/db/library';
import { createTurndown, selectionToMarkdown } from '@/lib/capture/selection';
import type { CurationServices } from '@/components/useCuration';
import { activeTab, capturePage, copyText, downloadText } from './extension';
import { refreshBadge } from './badge';
import type TurndownService from 'turndown';

let turndown: Promise<TurndownService> | null = null;

/** The services of the popup and side panel. Turndown loads only when a page has a selection. */
export function extensionServices(onBlocked: () => void, view: 'popup' | 'sidepanel' = 'popup'): CurationServices {
  return {
    openDatabase: () => openLibrary({ onBlocked, onReplaced: () => location.reload() }),
    activeTab,
    capturePage: (tab) => capturePage({ url: undefined, title: undefined, ...tab }, view),
    async selectionToMarkdown(html) {
      turndown ??= import('turndown').then((module) => createTurndown(module.default));
      return selectionToMarkdown(html, await turndown);
    },
    copy: copyText,
    download: downloadText,
    afterChange: (db) => void refreshBadge(db),
    now: () => new Date(),
  };
}
