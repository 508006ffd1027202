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

/**
 * What the curator typed into the first frame's fields before the app took over (rare, kept):
 * whatever differs from what public/front-tab.js put there (it notes that in `data-filled`).
 */
function typedInFirstFrame(): Array<['title' | 'url', string]> {
  return (['title', 'url'] as const).flatMap((field): Array<['title' | 'url', string]> => {
    const input = document.getElementById(`pb-${field}`) as HTMLInputElement | null;
    return input?.value && input.value !== input.dataset.filled ? [[field, input.value]] : [];
  });
}

// Known before any click, so that opening the side panel needs no await inside the gesture.
let windowId = -1;

// The tab was asked for by public/front-tab.js, which also showed its title and address in the
// first frame (index.html); the page is read, and the library opened, while the app renders. When
// it has no answer (the browser refused it, or was slow to give it), the app asks again.
const frontTab = (globalThis as { paperboyFrontTab?: Promise<Parameters<typeof tabInfo>[0]> }).paperboyFrontTab;
void Promise.resolve(frontTab)
  .then((tab) => (tab ? tabInfo(tab) : activeTab()))
  .catch(() => null)
  .then((tab) => {
    windowId = tab?.windowId ?? -1;
    if (windowId < 0) void browser.windows.getCurrent().then((win) => (windowId = win.id ?? -1));
    const typed = typedInFirstFrame();
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
