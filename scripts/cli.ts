// How every `npm run` script fails: one line on stderr, `<command>: <what went wrong>`, and exit 2 for bad arguments
// (UsageError, which may add its usage text), 1 for anything else; never a stack trace, also for what escapes
// (an unhandled rejection, an error event with no listener). A failure the script cannot put better is described
// by its message and code; raw network errors of the AWS SDK are put as S3's (s3Failure).
import { SluiceError, toStreamsError } from "@sluice/streams";
import { UsageError } from "./usage-error.ts";

/** One line for a failure: the typed message (Redis client errors typed first), or the message and code of others. */
export function errorLine(failure: unknown): string {
  const error = isAwsError(failure) ? failure : toStreamsError(failure);
  if (error instanceof UsageError || error instanceof SluiceError) return error.message;
  if (error instanceof AggregateError && error.errors.length > 0) {
    return [...new Set(error.errors.map(errorLine))].join("; ");
  }
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const firstLine = error.message.split("\n")[0] || error.name;
  const named = error.name !== "Error" && !firstLine.includes(error.name) ? `${error.name}: ` : "";
  return `${named}${firstLine}${typeof code === "string" && !firstLine.includes(code) ? ` (${code})` : ""}`;
}

/** Prints the failure as one line and exits: 2 for a UsageError, else 1. */
export function fail(command: string, error: unknown): never {
  console.error(`${command}: ${errorLine(error)}`);
  process.exit(error instanceof UsageError ? 2 : 1);
}

/** Runs `main`, ending the process through `fail` on any error, including one that escapes it. */
export async function runCli(command: string, main: () => Promise<void>): Promise<void> {
  process.on("uncaughtException", (error) => fail(command, error));
  process.on("unhandledRejection", (error) => fail(command, error));
  try {
    await main();
  } catch (error) {
    fail(command, error);
  }
}

/**
 * What the AWS SDK threw (it marks its errors, network ones included, with `$metadata`) as S3's failure:
 * `S3 at http://127.0.0.1:4568: connect ECONNREFUSED 127.0.0.1:4568`; anything else passes through.
 */
export function s3Failure(error: unknown, endpoint: string | undefined): unknown {
  if (!isAwsError(error)) return error;
  return new SluiceError(
    "unavailable",
    "s3.request_failed",
    `S3 at ${endpoint ?? "AWS"}: ${errorLine(error)}`,
    {
      cause: error,
    },
  );
}

const isAwsError = (error: unknown): error is Error => error instanceof Error && "$metadata" in error;
