import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { holdPopupScriptsPlugin } from './build/hold-popup-scripts';

/**
 * Least privilege: activeTab (the page in front, when the curator clicks Paperboy), scripting to read
 * it, sidePanel, contextMenus, clipboardWrite; host access only to arXiv's API host, for PDF tabs.
 * Reading the tab in front while the side panel stays open is an optional permission, asked for
 * from the side panel. No content script is registered on any page: it is injected on demand.
 *
 * `--mode e2e` builds a test copy (into .output/chrome-mv3-e2e) that may read every page, because
 * a test cannot make the real click that grants activeTab.
 */
export const TOOLBAR_TITLE = 'Paperboy: capture this page';

const SHARED =
  /\/node_modules\/(preact|idb)\/|\/lib\/(stores|db|edit|item-check|model|url|text|dates|topics)(\/|\.ts)|\/lib\/format\/(mojibake|week-order|list-formats|template|mlnews|compass|cell)\.ts|\/lib\/capture\/(page-capture|restricted|selection)\.ts|\/components\/(App|CaptureForm|Notice|lazy|useStore|CurationContext)\.tsx?|\/utils\//;

/**
 * The extension pages' shared code (Preact, idb, the popup's lib/, its views) in one chunk, not a
 * dozen: fewer files for the popup to load, one compressed stream instead of many small ones. Only
 * for the build of the HTML pages: the scripts built one file each (background, page reader) are
 * left alone.
 */
function chunkOf(id: string): string | undefined {
  // Vite's preload helper stays small and apart: the popup's small entry imports it to load the app.
  if (id.includes('preload-helper')) return 'preload-helper';
  // Backup and restore are the library page's alone: kept out of the chunk the popup loads.
  if (id.includes('/lib/db/backup-io')) return undefined;
  return SHARED.test(id) ? 'shared' : undefined;
}

function sharedChunkPlugin() {
  return {
    name: 'paperboy-shared-chunk',
    config(config: { build?: { lib?: unknown } }) {
      if (config.build?.lib) return undefined;
      return { build: { rollupOptions: { output: { manualChunks: chunkOf } } } };
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every module imports what it uses: no globals, so lib/ cannot reach browser APIs unnoticed.
  imports: false,
  // `npm run dev` opens a browser with Paperboy loaded; CHROME_PATH picks which one (Debian: /usr/bin/chromium).
  webExt: {
    binaries: process.env.CHROME_PATH ? { chrome: process.env.CHROME_PATH } : undefined,
    startUrls: ['https://arxiv.org/abs/2106.09685'],
  },
  // `npm run dev` pre-renders the pages with a Vite build too, pointed at the dev server: its popup
  // page loads its scripts as written (WXT's reloader and Vite's client among them).
  vite: (env) => ({
    plugins: [preact(), sharedChunkPlugin(), ...(env.command === 'build' ? [holdPopupScriptsPlugin()] : [])],
    build: { target: 'es2022', sourcemap: false },
  }),
  // WXT sets the toolbar button's title from the popup's <title>, over the one configured below:
  // put the configured one back (the tooltip is what the button says it does).
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const action of [manifest.action, manifest.browser_action]) if (action) action.default_title = TOOLBAR_TITLE;
    },
  },
  manifest: ({ browser, mode, manifestVersion }) => ({
    name: 'Paperboy',
    description: 'Capture papers and posts into your weekly ML news list: one click fills the form, one click copies the markdown.',
    // storage: publishing's settings and token, in storage.local only (never sync).
    permissions: ['activeTab', 'scripting', 'contextMenus', 'clipboardWrite', 'storage'],
    host_permissions: ['https://export.arxiv.org/*', ...(mode === 'e2e' ? ['<all_urls>'] : [])],
    // MV2 (Firefox's build) has no optional_host_permissions: origins go in optional_permissions,
    // or permissions.request rejects them as undeclared.
    ...(manifestVersion === 2 ? { optional_permissions: ['<all_urls>'] } : { optional_host_permissions: ['<all_urls>'] }),
    action: { default_title: TOOLBAR_TITLE },
    commands: {
      // MV2 opens the popup only for `_execute_browser_action`; MV3 only for `_execute_action`.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Open Paperboy on this page',
      },
    },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'paperboy@paperboy.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
