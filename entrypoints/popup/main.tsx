import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '@/components/App';
import { extensionServices } from '@/utils/services';
import { activeTab, openLibraryPage, openSidePanel } from '@/utils/extension';
import '@/components/styles.css';

/** An older Paperboy page holds the database open during an upgrade: say so above the form. */
function showBlocked(): void {
  const notice = document.createElement('div');
  notice.className = 'notice error';
  notice.setAttribute('role', 'alert');
  notice.textContent = 'Paperboy is being updated: close its other tabs (library, side panel) and it will continue.';
  document.body.prepend(notice);
}

const services = extensionServices(showBlocked);

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
