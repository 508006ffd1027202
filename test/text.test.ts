import { collapseSpace, normalizeTitle } from '@/lib/text';

describe('collapseSpace', () => {
  it('makes every run of white space one space and trims the ends', () => {
    expect(collapseSpace('  a \n\t b  ')).toBe('a b');
    expect(collapseSpace('already fine')).toBe('already fine');
    expect(collapseSpace('\u00a0a\u00a0\u00a0b\u00a0')).toBe('a b');
  });

  it('keeps a lone ideographic space between words, the separator of Japanese headlines', () => {
    expect(collapseSpace('国産LLM、要約で上回る\u3000検証結果を公開')).toBe('国産LLM、要約で上回る\u3000検証結果を公開');
    expect(collapseSpace('\u3000前\u3000\u3000後\u3000')).toBe('前 後');
    expect(normalizeTitle('見出し\u3000副題\n')).toBe('見出し\u3000副題');
  });
});
