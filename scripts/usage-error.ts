/** Bad command-line arguments of a script (bench, load): it prints the message and exits with status 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
