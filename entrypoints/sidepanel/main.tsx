import { render } from 'preact';
import { App } from '@/components/App';
import { extensionServices } from '@/utils/services';
import { askToReadEveryTab, canReadEveryTab, onActiveTabChange, openLibraryPage } from '@/utils/extension';
import '@/components/styles.css';

const services = extensionServices(() => undefined);
const readEveryTab = { granted: canReadEveryTab, request: askToReadEveryTab };

render(
  <App services={services} mode="sidepanel" openLibrary={openLibraryPage} onTabChange={onActiveTabChange} readEveryTab={readEveryTab} />,
  document.getElementById('app')!,
);
