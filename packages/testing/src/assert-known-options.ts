/** Throws on an option name the function does not know, so that a typo fails loudly instead of being ignored. */
export function assertKnownOptions(options: object, known: readonly string[], functionName: string): void {
  const unknown = Object.keys(options).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new TypeError(`${functionName}: unknown option ${unknown.join(", ")}; known: ${known.join(", ")}`);
  }
}
