import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '@/lib/cli/main';

/** Runs `paperboy ARGS...` as the shipped command does, capturing what it prints and its exit code. */
export async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** A folder of its own for the files a test writes. */
export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'paperboy-cli-'));
}
