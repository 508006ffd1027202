import type { Capture } from '../../model';
import { parseArgs, readText, UsageError, type Command } from '../io';

function captureFields(capture: Capture): Capture {
  const { title, url, authors, published, abstract, arxivId, siteName, section, selection } = capture;
  return { title, url, authors, published, abstract, arxivId, siteName, section, selection };
}

/** `paperboy extract PAGE.html --url URL`: what the popup would capture from a saved page. */
export const extract: Command = {
  usage: 'paperboy extract PAGE.html --url URL      the capture of a saved page, as JSON (needs happy-dom)',
  async run(args, io) {
    const { positional, flags } = parseArgs(args);
    const [file] = positional;
    if (!file) throw new UsageError('extract needs a saved page: paperboy extract PAGE.html --url URL', true);
    const url = flags.get('url');
    if (!url) throw new UsageError('extract needs the page address: --url URL', true);
    let address: URL;
    try {
      address = new URL(url);
    } catch {
      throw new UsageError(`"${url}" is not an address`);
    }
    const html = await readText(file);
    // Loaded here, not at start: only extract needs a DOM (happy-dom), lint and convert run without one.
    let dom: typeof import('../dom');
    try {
      dom = await import('../dom');
    } catch (error) {
      throw new UsageError(`extract needs happy-dom (npm install happy-dom): ${(error as Error).message}`);
    }
    const { extractCapture } = await import('../../capture/registry');
    const capture = extractCapture(dom.parseHtml(html, address.href), address);
    io.out(JSON.stringify(captureFields(capture), null, 2) + '\n');
    return 0;
  },
};
