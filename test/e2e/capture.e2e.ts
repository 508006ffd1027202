import { useBrowser } from './use-browser';

/** Capture on the kinds of page curators meet, and on the pages that cannot be read. */
const browser = useBrowser();

const apiRequests = () => browser().standIn.requests.filter((r) => r.startsWith('https://export.arxiv.org/api/'));

it('captures an arXiv PDF address through the API stand-in, asking once', async () => {
  const h = browser();
  await h.visit('https://arxiv.org/pdf/2106.09685v2');
  let popup = await h.openPopup();
  expect(await popup.value('#pb-title')).toBe('LoRA: Low-Rank Adaptation of Large Language Models');
  expect(await popup.value('#pb-url')).toBe('https://arxiv.org/abs/2106.09685');
  expect(await popup.text()).toContain('Edward J. Hu, Yelong Shen, Phillip Wallis');
  await popup.close();
  popup = await h.openPopup();
  expect(await popup.value('#pb-title')).toBe('LoRA: Low-Rank Adaptation of Large Language Models');
  expect(apiRequests()).toEqual(['https://export.arxiv.org/api/query?id_list=2106.09685']);
  await popup.close();
});

it('says when arXiv refuses, and keeps the form usable', async () => {
  const h = browser();
  await h.visit('https://arxiv.org/pdf/2101.00429');
  const popup = await h.openPopup();
  expect(await popup.text()).toMatch(
    /This PDF is arXiv paper 2101\.00429, but its details could not be fetched: arXiv is asking for fewer requests \(HTTP 429\)/,
  );
  expect(await popup.value('#pb-url')).toBe('https://arxiv.org/abs/2101.00429');
  await popup.fill('#pb-title', 'A paper read as a PDF');
  await popup.click('text=Save');
  await popup.waitFor(`document.body.innerText.includes('Saved to')`, 'the saved message');
  await popup.close();
});

it('offers the form on a page no extension may read', async () => {
  const h = browser();
  await h.visitBrowserPage();
  const popup = await h.openPopup();
  // Without the click that grants activeTab, the browser hides even the tab's title and address.
  expect(await popup.text()).toContain('The browser does not let extensions read this page. Type its title and link.');
  await popup.fill('#pb-title', 'Chromium version page');
  await popup.fill('#pb-url', 'https://www.chromium.org/');
  await popup.click('text=Save');
  await popup.waitFor(`document.body.innerText.includes('Saved to')`, 'the saved message');
  await popup.close();
});

it('reads a page without metadata and a hostile page, running nothing from either', async () => {
  const h = browser();
  await h.visit('https://example.org/notes/attention.html');
  let popup = await h.openPopup();
  expect(await popup.value('#pb-title')).toBe('Notes on attention');
  await popup.close();

  await h.visit('https://blog.hostile.example/straw-berry');
  popup = await h.openPopup();
  expect(await popup.value('#pb-title')).toBe("How many r's in Straw|berry? A [test] of `tokenizers` | *really*");
  await popup.click('text=Save');
  await popup.waitFor(`document.querySelector('#pb-preview').value.includes('Straw')`, 'the preview');
  expect(await popup.value('#pb-preview')).toContain(
    "|[How many r's in Straw\\|berry? A \\[test\\] of \\`tokenizers\\` \\| \\*really\\*.](https://blog.hostile.example/straw-berry) | |",
  );
  expect(await popup.evaluate('document.querySelectorAll("script:not([src]), img").length')).toBe(0);
  await popup.close();
});

it('starts the summary from the selection, as markdown', async () => {
  const h = browser();
  await h.visit('https://www.anthropic.com/news/tracing-thoughts-language-model');
  await h.inPage(() => {
    const range = document.createRange();
    range.setStartBefore(document.querySelector('#lede')!);
    range.setEndAfter(document.querySelector('#points')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  const popup = await h.openPopup();
  expect(await popup.value('#pb-summary')).toBe(
    "Language models like Claude aren't programmed directly by humans. Instead, they are *trained* on large amounts of data, as described in [our new paper](https://www.anthropic.com/research/attribution-graphs).\n\n" +
      '-   Claude plans ahead when writing rhyming poetry.\n-   It uses a `shared` conceptual space across languages.',
  );
  expect(await popup.value('#pb-section')).toBe('News');
  await popup.close();
});

it('keeps a half-written summary when the popup closes, per page', async () => {
  const h = browser();
  await h.visit('https://techcrunch.com/2025/07/22/mistral-releases-a-new-open-model/?utm_source=twitter&utm_campaign=ai#google_vignette');
  let popup = await h.openPopup();
  expect(await popup.value('#pb-url')).toBe('https://techcrunch.com/2025/07/22/mistral-releases-a-new-open-model/');
  await popup.fill('#pb-summary', 'Half-written | with a pipe\nand a line break');
  await popup.waitFor(`document.body.innerText.includes('Draft saved.')`, 'the draft to be saved');
  await popup.close();

  await h.visit('https://lilianweng.github.io/posts/2024-11-28-reward-hacking/');
  popup = await h.openPopup();
  expect(await popup.value('#pb-summary')).toBe('');
  expect(await popup.value('#pb-section')).toBe('Perspectives');
  await popup.close();

  await h.visit('https://techcrunch.com/2025/07/22/mistral-releases-a-new-open-model/');
  popup = await h.openPopup();
  expect(await popup.value('#pb-summary')).toBe('Half-written | with a pipe\nand a line break');
  expect(await popup.text()).toContain('Your unsaved draft for this page is back.');
  await popup.click('text=Save');
  await popup.waitFor(`document.body.innerText.includes('Saved to')`, 'the saved message');
  await popup.close();
  popup = await h.openPopup();
  expect(await popup.text()).not.toContain('Your unsaved draft');
  await popup.close();
});

it('says a paper is already listed, whatever page it is read from, and edits it', async () => {
  const h = browser();
  await h.visit('https://arxiv.org/html/2507.08794v1');
  let popup = await h.openPopup();
  expect(await popup.value('#pb-title')).toBe('One Token to Fool LLM-as-a-Judge');
  // The HTML rendering states no date: arXiv's record completes the form when it answers.
  await popup.waitFor(`document.body.innerText.includes('Published 2025-07-11')`, "the date from arXiv's record");
  await popup.click('text=Insert abstract');
  expect(await popup.value('#pb-summary')).toContain('$\\texttt{Solution:}$');
  await popup.click('text=Save');
  await popup.waitFor(`document.body.innerText.includes('Saved to')`, 'the saved message');
  await popup.close();

  await h.visit('https://huggingface.co/papers/2507.08794');
  popup = await h.openPopup();
  const notice = await popup.text();
  expect(notice).toMatch(/Already in your list: Week \d+ (\w+ )?- \d+ \w+, Research\./);
  const before = await popup.evaluate<number>(`document.querySelectorAll('.list li').length`);
  await popup.click('text=Edit that item');
  // The listed item fills the form (its summary among the rest) once the click has been handled.
  await popup.waitFor(`document.querySelector('#pb-summary').value.includes('Generative reward models')`, 'the listed item in the form');
  expect(await popup.value('#pb-summary')).toContain('Generative reward models');
  await popup.fill('#pb-summary', 'Edited, not added twice.');
  await popup.click('text=Save');
  await popup.waitFor(`document.body.innerText.includes('Saved to')`, 'the saved message');
  expect(await popup.evaluate<number>(`document.querySelectorAll('.list li').length`)).toBe(before);
  await popup.close();
});

it('opens the side panel from the popup, and it follows the tab in front', async () => {
  const h = browser();
  await h.visit('https://github.com/karpathy/nanoGPT/tree/master?tab=readme-ov-file#install');
  const popup = await h.openPopup();
  await popup.click('text=Side panel');
  const panel = await h.sidePanel();
  await panel.waitFor(`document.querySelector('#pb-title')?.value.startsWith('karpathy/nanoGPT')`, 'the panel to read the page');
  await h.visit('https://www.interconnects.ai/p/the-state-of-post-training');
  // The form shows the tab's own title at once: wait for the page's reading, not just a title.
  await panel.waitFor(
    `document.querySelector('#pb-title')?.value === 'The state of post-training in 2025' && !document.body.innerText.includes('Reading the page')`,
    'the panel to follow the tab',
  );
  expect(await panel.value('#pb-section')).toBe('Perspectives');
});

it('appends the selection to a draft when asked from the context menu', async () => {
  const h = browser();
  await h.visit('https://www.anthropic.com/news/tracing-thoughts-language-model');
  let popup = await h.openPopup();
  await popup.fill('#pb-summary', 'My own words first.');
  await popup.waitFor(`document.body.innerText.includes('Draft saved.')`, 'the draft');
  await popup.close();
  await h.inPage(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('#points li')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  if (h.browser === 'firefox') {
    // Firefox: the real menu, opened with a right click on the selection; its item opens the popup.
    await h.contextMenuItem('#points li', 'Add selection to summary');
    popup = await h.popup();
  } else {
    // What the menu's click handler records before it opens the popup (a test cannot click a menu).
    await h.inExtension(async () => {
      const api = (globalThis as unknown as { browser?: any; chrome: any }).browser ?? (globalThis as unknown as { chrome: any }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      const db: IDBDatabase = await new Promise((ok) => {
        const request = indexedDB.open('paperboy');
        request.onsuccess = () => ok(request.result);
      });
      await new Promise((ok) => {
        const tx = db.transaction('settings', 'readwrite');
        tx.objectStore('settings').put({ tabId: tab.id, at: Date.now() }, 'pendingSelection');
        tx.oncomplete = ok;
      });
      db.close();
    });
    popup = await h.openPopup();
  }
  expect(await popup.value('#pb-summary')).toBe('My own words first.\n\nClaude plans ahead when writing rhyming poetry.');
  await popup.close();
  // Asked once: opening again does not append it twice.
  popup = await h.openPopup();
  expect(await popup.value('#pb-summary')).toBe('My own words first.\n\nClaude plans ahead when writing rhyming poetry.');
  await popup.close();
});
