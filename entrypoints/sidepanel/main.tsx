import { render } from 'preact';
import { App } from '@/components/App';
import { extensionServices } from '@/utils/services';
import { askToReadEveryTab, canReadEveryTab, onActiveTabChange, onReadAgainRequest, openLibraryPage } from '@/utils/extension';
import '@/components/styles.css';

const services = extensionServices(() => undefined, 'sidepanel');
const readEveryTab = { granted: canReadEveryTab, request: askToReadEveryTab };
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

render(
  <App services={services} mode="sidepanel" openLibrary={openLibraryPage} onTabChange={onTabChange} readEveryTab={readEveryTab} />,
  document.getElementById('app')!,
);
