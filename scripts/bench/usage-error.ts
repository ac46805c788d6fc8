/** Bad command-line arguments of a bench: scripts/bench.ts prints the message and exits with status 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
