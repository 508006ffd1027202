import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { listFixture } from '../fixtures';

/**
 * The entry point as Node runs it (test/cli/package.test.ts runs the same file bundled): the
 * command's exit code becomes the process's, its output goes to stdout and its messages to stderr.
 */
const entry = join(import.meta.dirname, '..', '..', 'lib', 'cli', 'paperboy.ts');

function paperboy(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', entry, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the paperboy entry point', () => {
  it('exits with the command\u2019s code, the problems on stdout', () => {
    const monthly = listFixture('april-2025.md').file;
    const result = paperboy('lint', monthly);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${monthly}:17: duplicate:`);
    expect(result.stderr).toBe('');
  });

  it('says what is wrong on stderr and exits 2 on a wrong command line', () => {
    const result = paperboy('frobnicate');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^paperboy: unknown command "frobnicate"\nusage:/);
  });
});
