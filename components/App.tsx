import { useEffect, useState } from 'preact/hooks';
import { useCuration, type CurationServices } from './useCuration';
import { CaptureForm } from './CaptureForm';
import { WeekList } from './WeekList';
import { CopyPanel } from './CopyPanel';
import { Notice } from './Notice';

export interface AppProps {
  services: CurationServices;
  /** The popup closes when the curator leaves it; the side panel stays and follows the tab. */
  mode: 'popup' | 'sidepanel';
  openSidePanel?: () => void;
  openLibrary: () => void;
  /** Side panel: subscribe to tab changes; returns the unsubscribe. */
  onTabChange?: (listener: () => void) => () => void;
  /** Side panel: ask for, and tell, the optional permission to read every tab in front. */
  readEveryTab?: { granted(): Promise<boolean>; request(): Promise<boolean> };
}

export function App(props: AppProps) {
  const curation = useCuration(props.services);
  const [canFollow, setCanFollow] = useState(true);
  const [followError, setFollowError] = useState<string | null>(null);

  useEffect(() => {
    if (!props.onTabChange) return;
    return props.onTabChange(() => void curation.reload());
  }, [props.onTabChange, curation.reload]);

  useEffect(() => {
    void props.readEveryTab?.granted().then(setCanFollow);
  }, [props.readEveryTab]);

  return (
    <main>
      <header>
        <h1>Paperboy</h1>
        <nav aria-label="Paperboy views">
          {props.openSidePanel && (
            <button type="button" class="small" onClick={props.openSidePanel}>
              Side panel
            </button>
          )}
          {props.mode === 'sidepanel' && (
            <button type="button" class="small" onClick={() => void curation.reload()}>
              Read page again
            </button>
          )}
          <button type="button" class="small" onClick={props.openLibrary}>
            Library
          </button>
        </nav>
      </header>
      {curation.fatal && (
        <Notice tone="error">{curation.fatal} Nothing already saved is lost. Close other Paperboy tabs and open Paperboy again.</Notice>
      )}
      {props.mode === 'sidepanel' && !canFollow && props.readEveryTab && (
        <Notice>
          The side panel reads a page after you click Paperboy's toolbar button on it.
          <button
            type="button"
            class="small"
            onClick={() =>
              void props.readEveryTab!.request().then(
                (granted) => {
                  setFollowError(granted ? null : 'Not allowed: the side panel reads a page after you click Paperboy on it.');
                  setCanFollow(granted);
                  if (granted) void curation.reload();
                },
                (error: Error) => setFollowError(error.message),
              )
            }
          >
            Let it follow every tab
          </button>
        </Notice>
      )}
      {props.mode === 'sidepanel' && followError && <Notice tone="error">{followError}</Notice>}
      {curation.status && <Notice tone={curation.status.tone}>{curation.status.text}</Notice>}
      {curation.loading && !curation.fatal && (
        <p class="hint" role="status">
          Reading the page…
        </p>
      )}
      <CaptureForm curation={curation} />
      <WeekList curation={curation} />
      <CopyPanel curation={curation} />
    </main>
  );
}
