import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { openLibrary } from '@/lib/db/library';
import { writeSetting } from '@/lib/db/settings';
import { announceChange, onLibraryChange } from '@/lib/db/changes';
import type { PaperboyDB } from '@/lib/db/schema';
import { refreshBadge } from '@/utils/badge';

const ADD_SELECTION_MENU = 'paperboy-add-selection';

export default defineBackground(() => {
  let database: Promise<PaperboyDB> | null = null;
  const db = () => (database ??= openLibrary({ onReplaced: () => (database = null) }));

  const updateBadge = () => {
    db().then(refreshBadge, (error: Error) => console.warn('Paperboy: library unavailable', error.message));
  };

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus
      .removeAll()
      .then(() => browser.contextMenus.create({ id: ADD_SELECTION_MENU, title: 'Add selection to summary', contexts: ['selection'] }));
    updateBadge();
  });
  browser.runtime.onStartup.addListener(updateBadge);
  onLibraryChange(updateBadge);

  // The menu click grants activeTab on that tab; the popup then reads the selection and appends it.
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== ADD_SELECTION_MENU || !tab?.id) return;
    const marked = db()
      .then((opened) => writeSetting(opened, 'pendingSelection', { tabId: tab.id!, at: Date.now() }))
      .then(() => announceChange({ kind: 'settings', key: 'pendingSelection' }));
    // MV3 has `action`; Firefox's MV2 build has `browserAction`.
    const action = (browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction) as
      (typeof browser.action & { openPopup?: () => Promise<void> }) | undefined;
    const opened = action?.openPopup ? action.openPopup() : Promise.reject(new Error('no popup API'));
    opened.catch(async () => {
      await marked;
      const panel = (globalThis as { chrome?: { sidePanel?: { open(o: { tabId: number }): Promise<void> } } }).chrome?.sidePanel;
      await panel?.open({ tabId: tab.id! }).catch(() => undefined);
    });
  });
});
