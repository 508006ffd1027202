import { lazy } from '../lazy';
import type { PublishWeekDialogProps } from './PublishDialog';
import type { PublishSettingsSectionProps } from './PublishSettingsSection';

/** The publisher (the merge, the diff, the GitHub client) loads only where and when it is used. */
export const LazyPublishWeekDialog = lazy<PublishWeekDialogProps>(
  () => import('./PublishDialog'),
  'Loading the publisher…',
  'The publisher',
);
export const LazyPublishSettingsSection = lazy<PublishSettingsSectionProps>(
  () => import('./PublishSettingsSection'),
  'Loading the publishing settings…',
  'The publishing settings',
);
