import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, readText, UsageError } from '@/lib/cli/io';

describe('parsing a command line', () => {
  it('takes --name value and --name=value, everything else positional, in order', () => {
    const { positional, flags } = parseArgs(['a.md', '--to', 'json', 'b.md', '--month=2025-04']);
    expect(positional).toEqual(['a.md', 'b.md']);
    expect([...flags]).toEqual([
      ['to', 'json'],
      ['month', '2025-04'],
    ]);
  });

  it('keeps an = inside a value', () => {
    expect(parseArgs(['--message=a=b']).flags.get('message')).toBe('a=b');
    expect(parseArgs(['--url=https://example.com/?a=1&b=2']).flags.get('url')).toBe('https://example.com/?a=1&b=2');
    expect(parseArgs(['--message=']).flags.get('message')).toBe('');
  });

  it('takes a switch the command names alone, and a value given to it with =', () => {
    const { positional, flags } = parseArgs(['--skip-unread', 'file.md', '--dry=no'], ['skip-unread', 'dry']);
    expect(positional).toEqual(['file.md']);
    expect(flags.get('skip-unread')).toBe('true');
    expect(flags.get('dry')).toBe('no');
  });

  it('refuses a flag with no value, showing the usage', () => {
    let error: unknown;
    try {
      parseArgs(['file.md', '--to']);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toMatchObject({ message: '--to needs a value', showUsage: true });
  });

  it('makes usage errors without the usage unless asked', () => {
    expect(new UsageError('bad').showUsage).toBe(false);
  });
});

describe('reading a file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paperboy-io-'));

  it('reads it as UTF-8', async () => {
    const file = join(dir, 'list.md');
    writeFileSync(file, 'caf\u00e9 \u2019\n');
    expect(await readText(file)).toBe('caf\u00e9 \u2019\n');
  });

  it('says in words why it cannot, as a usage error', async () => {
    await expect(readText(join(dir, 'missing.md'))).rejects.toMatchObject({
      message: `cannot read ${join(dir, 'missing.md')}: no such file`,
      showUsage: false,
    });
    await expect(readText(dir)).rejects.toThrow(`cannot read ${dir}: it is a folder`);
    await expect(readText(join(dir, 'missing.md'))).rejects.toBeInstanceOf(UsageError);
  });
});
