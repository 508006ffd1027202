import { useEffect, useState } from 'preact/hooks';
import { useCuration } from './CurationContext';
import { useStore } from './useStore';
import { CaptureForm } from './CaptureForm';
import { Notice } from './Notice';
import { lazy } from './lazy';
import type { WeekPanelsProps } from './WeekPanels';

const WeekPanels = lazy<WeekPanelsProps>(() => import('./WeekPanels'), 'Reading the week…', 'The week\u2019s list');

export interface AppProps {
  /** The popup closes when the curator leaves it; the side panel stays and follows the tab. */
  mode: 'popup' | 'sidepanel';
  openSidePanel?: () => void;
  openLibrary: () => void;
  /** Side panel: subscribe to tab changes; returns the unsubscribe. */
  onTabChange?: (listener: () => void) => () => void;
  /** Side panel: ask for, and tell, the optional permission to read every tab in front. */
  readEveryTab?: { granted(): Promise<boolean>; request(): Promise<boolean> };
  /** Publishing to GitHub (Publish week beside Copy markdown). */
  publishing?: WeekPanelsProps['publishing'];
}

/** The popup and the side panel: the capture form, the week's list, and the copy panel. */
export function App(props: AppProps) {
  const curation = useCuration();
  const boot = useStore(curation.boot);
  const status = useStore(curation.status);
  const reading = useStore(curation.draft).reading;
  const [canFollow, setCanFollow] = useState(true);
  const { onTabChange, readEveryTab } = props;
  const [followError, setFollowError] = useState<string | null>(null);

  useEffect(() => curation.listen(), [curation]);
  useEffect(() => onTabChange?.(() => void curation.reloadPage()), [onTabChange, curation]);
  useEffect(() => {
    void readEveryTab?.granted().then(setCanFollow);
  }, [readEveryTab]);

  // A closing popup gets one last chance to write the draft.
  useEffect(() => {
    const flush = () => void curation.flushDraft();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
    };
  }, [curation]);

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
            <button type="button" class="small" onClick={() => void curation.reloadPage()}>
              Read page again
            </button>
          )}
          <button type="button" class="small" onClick={props.openLibrary}>
            Library
          </button>
        </nav>
      </header>
      {boot.fatal && (
        <Notice tone="error">{boot.fatal} Nothing already saved is lost. Close other Paperboy tabs and open Paperboy again.</Notice>
      )}
      {props.mode === 'sidepanel' && !canFollow && readEveryTab && (
        <Notice>
          The side panel reads a page after you click Paperboy's toolbar button on it.
          <button
            type="button"
            class="small"
            onClick={() =>
              void readEveryTab.request().then(
                (granted) => {
                  setFollowError(granted ? null : 'Not allowed: the side panel reads a page after you click Paperboy on it.');
                  setCanFollow(granted);
                  if (granted) void curation.reloadPage();
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
      {status && <Notice tone={status.tone}>{status.text}</Notice>}
      {reading && !boot.fatal && (
        <p class="hint" role="status">
          Reading the page…
        </p>
      )}
      <CaptureForm />
      <WeekPanels publishing={props.publishing} />
    </main>
  );
}
