/** A command-line tool (redis-cli, openssl) exited with an error. */
export class CommandError extends Error {
  override readonly name = "CommandError";
  readonly code = "testing.command_failed";
  readonly command: string;
  readonly exitCode: number | null;
  readonly stderr: string;

  constructor(command: string, exitCode: number | null, stderr: string, options?: ErrorOptions) {
    super(`${command} failed${exitCode === null ? "" : ` with exit code ${exitCode}`}: ${stderr}`, options);
    this.command = command;
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
}

/** redis-server exited or did not answer PING in time; the message ends with the tail of its log. */
export class RedisStartError extends Error {
  override readonly name = "RedisStartError";
  readonly code = "testing.start_failed";
  readonly port: number;
  readonly logTail: string;

  constructor(port: number, reason: string, logTail: string, options?: ErrorOptions) {
    super(`redis-server on port ${port} failed to start: ${reason}\n--- log tail ---\n${logTail}`, options);
    this.port = port;
    this.logTail = logTail;
  }

  /** True when the port was taken between choosing it and binding it: starting on another port may succeed. */
  get addressInUse(): boolean {
    return this.logTail.includes("Address already in use");
  }
}
