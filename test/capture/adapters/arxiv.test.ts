import { parseHtml } from '@/lib/cli/dom';
import { firstVersionStamp, latexmlNames } from '@/lib/capture/adapters/arxiv';

const names = (inner: string) =>
  latexmlNames(parseHtml(`<span class="ltx_personname" id="p">${inner}</span>`, 'https://arxiv.org/html/2601.00001').getElementById('p')!);

describe('latexmlNames', () => {
  it('splits authors typeset together at runs of spaces, dropping footnote marks and what follows the first break', () => {
    expect(
      names(
        'Shu Ma<sup class="ltx_sup">∗</sup>   Hong Wang<sup>∗</sup>   Li Dong<br class="ltx_break">Example Research   Sample University',
      ),
    ).toEqual(['Shu Ma', 'Hong Wang', 'Li Dong']);
  });

  it('splits at commas and "and", "&"', () => {
    expect(names('Mateo Ruiz<sup>1</sup>, Hye-jin Park<sup>2</sup>, and Olusegun Adeyemi<sup>1</sup><br><sup>1</sup>Example Lab')).toEqual([
      'Mateo Ruiz',
      'Hye-jin Park',
      'Olusegun Adeyemi',
    ]);
    expect(names('Min-seo Kang &amp; Peter Novak<span class="ltx_note"><sup>1</sup>Corresponding author.</span>')).toEqual([
      'Min-seo Kang',
      'Peter Novak',
    ]);
  });

  it('reads one author with an affiliation and an e-mail on the next lines', () => {
    expect(
      names(
        'Ana Lima<span class="ltx_note"><sup>1</sup></span><br class="ltx_break">Department of Informatics, Example University<br>ana@example.edu',
      ),
    ).toEqual(['Ana Lima']);
    expect(names('<span class="ltx_text ltx_font_bold">Omar Farouk</span><br>Example Labs')).toEqual(['Omar Farouk']);
  });

  it('keeps names that contain "and" or "&" inside a word', () => {
    expect(names('Alexander Sandberg   Andy Lee')).toEqual(['Alexander Sandberg', 'Andy Lee']);
  });
});

describe('latexmlNames, NeurIPS-style blocks', () => {
  it('starts a new author at each \\And mark, each name ending at its own line break', () => {
    expect(
      names(
        'Hana Ito<br class="ltx_break">Dept. of CS<br>hana@example.edu <span class="ltx_ERROR undefined">\\And</span>Rui Costa<span class="ltx_note"><sup>1</sup>thanks: work done at X.</span><br>Example Lab <span class="ltx_ERROR undefined">\\AND</span>Ewa Nowak<br>Example University',
      ),
    ).toEqual(['Hana Ito', 'Rui Costa', 'Ewa Nowak']);
  });
});

describe('firstVersionStamp', () => {
  const stamped = (stamp: string) => parseHtml(`<div id="watermark-tr">${stamp}</div>`, 'https://arxiv.org/html/2602.08417v1');
  it('reads the day a first version was submitted from the page stamp, and nothing for later versions', () => {
    expect(firstVersionStamp(stamped('arXiv:2602.08417v1 [cs.CL] 09 Feb 2026'))).toBe('2026-02-09');
    expect(firstVersionStamp(stamped('arXiv:2602.08417v3 [cs.CL] 20 Apr 2026'))).toBeNull();
    expect(firstVersionStamp(stamped('License: CC BY 4.0'))).toBeNull();
  });
});

describe('latexmlNames, lists over several lines', () => {
  it('goes on to the next line when a line ends with a comma', () => {
    expect(
      names(
        '<span class="ltx_text ltx_font_bold">Neema Kamau<sup>1</sup>, Baraka Odhiambo<sup>1</sup>,</span><br class="ltx_break"><span class="ltx_text ltx_font_bold">Hannah Lind<sup>2</sup>, Juma Salim<sup>3</sup></span><br class="ltx_break"><sup>1</sup>Example University  <sup>2</sup>Other University',
      ),
    ).toEqual(['Neema Kamau', 'Baraka Odhiambo', 'Hannah Lind', 'Juma Salim']);
  });
});
