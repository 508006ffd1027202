/**
 * How soon the popup shows the page's title, against the floor of an empty WXT + Preact popup
 * (bench/empty-popup, built by `npm run bench`), measured side by side in one browser and one run,
 * so the figures are ratios that the machine's load moves much less than absolute times.
 *
 * Each popup is a real toolbar popup (`action.openPopup()`), paused through the DevTools protocol
 * (auto-attach with `waitForDebuggerOnStart`) so that a probe is installed before any of its
 * scripts run. The probe notes, on the popup's own clock (ms since its navigation began):
 * - `inDom`: Paperboy: the title input holds a non-empty value and is in the document; the floor:
 *   its line of text is in the document;
 * - `onScreen`: the first paint at or after `inDom` (a paint entry, else the frame after it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Cdp } from '../test/e2e/cdp';
import { CHROMIUM_FLAGS, chromiumPath } from '../test/e2e/browser';
import { sleep } from '../test/e2e/harness';
import { startStandIn } from '../test/e2e/server';

const ROOT = resolve(import.meta.dirname, '..');
export const PAPERBOY_DIR = join(ROOT, '.output', 'chrome-mv3-e2e');
export const FLOOR_DIR = join(ROOT, '.output', 'bench-empty', 'chrome-mv3');

export interface OpenFigures {
  inDom: number;
  onScreen: number;
  /** The popup's own User Timing marks (Paperboy's: script start, tab known, first render, …). */
  marks: Record<string, number>;
}

/**
 * Installed before any script of a new target runs. A popup attaches before it has an address, so
 * the probe finds out which popup it is in: Paperboy's (the title input holding a value counts) or
 * the floor's (its line of text counts).
 */
function probe(paperboyId: string, floorId: string): string {
  return `(() => {
    if (window.__benchProbe) return;
    // Which popup this is may not be known yet (a new target starts on an empty document): each
    // hook asks when it fires.
    const popupOf = () => location.pathname !== '/popup.html' ? null
      : location.host === ${JSON.stringify(paperboyId)} ? 'paperboy' : location.host === ${JSON.stringify(floorId)} ? 'floor' : null;
    const probe = (window.__benchProbe = { inDom: null, onScreenFrame: null, paints: [] });
    new PerformanceObserver((list) => { for (const e of list.getEntries()) probe.paints.push(e.startTime); })
      .observe({ type: 'paint', buffered: true });
    const arrived = () => {
      if (probe.inDom != null) return;
      probe.inDom = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { if (probe.onScreenFrame == null) probe.onScreenFrame = performance.now(); };
        channel.port2.postMessage(0);
      });
    };
    const value = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
    Object.defineProperty(HTMLInputElement.prototype, 'value', {
      ...value,
      set(text) {
        value.set.call(this, text);
        if (this.id === 'pb-title' && text && popupOf() === 'paperboy') {
          if (this.isConnected) arrived();
          else queueMicrotask(() => this.isConnected && arrived());
        }
      },
    });
    new MutationObserver(() => { if (popupOf() === 'floor' && document.getElementById('floor-text')) arrived(); })
      .observe(document, { childList: true, subtree: true });
  })();`;
}

const RESULT = `(() => {
  const p = window.__benchProbe;
  if (!p || p.inDom == null || p.onScreenFrame == null) return null;
  const paint = p.paints.filter((t) => t >= p.inDom).sort((a, b) => a - b)[0];
  const marks = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]));
  return { host: location.host, inDom: p.inDom, onScreen: Math.min(paint ?? Infinity, p.onScreenFrame), marks };
})()`;

export interface SpeedBrowser {
  /** Opens one extension's popup on the page in front and returns its figures. */
  open(extensionDir: string): Promise<OpenFigures>;
  /** Runs `expression` in an extension page of Paperboy's (its library page). */
  inLibraryPage<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export async function launchSpeedBrowser(pageUrl: string): Promise<SpeedBrowser> {
  for (const dir of [PAPERBOY_DIR, FLOOR_DIR]) {
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No build in ${dir}: run \`npm run bench\`, which builds it.`);
  }
  const standIn = await startStandIn();
  const profile = mkdtempSync(join(tmpdir(), 'paperboy-speed-'));
  const chromium: ChildProcess = spawn(
    chromiumPath(),
    [
      '--headless',
      ...CHROMIUM_FLAGS,
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      `--host-resolver-rules=MAP * 127.0.0.1:${standIn.port}, EXCLUDE localhost`,
      `--disable-extensions-except=${PAPERBOY_DIR},${FLOOR_DIR}`,
      `--load-extension=${PAPERBOY_DIR},${FLOOR_DIR}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  let port: string[] | null = null;
  for (let i = 0; i < 200 && !port; i++) {
    try {
      port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n');
    } catch {
      await sleep(50);
    }
  }
  if (!port) throw new Error('Chromium did not open its debugging port');
  const cdp = await Cdp.connect(`ws://127.0.0.1:${port[0]}${port[1]}`, 512 * 1024 * 1024);

  type TargetInfo = { targetId: string; type: string; url: string };
  const targets = async () => (await cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets')).targetInfos;
  /** The extension's id, read off its service worker's address (an unpacked extension's id is its path's hash). */
  const workers = new Map<string, string>();
  for (let i = 0; i < 200 && workers.size < 2; i++) {
    for (const t of await targets()) {
      if (t.type !== 'service_worker' || !t.url.startsWith('chrome-extension://')) continue;
      const id = new URL(t.url).host;
      if ([...workers.values()].some((w) => w.startsWith(id))) continue;
      const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId: t.targetId, flatten: true });
      // A worker just started may not have its extension APIs yet: ask again on the next round.
      const name = await cdp.evaluate<string>('chrome.runtime.getManifest().name', sessionId).catch(() => null);
      if (name) workers.set(name.startsWith('Paperboy') ? PAPERBOY_DIR : FLOOR_DIR, `${id} ${sessionId}`);
    }
    if (workers.size < 2) await sleep(100);
  }
  if (workers.size < 2) throw new Error('The two extensions did not start');
  const idOf = (dir: string) => workers.get(dir)!.split(' ')[0]!;
  const workerSession = (dir: string) => workers.get(dir)!.split(' ')[1]!;

  // The page in front, at its real address.
  const tab = (await targets()).find((t) => t.type === 'page')!;
  const { sessionId: tabSession } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
    targetId: tab.targetId,
    flatten: true,
  });
  await cdp.send('Page.enable', {}, tabSession);
  const loaded = new Promise<void>((ok) => {
    const off = cdp.on('Page.loadEventFired', (_p, session) => {
      if (session === tabSession) {
        off();
        ok();
      }
    });
  });
  await cdp.send('Page.navigate', { url: pageUrl }, tabSession);
  await loaded;

  // Every new target waits for us: a popup gets the probe before its first script.
  const source = probe(idOf(PAPERBOY_DIR), idOf(FLOOR_DIR));
  const fresh = new Set<string>(); // sessions of targets opened since the last popup was read
  cdp.on('Target.attachedToTarget', (params) => {
    const { sessionId, targetInfo, waitingForDebugger } = params as {
      sessionId: string;
      targetInfo: TargetInfo;
      waitingForDebugger: boolean;
    };
    void (async () => {
      // A popup arrives as a container target first; its page is a child target, attached in turn.
      if (targetInfo.type === 'other' || targetInfo.type === 'tab')
        await cdp
          .send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, sessionId)
          .catch(() => undefined);
      if (targetInfo.type === 'other' || targetInfo.type === 'page') {
        // The probe takes only with the Page domain on (a popup attaches as an "other" target).
        await cdp.send('Page.enable', {}, sessionId).catch(() => undefined);
        await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source, runImmediately: true }, sessionId).catch(() => undefined);
        fresh.add(sessionId);
      }
      if (waitingForDebugger) await cdp.send('Runtime.runIfWaitingForDebugger', {}, sessionId).catch(() => undefined);
    })();
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });

  return {
    async open(dir) {
      const id = idOf(dir);
      fresh.clear();
      await cdp.send('Target.activateTarget', { targetId: tab.targetId });
      await cdp.evaluate('chrome.action.openPopup()', workerSession(dir));
      for (let i = 0; i < 400; i++) {
        for (const session of fresh) {
          const figures = await cdp.evaluate<(OpenFigures & { host: string }) | null>(RESULT, session).catch(() => null);
          if (!figures || figures.host !== id) continue;
          const popup = (await targets()).find((t) => t.url === `chrome-extension://${id}/popup.html`);
          if (popup) await cdp.send('Target.closeTarget', { targetId: popup.targetId }).catch(() => undefined);
          // Closed before the next open: a popup still open would be reused, not opened anew.
          for (let k = 0; k < 100 && (await targets()).some((t) => t.url === `chrome-extension://${id}/popup.html`); k++) await sleep(20);
          return { inDom: figures.inDom, onScreen: figures.onScreen, marks: figures.marks };
        }
        await sleep(25);
      }
      throw new Error(`The popup of ${dir} did not show its text`);
    },
    async inLibraryPage<T>(expression: string): Promise<T> {
      const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', {
        url: `chrome-extension://${idOf(PAPERBOY_DIR)}/library.html`,
        background: true,
      });
      let session: string | undefined;
      for (let i = 0; i < 100 && !session; i++) {
        const attached = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
        session = attached.sessionId;
      }
      await sleep(300);
      try {
        return await cdp.evaluate<T>(expression, session!);
      } finally {
        await cdp.send('Target.closeTarget', { targetId });
        await cdp.send('Target.activateTarget', { targetId: tab.targetId });
      }
    },
    async close() {
      cdp.close();
      if (chromium.exitCode === null) {
        const exited = new Promise((ok) => chromium.once('exit', ok));
        chromium.kill();
        await exited;
      }
      await standIn.close();
      // Chromium's helper processes may still be writing the profile as they go: retry, and never
      // let a leftover temporary folder fail the benchmark.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
      } catch {
        /* left in the temporary folder */
      }
    },
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
