import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '@/components/App';
import { CurationContext } from '@/components/CurationContext';
import { createCuration } from '@/lib/stores/curation';
import { extensionServices } from '@/utils/services';
import { extensionPublishSettings } from '@/utils/publish-settings';
import { activeTab, askToReadEveryTab, canReadEveryTab, onActiveTabChange, onReadAgainRequest, openLibraryPage } from '@/utils/extension';
import '@/components/styles.css';

const curation = createCuration(extensionServices(() => undefined, 'sidepanel'));
const readEveryTab = { granted: canReadEveryTab, request: askToReadEveryTab };
const publishing = { store: extensionPublishSettings, settingsHref: browser.runtime.getURL('/library.html#publishing') };
// The panel reads the tab again when it changes, and when the popup's Side panel button asks
// (the panel may have been open, and stale, since before the click that granted the tab).
const onTabChange = (listener: () => void) => {
  const stopFollowing = onActiveTabChange(listener);
  const stopListening = onReadAgainRequest(listener);
  return () => {
    stopFollowing();
    stopListening();
  };
};

void activeTab()
  .catch(() => null)
  .then((tab) => {
    void curation.start(tab);
    render(
      <CurationContext.Provider value={curation}>
        <App mode="sidepanel" openLibrary={openLibraryPage} onTabChange={onTabChange} readEveryTab={readEveryTab} publishing={publishing} />
      </CurationContext.Provider>,
      document.getElementById('app')!,
    );
  });
