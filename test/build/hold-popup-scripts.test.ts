import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { HELD_MODULE, HELD_MODULEPRELOAD, holdModuleScripts, holdPopupScriptsPlugin } from '@/build/hold-popup-scripts';

const ROOT = join(__dirname, '..', '..');
const FRONT_TAB = readFileSync(join(ROOT, 'public', 'front-tab.js'), 'utf8');

/** The popup's page as Vite builds it: the source's module entry replaced by the built chunks' tags. */
function builtPopupHtml(): string {
  const source = readFileSync(join(ROOT, 'entrypoints', 'popup', 'index.html'), 'utf8');
  const entry = '<script type="module" src="./main.tsx"></script>';
  expect(source).toContain(entry);
  return source.replace(entry, '').replace(
    '</head>',
    '<script type="module" crossorigin src="/chunks/popup-A1.js"></script>\n' +
      '<link rel="modulepreload" crossorigin href="/chunks/helper-B2.js">\n' +
      '<link rel="modulepreload" crossorigin href="/chunks/preload-C3.js">\n' +
      '<link rel="stylesheet" crossorigin href="/assets/first.css">\n</head>',
  );
}

describe('holdModuleScripts', () => {
  it('holds the module entry and its modulepreloads as <meta>s, in order, and leaves the rest', () => {
    const html = holdModuleScripts(builtPopupHtml());
    expect(html).not.toMatch(/type="module"|rel="modulepreload"/);
    const held = [...html.matchAll(/<meta name="(paperboy-held-[a-z]+)" content="([^"]+)">/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(held).toEqual([
      `${HELD_MODULE} /chunks/popup-A1.js`,
      `${HELD_MODULEPRELOAD} /chunks/helper-B2.js`,
      `${HELD_MODULEPRELOAD} /chunks/preload-C3.js`,
    ]);
    // The classic first script stays where it is; a stylesheet is not the app's code.
    expect(html).toContain('<script src="/front-tab.js"></script>');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/first.css">');
  });

  it('refuses a page with no module script: a popup without its app must not build quietly', () => {
    expect(() => holdModuleScripts('<html><head><script src="/front-tab.js"></script></head></html>')).toThrow(/no module script/);
  });

  it('is applied to the popup page only', () => {
    const plugin = holdPopupScriptsPlugin();
    const page = '<head><script type="module" src="/chunks/x.js"></script></head>';
    expect(plugin.transformIndexHtml.handler(page, { filename: '/repo/entrypoints/sidepanel/index.html' })).toBe(page);
    expect(plugin.transformIndexHtml.handler(page, { filename: '/repo/entrypoints/popup/index.html' })).toContain(HELD_MODULE);
  });
});

interface Tab {
  title?: string;
  url?: string;
}

/** Runs public/front-tab.js in the built popup page, with the browser's answer and frames in the test's hands. */
function openPopup(query: () => Promise<Tab[]>) {
  const window = new Window({ settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true } });
  const document = window.document;
  document.write(holdModuleScripts(builtPopupHtml()));
  const frames: Array<() => void> = [];
  const scope = { chrome: { tabs: { query } } } as Record<string, unknown>;
  new Function('globalThis', 'document', 'requestAnimationFrame', 'setTimeout', FRONT_TAB)(
    scope,
    document,
    (callback: () => void) => frames.push(callback),
    setTimeout,
  );
  const field = (id: string) => (document.getElementById(id) as unknown as { value: string }).value;
  const added = () =>
    [...document.head.querySelectorAll('script[type="module"], link[rel="modulepreload"]')].map(
      (element) => element.getAttribute('src') ?? element.getAttribute('href'),
    );
  return {
    document,
    scope,
    field,
    added,
    paint: () => frames.splice(0).forEach((callback) => callback()),
    close: () => window.happyDOM.close(),
  };
}

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('front-tab.js', () => {
  it('fills the first frame from the tab in front, then starts the app once that frame is painted', async () => {
    const tab = { title: '  LoRA:\n Low-Rank   Adaptation ', url: 'https://arxiv.org/abs/2106.09685' };
    const popup = openPopup(async () => [tab]);
    await settle();
    expect(popup.field('pb-title')).toBe('LoRA: Low-Rank Adaptation');
    expect(popup.field('pb-url')).toBe(tab.url);
    await expect(popup.scope.paperboyFrontTab).resolves.toBe(tab);
    expect(popup.added()).toEqual([]); // nothing of the app's before the frame
    popup.paint();
    await settle(60); // the frame's timeout, and the fallback timeout after it: started once
    expect(popup.added()).toEqual(['/chunks/popup-A1.js', '/chunks/helper-B2.js', '/chunks/preload-C3.js']);
    await popup.close();
  });

  it('never writes over what the curator began to type in the first frame', async () => {
    let answer!: (tabs: Tab[]) => void;
    const popup = openPopup(() => new Promise((resolve) => (answer = resolve)));
    (popup.document.getElementById('pb-title') as unknown as { value: string }).value = 'My own title';
    answer([{ title: 'The page title', url: 'https://example.org/' }]);
    await settle();
    expect(popup.field('pb-title')).toBe('My own title');
    expect(popup.field('pb-url')).toBe('https://example.org/');
    await popup.close();
  });

  it('starts the app when the browser refuses the query, or has no tabs API (and without a frame)', async () => {
    for (const query of [() => Promise.reject(new Error('No tab')), () => { throw new Error('tabs is undefined'); }]) {
      const popup = openPopup(query as () => Promise<Tab[]>);
      await expect(popup.scope.paperboyFrontTab).resolves.toBeNull();
      await settle(60); // no frame painted (a hidden popup): the timeout starts it
      expect(popup.field('pb-title')).toBe('');
      expect(popup.added()).toEqual(['/chunks/popup-A1.js', '/chunks/helper-B2.js', '/chunks/preload-C3.js']);
      await popup.close();
    }
  });
});
