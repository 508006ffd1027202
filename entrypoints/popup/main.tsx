import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '@/components/App';
import { extensionServices } from '@/utils/services';
import { askSidePanelToReadAgain, openLibraryPage, openSidePanel } from '@/utils/extension';
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

// Known before any click, so that opening the side panel needs no await inside the gesture.
let windowId = -1;
void browser.windows.getCurrent().then((win) => (windowId = win.id ?? -1));

render(
  <App
    services={services}
    mode="popup"
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
  />,
  document.getElementById('app')!,
);
