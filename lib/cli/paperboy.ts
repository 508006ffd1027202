/**
 * The `paperboy` command as the package ships it: `npm run build:cli` bundles this file and the
 * library into plain JavaScript (dist/cli/), so a list repository's CI runs it with Node alone.
 */
import { run } from './main';

process.exitCode = await run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
