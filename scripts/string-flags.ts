// The command lines of scripts whose flags all take a value (`--minutes 30`): parsed strictly, each flag's text or
// undefined; an unknown flag, a missing value or a positional argument fails with parseArgs's message, for the
// script's usage.
import { parseArgs } from "node:util";

export function parseStringFlags(
  argv: string[],
  flags: readonly string[],
  usage: (problem: string) => Error,
): Record<string, string | undefined> {
  try {
    return parseArgs({
      args: argv,
      options: Object.fromEntries(flags.map((flag) => [flag, { type: "string" as const }])),
      strict: true,
      allowPositionals: false,
    }).values as Record<string, string | undefined>;
  } catch (error) {
    throw usage((error as Error).message);
  }
}
