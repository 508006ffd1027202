import { cleanTitle } from '@/lib/capture/title-rules';

describe('titles', () => {
  const at = (u: string) => new URL(u);
  it.each([
    ['Mistral releases a model | TechCrunch', 'https://techcrunch.com/x', 'TechCrunch', 'Mistral releases a model'],
    ['Tracing thoughts \\ Anthropic', 'https://www.anthropic.com/news/x', null, 'Tracing thoughts'],
    ['Why Scaling Laws Bend | by Jane Doe | Medium', 'https://medium.com/@j/x', 'Medium', 'Why Scaling Laws Bend'],
    ['Paper page - One Token to Fool LLM-as-a-Judge', 'https://huggingface.co/papers/2507.08794', null, 'One Token to Fool LLM-as-a-Judge'],
    ['The First Few Tokens | alphaXiv', 'https://www.alphaxiv.org/abs/2503.02875', 'alphaXiv', 'The First Few Tokens'],
    [
      'GitHub - karpathy/nanoGPT: The simplest repo',
      'https://github.com/karpathy/nanoGPT',
      'GitHub',
      'karpathy/nanoGPT: The simplest repo',
    ],
    ['Harnessing the Reasoning Economy - A Survey', 'https://example.org/x', null, 'Harnessing the Reasoning Economy - A Survey'],
  ])('%s', (raw, url, site, expected) => {
    expect(cleanTitle(raw, at(url), site)).toBe(expected);
  });
});
