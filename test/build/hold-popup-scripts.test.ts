import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { HELD_MODULE, HELD_MODULEPRELOAD, holdModuleScripts, holdPopupPageScripts } from '@/build/hold-popup-scripts';

const ROOT = join(__dirname, '..', '..');
const FRONT_TAB = readFileSync(join(ROOT, 'public', 'front-tab.js'), 'utf8');

/** The popup's page as Vite builds it: the source's module entry replaced by the built chunks' tags. */
function builtPopupHtml(): string {
  const source = readFileSync(join(ROOT, 'entrypoints', 'popup', 'index.html'), 'utf8');
  const entry = '<script type="module" src="./main.tsx"></script>';
  expect(source).toContain(entry);
  return source
    .replace(entry, '')
    .replace(
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

  it('refuses a page with no module script, or without front-tab.js to start it: a popup without its app must not build quietly', () => {
    expect(() => holdModuleScripts('<html><head><script src="/front-tab.js"></script></head></html>')).toThrow(/no module script/);
    expect(() => holdModuleScripts(builtPopupHtml().replace('<script src="/front-tab.js"></script>', ''))).toThrow(/front-tab\.js/);
  });

  it('is applied to the popup page only', () => {
    const page = '<head><script src="/front-tab.js"></script><script type="module" src="/chunks/x.js"></script></head>';
    expect(holdPopupPageScripts(page, '/repo/entrypoints/sidepanel/index.html')).toBe(page);
    expect(holdPopupPageScripts(page, 'C:\\repo\\entrypoints\\popup\\index.html')).toContain(HELD_MODULE);
    expect(holdPopupPageScripts(page, '/repo/entrypoints/popup/index.html')).toContain(HELD_MODULE);
  });
});

interface Tab {
  title?: string;
  url?: string;
}

const STARTED = [
  'SCRIPT module /chunks/popup-A1.js',
  'LINK modulepreload /chunks/helper-B2.js',
  'LINK modulepreload /chunks/preload-C3.js',
];

/**
 * Runs public/front-tab.js in the built popup page, with the browser's answer, the frames and the
 * clock in the test's hands. `parsed: false` runs it while the page is still being parsed.
 */
function openPopup(query: () => unknown, { parsed = true } = {}) {
  const window = new Window({ settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true } });
  const page = window.document;
  page.write(holdModuleScripts(builtPopupHtml()));
  const parsing: Array<() => void> = [];
  const document = parsed
    ? page
    : {
        readyState: 'loading',
        addEventListener: (type: string, listener: () => void) => type === 'readystatechange' && parsing.push(listener),
        getElementById: (id: string) => page.getElementById(id),
        querySelectorAll: (selector: string) => page.querySelectorAll(selector),
        createElement: (tag: string) => page.createElement(tag),
        head: page.head,
      };
  const frames: Array<() => void> = [];
  const scope = { chrome: { tabs: { query } } } as Record<string, unknown>;
  new Function('globalThis', 'document', 'requestAnimationFrame', 'setTimeout', FRONT_TAB)(
    scope,
    document,
    (callback: () => void) => frames.push(callback),
    setTimeout,
  );
  const field = (id: string) => (page.getElementById(id) as unknown as { value: string }).value;
  const filled = (id: string) => (page.getElementById(id) as unknown as { dataset: Record<string, string | undefined> }).dataset.filled;
  const added = () =>
    [...page.head.querySelectorAll('script:not([src="/front-tab.js"]), link:not([rel="stylesheet"])')].map(
      (element) =>
        `${element.tagName} ${element.getAttribute('type') ?? element.getAttribute('rel')} ${element.getAttribute('src') ?? element.getAttribute('href')}`,
    );
  return {
    page,
    scope,
    field,
    filled,
    added,
    paint: () => frames.splice(0).forEach((callback) => callback()),
    parsed: () => parsing.splice(0).forEach((listener) => listener()),
    close: () => window.happyDOM.close(),
  };
}

/** Lets `ms` of the popup's (fake) clock pass, with the promises that settle on the way. */
const pass = (ms = 0) => vi.advanceTimersByTimeAsync(ms);

describe('front-tab.js', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fills the first frame from the tab in front, and starts the app on the frame after it, once', async () => {
    const tab = { title: '  LoRA:\n Low-Rank   Adaptation ', url: 'https://arxiv.org/abs/2106.09685' };
    const popup = openPopup(async () => [tab]);
    await pass();
    expect(popup.field('pb-title')).toBe('LoRA: Low-Rank Adaptation');
    expect(popup.field('pb-url')).toBe(tab.url);
    // What was put is noted for the app, which keeps only what differs from it as typed.
    expect(popup.filled('pb-title')).toBe('LoRA: Low-Rank Adaptation');
    expect(popup.filled('pb-url')).toBe(tab.url);
    await expect(popup.scope.paperboyFrontTab).resolves.toBe(tab);
    await pass(40);
    expect(popup.added()).toEqual([]); // nothing of the app's before the frame is painted
    popup.paint();
    await pass(1); // the frame started it, well before the hidden popup's fallback
    expect(popup.added()).toEqual(STARTED);
    await pass(500); // the fallback timeout comes and goes: started once
    expect(popup.added()).toEqual(STARTED);
    await popup.close();
  });

  it('waits for the page to be parsed before it fills the fields and starts the app', async () => {
    const popup = openPopup(async () => [{ title: 'A title', url: 'https://example.org/a' }], { parsed: false });
    await pass(100);
    expect(popup.field('pb-title')).toBe('');
    expect(popup.added()).toEqual([]);
    popup.parsed();
    expect(popup.field('pb-title')).toBe('A title');
    popup.paint();
    await pass(1);
    expect(popup.added()).toEqual(STARTED);
    await popup.close();
  });

  it('never writes over what the curator began to type in the first frame', async () => {
    let answer!: (tabs: Tab[]) => void;
    const popup = openPopup(() => new Promise((resolve) => (answer = resolve)));
    (popup.page.getElementById('pb-title') as unknown as { value: string }).value = 'My own title';
    await pass(); // the question is asked as the script ends
    answer([{ title: 'The page title', url: 'https://example.org/' }]);
    await pass();
    expect(popup.field('pb-title')).toBe('My own title');
    expect(popup.filled('pb-title')).toBeUndefined();
    expect(popup.field('pb-url')).toBe('https://example.org/');
    await popup.close();
  });

  const failures: Array<[string, () => unknown]> = [
    ['refuses the query', () => Promise.reject(new Error('No tab'))],
    [
      'has no tabs API',
      () => {
        throw new Error('tabs is undefined');
      },
    ],
    ['answers with something that is not a list', async () => undefined],
  ];
  it.each(failures)('starts the app, with no tab, when the browser %s (and paints no frame)', async (_, query) => {
    const popup = openPopup(query);
    await expect(popup.scope.paperboyFrontTab).resolves.toBeNull();
    await pass(60); // no frame painted (a hidden popup): the timeout starts it
    expect(popup.field('pb-title')).toBe('');
    expect(popup.added()).toEqual(STARTED);
    await popup.close();
  });

  it('starts the app, with no tab, when the browser does not answer in 300 ms', async () => {
    const popup = openPopup(() => new Promise(() => undefined));
    await pass(299);
    expect(popup.added()).toEqual([]);
    await pass(1);
    await expect(popup.scope.paperboyFrontTab).resolves.toBeNull();
    popup.paint();
    await pass(1);
    expect(popup.added()).toEqual(STARTED);
    await popup.close();
  });
});
