// The popup's first script: a classic script in <head>, before the stylesheet and the app's module
// chunks, importing nothing, so that it runs as the page is parsed. It asks for the tab in front and
// puts its title and address in the first frame's fields (popup/index.html); the app takes the
// same answer (`paperboyFrontTab`) instead of asking again. Plain JavaScript from public/: Vite
// would bundle a module script into the app's chunk, which loads last.
(() => {
  const extension = globalThis.browser ?? globalThis.chrome;
  const frontTab = extension.tabs.query({ active: true, lastFocusedWindow: true }).then(
    ([tab]) => tab ?? null,
    () => null,
  );
  globalThis.paperboyFrontTab = frontTab;
  const fill = (tab) => {
    const put = (id, value) => {
      const input = document.getElementById(id);
      // Only into the first frame, and never over what the curator has begun to type.
      if (input && input.closest('.first-frame') && !input.value && value) input.value = value;
    };
    put('pb-title', tab && tab.title ? tab.title.replace(/\s+/g, ' ').trim() : '');
    put('pb-url', tab && tab.url);
  };
  // The fields exist once the page is parsed ('interactive'), which comes before the app's module
  // scripts run (DOMContentLoaded waits for them).
  void frontTab.then((tab) => {
    if (document.readyState !== 'loading') return fill(tab);
    document.addEventListener('readystatechange', () => fill(tab), { once: true });
  });
})();
