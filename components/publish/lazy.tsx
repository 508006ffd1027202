import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { PublishWeekDialogProps } from './PublishDialog';
import type { PublishSettingsSectionProps } from './PublishSettingsSection';

/**
 * The publisher loads only where it is used: these wrappers import the dialog and the settings
 * section (with the merge, the diff and the GitHub client) in their own chunk, on first render.
 */
function lazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, loading: string) {
  let loaded: ComponentType<P> | null = null;
  return function Lazy(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState<string | null>(null);
    useEffect(() => {
      if (Component) return;
      load().then(
        (module) => setComponent(() => (loaded = module.default)),
        (error: Error) => setFailed(error.message),
      );
    }, [Component]);
    if (failed) return <p role="alert">Publishing could not be loaded: {failed}</p>;
    return Component ? <Component {...props} /> : <p class="hint">{loading}</p>;
  };
}

export const LazyPublishWeekDialog = lazy<PublishWeekDialogProps>(() => import('./PublishDialog'), 'Loading the publisher…');
export const LazyPublishSettingsSection = lazy<PublishSettingsSectionProps>(
  () => import('./PublishSettingsSection'),
  'Loading the publishing settings…',
);
