import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '@/components/App';
import { CurationContext } from '@/components/CurationContext';
import { createCuration } from '@/lib/stores/curation';
import { extensionServices } from '@/utils/services';
import { extensionPublishSettings } from '@/utils/publish-settings';
import { activeTab, askSidePanelToReadAgain, openLibraryPage, openSidePanel, tabInfo } from '@/utils/extension';
import '@/components/styles.css';

/** An older Paperboy page holds the database open during an upgrade: say so above the form. */
function showBlocked(): void {
  const notice = document.createElement('div');
  notice.className = 'notice error';
  notice.setAttribute('role', 'alert');
  notice.textContent = 'Paperboy is being updated: close its other tabs (library, side panel) and it will continue.';
  document.body.prepend(notice);
}

const curation = createCuration(extensionServices(showBlocked));
if (import.meta.env.MODE === 'e2e') (window as unknown as { paperboyCuration: unknown }).paperboyCuration = curation;

/** What the curator typed into the first frame's fields before the app took over (rare, kept). */
function typedInFirstFrame(tab: { title?: string; url?: string } | null): Array<['title' | 'url', string]> {
  const typed: Array<['title' | 'url', string]> = [];
  const title = (document.getElementById('pb-title') as HTMLInputElement | null)?.value ?? '';
  const url = (document.getElementById('pb-url') as HTMLInputElement | null)?.value ?? '';
  if (title && title !== tab?.title?.replace(/\s+/g, ' ').trim()) typed.push(['title', title]);
  if (url && url !== tab?.url) typed.push(['url', url]);
  return typed;
}

// Known before any click, so that opening the side panel needs no await inside the gesture.
let windowId = -1;

// The tab was asked for by public/front-tab.js, which also showed its title and address in the
// first frame (index.html); the page is read, and the library opened, while the app renders. When
// it has no answer (the browser refused it, or was slow to give it), the app asks again.
const frontTab = (globalThis as { paperboyFrontTab?: Promise<Parameters<typeof tabInfo>[0]> }).paperboyFrontTab;
void (frontTab ? frontTab.then((tab) => (tab ? tabInfo(tab) : activeTab())) : activeTab())
  .catch(() => null)
  .then((tab) => {
    windowId = tab?.windowId ?? -1;
    if (windowId < 0) void browser.windows.getCurrent().then((win) => (windowId = win.id ?? -1));
    const typed = typedInFirstFrame(tab);
    void curation.start(tab);
    for (const [field, value] of typed) curation.update(field, value);
    const app = document.getElementById('app')!;
    const focused = document.activeElement?.id;
    app.replaceChildren();
    render(
      <CurationContext.Provider value={curation}>
        <App
          mode="popup"
          publishing={{ store: extensionPublishSettings, settingsHref: browser.runtime.getURL('/library.html#publishing') }}
          openLibrary={() => {
            openLibraryPage();
            window.close();
          }}
          openSidePanel={() => {
            // Called within the click itself: browsers open a side panel only in answer to a gesture.
            const opening = openSidePanel(windowId).catch(() => false);
            // An open panel does not reload: ask it to read the tab this click granted.
            void Promise.all([opening, askSidePanelToReadAgain()]).then(([opened]) => opened && window.close());
          }}
        />
      </CurationContext.Provider>,
      app,
    );
    if (focused) document.getElementById(focused)?.focus();
    performance.mark('paperboy:first-render');
  });
