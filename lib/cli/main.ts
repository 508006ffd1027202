import { UsageError, type Command, type Io } from './io';
import { extract } from './commands/extract';
import { lint } from './commands/lint';
import { convert } from './commands/convert';
import { publish } from './commands/publish';

export type { Io } from './io';

/**
 * `paperboy COMMAND ...`: the extension's own code, on files. Each command is one module in
 * commands/; adding one is a line here.
 */
const COMMANDS: Record<string, Command> = { extract, lint, convert, publish };

function usage(): string {
  return (
    'usage:\n' +
    Object.values(COMMANDS)
      .map((command) => '  ' + command.usage)
      .join('\n')
  );
}

export async function run(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.out(usage() + '\n');
    return name === undefined ? 2 : 0;
  }
  try {
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw new UsageError(`unknown command "${name}"`, true);
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`paperboy: ${error.message}\n`);
      if (error.showUsage) io.err(usage() + '\n');
      return 2;
    }
    io.err(`paperboy: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}
