import { run } from '@/lib/cli/main';
import { cli } from './run-cli';

describe('paperboy', () => {
  it('explains its usage', async () => {
    expect(await cli('frobnicate')).toMatchObject({ code: 2, err: expect.stringContaining('usage:') });
    expect(await cli('--help')).toMatchObject({ code: 0, out: expect.stringContaining('paperboy lint FILE.md...') });
    expect(await cli('lint')).toMatchObject({ code: 2, err: expect.stringContaining('usage:') });
  });

  it('lists every command in its usage, each line starting with its name', async () => {
    for (const help of ['-h', '--help', 'help']) {
      const { code, out } = await cli(help);
      expect(code).toBe(0);
      const commands = out.split('\n').filter((line) => /^ {2}paperboy /.test(line));
      expect(commands.map((line) => line.trim().split(' ')[1])).toEqual(['extract', 'lint', 'convert', 'publish']);
    }
  });

  it('prints the usage and exits 2 when given no command', async () => {
    const { code, out, err } = await cli();
    expect(code).toBe(2);
    expect(out).toMatch(/^usage:\n {2}paperboy extract/);
    expect(err).toBe('');
  });

  it('names an unknown command, never taking an inherited property for one', async () => {
    for (const name of ['frobnicate', 'constructor', 'toString', '__proto__']) {
      const { code, err } = await cli(name);
      expect(code).toBe(2);
      expect(err).toMatch(new RegExp(`^paperboy: unknown command "${name}"\\nusage:`));
    }
  });

  it('says what a wrong argument is without the usage when the command has the usage right', async () => {
    const { code, err } = await cli('lint', '--format', 'xml', 'a.md');
    expect(code).toBe(2);
    expect(err).toBe('paperboy: unknown output format "xml": use text, json or github\n');
  });

  it('reports an unexpected failure with its stack, and exits 2', async () => {
    const err: string[] = [];
    // An output that fails: the command's own error, not a usage error.
    const code = await run(['lint', '--format', 'json', 'missing.md'], {
      out: () => {
        throw new Error('stdout closed');
      },
      err: (text) => err.push(text),
    });
    expect(code).toBe(2);
    expect(err.join('')).toMatch(/^paperboy: Error: stdout closed\n\s+at /);
  });
});
