import type { Plugin } from 'vite';

/**
 * The popup's first frame needs none of the app's code (entrypoints/popup/index.html holds the
 * form's first fields; public/front-tab.js fills them from the tab in front). What delayed it was
 * the app's own module scripts: the HTML's module entry and its modulepreload links are fetched as
 * soon as the page is parsed, beside front-tab.js, and a script in <head> waits for its turn among
 * them. So the built popup.html holds them back: each becomes an inert
 * `<meta name="paperboy-held-…">` naming its file, and front-tab.js adds the real elements once
 * the title is on screen.
 */

/** The `<meta>` names front-tab.js looks for (it is plain JavaScript: keep the two in step). */
export const HELD_MODULE = 'paperboy-held-module';
export const HELD_MODULEPRELOAD = 'paperboy-held-modulepreload';

const attribute = (attributes: string, name: string): string | undefined =>
  new RegExp(`(?:^|\\s)${name}\\s*=\\s*"([^"]*)"`, 'i').exec(attributes)?.[1];

const held = (name: string, file: string) => `<meta name="${name}" content="${file}">`;

/**
 * Turns the module scripts and modulepreload links of a built HTML page into held `<meta>`s, in
 * their order. Throws when there is no module script to hold: front-tab.js would have nothing to
 * start, and when the page does not load front-tab.js, which starts them: a popup without its app
 * must not ship quietly.
 */
export function holdModuleScripts(html: string): string {
  let scripts = 0;
  const out = html
    .replace(/<script\b([^>]*)>\s*<\/script>/gi, (tag, attributes: string) => {
      const src = attribute(attributes, 'src');
      if (attribute(attributes, 'type') !== 'module' || !src) return tag;
      scripts++;
      return held(HELD_MODULE, src);
    })
    .replace(/<link\b([^>]*?)\/?>/gi, (tag, attributes: string) => {
      const href = attribute(attributes, 'href');
      return attribute(attributes, 'rel') === 'modulepreload' && href ? held(HELD_MODULEPRELOAD, href) : tag;
    });
  if (scripts === 0) throw new Error('popup.html: no module script to hold back for public/front-tab.js to start');
  // Held scripts with nothing to start them would be a popup without its app.
  if (!/<script\b[^>]*\bsrc="\/front-tab\.js"/.test(out))
    throw new Error('popup.html: public/front-tab.js, which starts the held scripts, is not in the page');
  return out;
}

/** What the plugin does to each built page: the popup's is held back, every other left as it is. */
export function holdPopupPageScripts(html: string, filename: string): string {
  return /[\\/]entrypoints[\\/]popup[\\/]index\.html$/.test(filename) ? holdModuleScripts(html) : html;
}

/**
 * The Vite plugin, for `wxt build` only: wxt.config.ts leaves it out of `npm run dev`, whose pages
 * are pre-rendered by a Vite build as well but load WXT's reloader and Vite's client from the dev
 * server, as written.
 */
export function holdPopupScriptsPlugin() {
  return {
    name: 'paperboy-hold-popup-scripts',
    apply: 'build',
    transformIndexHtml: {
      // After Vite has written the built chunks' tags into the page.
      order: 'post',
      handler: (html, context) => holdPopupPageScripts(html, context.filename),
    },
  } satisfies Plugin;
}
