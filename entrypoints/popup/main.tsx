/**
 * The popup's module entry. Its first frame is in index.html, and public/front-tab.js fills it with
 * the tab's title and address while the page is parsed. In a build, front-tab.js also adds this
 * script, once that frame is painted (build/hold-popup-scripts.ts); under `npm run dev` it runs at
 * once. The app is a chunk of its own, imported here rather than statically, so that the page
 * names no stylesheet or shared chunk that would have to load before the first frame.
 */
await import('./app');

export {};
