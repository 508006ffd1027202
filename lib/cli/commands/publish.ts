import type { Command } from '../io';
import { PUBLISH_USAGE, runPublish } from '../publish';

/** `paperboy publish`: the week held in a file, into the list's GitHub repository (lib/cli/publish.ts). */
export const publish: Command = {
  usage: PUBLISH_USAGE.trimStart(),
  run: (args, io) => runPublish(args, io),
};
