import { render } from 'preact';
import { LibraryPage } from '@/components/LibraryPage';
import { openLibrary } from '@/lib/db/library';
import { downloadText } from '@/utils/extension';
import { refreshBadge } from '@/utils/badge';
import '@/components/styles.css';

render(
  <LibraryPage
    services={{
      openDatabase: () => openLibrary({ onReplaced: () => location.reload() }),
      download: downloadText,
      afterChange: (db) => void refreshBadge(db),
    }}
  />,
  document.getElementById('app')!,
);
