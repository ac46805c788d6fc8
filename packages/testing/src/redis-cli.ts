import { runCommand } from "./run-command.ts";

/** How redis-cli reaches one server. */
export interface CliConnection {
  host: string;
  port: number;
  caFile?: string;
  username?: string;
  password?: string;
}

/**
 * Runs redis-cli against the server and resolves with its trimmed stdout. `-e` makes an error reply a non-zero
 * exit, so it rejects; the password travels in REDISCLI_AUTH, never in the arguments shown by errors.
 */
export function redisCli(connection: CliConnection, args: string[], signal?: AbortSignal): Promise<string> {
  const flags = ["-h", connection.host, "-p", String(connection.port), "-e"];
  if (connection.caFile) flags.push("--tls", "--cacert", connection.caFile);
  if (connection.username) flags.push("--user", connection.username);
  const env = connection.password ? { ...process.env, REDISCLI_AUTH: connection.password } : process.env;
  return runCommand("redis-cli", [...flags, ...args], { env, signal });
}
