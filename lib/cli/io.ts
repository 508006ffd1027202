import { readFile } from 'node:fs/promises';

/** What every command shares: where it writes, how it says "you used me wrong", how it reads a file. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** A command line or input the command cannot work with: a message, and exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** Print the usage after the message (a missing or unknown argument). */
    readonly showUsage = false,
  ) {
    super(message);
  }
}

export interface Command {
  /** One or more lines for `paperboy --help`, each starting with `paperboy NAME`. */
  usage: string;
  run(args: string[], io: Io): Promise<number>;
}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string>;
}

/**
 * `--name value`, `--name=value`, and `--name` alone for the switches a command names in
 * `switches`; everything else is positional.
 */
export function parseArgs(args: string[], switches: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      // Split at the first '=' only: a value may hold '=' (an address's query). split('=', 2) would cut it.
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (switches.includes(name) && inline === undefined) {
        flags.set(name, 'true');
        continue;
      }
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`, true);
      flags.set(name, value);
    } else positional.push(arg);
  }
  return { positional, flags };
}

export async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : String((error as Error).message);
    throw new UsageError(`cannot read ${path}: ${why}`);
  }
}
