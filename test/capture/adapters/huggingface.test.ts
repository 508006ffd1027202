import { parseHtml } from '@/lib/cli/dom';
import { huggingFaceAdapter } from '@/lib/capture/adapters/huggingface';

describe('huggingFaceAdapter, repositories', () => {
  const read = (url: string) =>
    huggingFaceAdapter.extract(parseHtml('<title>x · Hugging Face</title><main><h1>x</h1></main>', url), new URL(url));

  it('credits an owner written as a name, and no account handle', () => {
    expect(read('https://huggingface.co/Qwen/Qwen3-8B').authors).toEqual(['Qwen']);
    expect(read('https://huggingface.co/northwind-ai/Kestrel-8B-Instruct').authors).toEqual([]);
  });

  it('lists the repository at its root, as a resource', () => {
    expect(read('https://huggingface.co/datasets/acme/notes/tree/main?x=1')).toMatchObject({
      url: 'https://huggingface.co/datasets/acme/notes',
      section: 'Resources',
    });
  });
});
