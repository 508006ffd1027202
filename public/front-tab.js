// The popup's first script, and in a build the only one its HTML loads: a classic script in
// <head>, importing nothing, so that it runs as the page is parsed. It asks for the tab in front
// and puts its title and address in the first frame's fields (popup/index.html); the app takes the
// same answer (`paperboyFrontTab`) instead of asking again. Then, once that frame is painted, it
// starts the app: the build holds the app's module scripts back as <meta>s
// (build/hold-popup-scripts.ts) because, fetched alongside this script, they delayed it (and so
// the title) by a few milliseconds. Plain JavaScript from public/: Vite would bundle a module
// script into the app's chunk.
(() => {
  const extension = globalThis.browser ?? globalThis.chrome;
  // Whatever the browser does (throws, refuses, answers oddly, or not at all within a moment), this
  // settles: to the tab, or to null, and the app then asks for the tab itself.
  const asked = Promise.resolve()
    .then(() => extension.tabs.query({ active: true, lastFocusedWindow: true }))
    .then(
      (tabs) => (Array.isArray(tabs) && tabs[0]) || null,
      () => null,
    );
  const frontTab = Promise.race([asked, new Promise((resolve) => setTimeout(resolve, 300, null))]);
  globalThis.paperboyFrontTab = frontTab;

  const fill = (tab) => {
    const put = (id, value) => {
      const input = document.getElementById(id);
      // Only into the first frame, and never over what the curator has begun to type. What was put
      // is noted (data-filled), so that the app keeps only what differs from it as typed.
      if (!input || !input.closest('.first-frame') || input.value || !value) return;
      input.value = value;
      input.dataset.filled = value;
    };
    put('pb-title', tab && tab.title ? tab.title.replace(/\s+/g, ' ').trim() : '');
    put('pb-url', tab && tab.url);
  };

  // Held by the build: <meta name="paperboy-held-module|paperboy-held-modulepreload" content="file">.
  // Only the address is kept: Vite writes these tags with `crossorigin` alone, put back here.
  let started = false;
  const startApp = () => {
    if (started) return;
    started = true;
    for (const held of document.querySelectorAll('meta[name^="paperboy-held-"]')) {
      const preload = held.name === 'paperboy-held-modulepreload';
      const element = document.createElement(preload ? 'link' : 'script');
      if (preload) {
        element.rel = 'modulepreload';
        element.href = held.content;
      } else {
        element.type = 'module';
        element.src = held.content;
      }
      element.crossOrigin = '';
      document.head.append(element);
    }
  };
  // After the next frame; a popup that is hidden may get no animation frame, hence the timeout.
  const afterNextFrame = (run) => {
    requestAnimationFrame(() => setTimeout(run, 0));
    setTimeout(run, 50);
  };

  // The fields exist once the page is parsed ('interactive'), which comes before the first frame.
  const whenParsed = (run) =>
    document.readyState !== 'loading' ? run() : document.addEventListener('readystatechange', run, { once: true });
  void frontTab.then((tab) =>
    whenParsed(() => {
      try {
        fill(tab);
      } finally {
        afterNextFrame(startApp);
      }
    }),
  );
})();
