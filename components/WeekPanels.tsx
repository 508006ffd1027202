import { WeekList } from './WeekList';
import { CopyPanel } from './CopyPanel';
import type { PublishSettingsStore } from '@/utils/publish-settings';

export interface WeekPanelsProps {
  /** Publishing to GitHub: the saved settings and token, and where they are set up. */
  publishing?: { store: PublishSettingsStore; settingsHref: string };
}

/**
 * The week's list and the copy panel: under the form, loaded in their own chunk after the form's
 * first frame, so the popup shows the page's title at the pace of an empty popup.
 */
export default function WeekPanels(props: WeekPanelsProps) {
  return (
    <>
      <WeekList />
      <CopyPanel publishing={props.publishing} />
    </>
  );
}
