import { parseHtml } from '@/lib/cli/dom';
import { latexmlNames } from '@/lib/capture/adapters/arxiv';

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
