import { render } from 'preact';
import { LibraryPage } from '@/components/LibraryPage';
import { addItem, listAll, listDays, openLibrary } from '@/lib/db/library';
import { exportMlNews } from '@/lib/format/mlnews';
import { exportCompass } from '@/lib/format/compass';
import { readList } from '@/lib/format/list-reader';
import { downloadText } from '@/utils/extension';
import { refreshBadge } from '@/utils/badge';
import { extensionPublishSettings } from '@/utils/publish-settings';
import '@/components/styles.css';

render(
  <LibraryPage
    services={{
      openDatabase: () => openLibrary({ onReplaced: () => location.reload() }),
      download: downloadText,
      afterChange: (db) => void refreshBadge(db),
      publishStore: extensionPublishSettings,
    }}
  />,
  document.getElementById('app')!,
);

// The benchmark times the library's own calls, and the exporters and reader this page runs, in an
// idle extension page. Only the e2e build has this hook: Vite replaces import.meta.env.MODE, and
// the production build drops the branch.
if (import.meta.env.MODE === 'e2e') {
  (window as unknown as { paperboyLibrary: unknown }).paperboyLibrary = {
    openLibrary,
    addItem,
    listAll,
    listDays,
    exportMlNews,
    exportCompass,
    readList,
  };
}
