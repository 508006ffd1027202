import { annotation } from '@/lib/cli/annotations';

describe('GitHub annotations', () => {
  it('writes a workflow command with the file, the line and a title', () => {
    expect(
      annotation({ severity: 'error', file: 'lists/2025/july.md', line: 12, title: 'paperboy pipe', message: 'a "|" splits a cell' }),
    ).toBe('::error file=lists/2025/july.md,line=12,title=paperboy pipe::a "|" splits a cell');
  });

  it('escapes what GitHub would read as the end of a property or of the command', () => {
    expect(
      annotation({ severity: 'warning', file: 'a,b:c%.md', line: 3, title: 'x: y, z', message: '100% sure:\nsecond line\r, comma' }),
    ).toBe('::warning file=a%2Cb%3Ac%25.md,line=3,title=x%3A y%2C z::100%25 sure:%0Asecond line%0D, comma');
  });

  it('leaves the line out for a problem of the whole file', () => {
    expect(annotation({ severity: 'error', file: 'notes.md', title: 'paperboy', message: 'no list table here' })).toBe(
      '::error file=notes.md,title=paperboy::no list table here',
    );
  });
});
