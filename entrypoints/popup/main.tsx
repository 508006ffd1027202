import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '@/components/App';
import { extensionServices } from '@/utils/services';
import { activeTab, openLibraryPage, openSidePanel } from '@/utils/extension';
import '@/components/styles.css';

const services = extensionServices(() => alert('Paperboy is being updated: close its other tabs and open it again.'));

render(
  <App
    services={services}
    mode="popup"
    openLibrary={() => {
      openLibraryPage();
      window.close();
    }}
    openSidePanel={() => {
      // Must run inside the click: the browser opens a side panel only for a user gesture.
      void browser.windows.getCurrent().then(async (win) => {
        const opened = await openSidePanel(win.id ?? (await activeTab())?.windowId ?? -1).catch(() => false);
        if (opened) window.close();
      });
    }}
  />,
  document.getElementById('app')!,
);
