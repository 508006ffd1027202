/**
 * The popup's module entry. Its first frame is in index.html, and public/front-tab.js fills it with
 * the tab's title and address while the page is parsed; the app's code (app.tsx) runs only after
 * that frame is painted, so the curator sees the title at the pace of an empty popup. (A popup that
 * is hidden may get no animation frame: the timeout starts the app anyway.)
 */
await new Promise<void>((resolve) => {
  const start = () => resolve();
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 50);
});
await import('./app');

export {};
