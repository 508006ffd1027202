import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '@/components/App';
import { CurationContext } from '@/components/CurationContext';
import { createCuration } from '@/lib/stores/curation';
import { extensionServices } from '@/utils/services';
import { extensionPublishSettings } from '@/utils/publish-settings';
import { activeTab, askToReadEveryTab, canReadEveryTab, onActiveTabChange, openLibraryPage } from '@/utils/extension';
import '@/components/styles.css';

const curation = createCuration(extensionServices(() => undefined));
const readEveryTab = { granted: canReadEveryTab, request: askToReadEveryTab };
const publishing = { store: extensionPublishSettings, settingsHref: browser.runtime.getURL('/library.html#publishing') };

void activeTab()
  .catch(() => null)
  .then((tab) => {
    void curation.start(tab);
    render(
      <CurationContext.Provider value={curation}>
        <App
          mode="sidepanel"
          openLibrary={openLibraryPage}
          onTabChange={onActiveTabChange}
          readEveryTab={readEveryTab}
          publishing={publishing}
        />
      </CurationContext.Provider>,
      document.getElementById('app')!,
    );
  });
