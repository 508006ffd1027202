#!/usr/bin/env node
// Runs Paperboy's TypeScript library directly (tsx), so the command line and the extension share one code base.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../lib/cli/main.ts');
const code = await run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
process.exitCode = code;
