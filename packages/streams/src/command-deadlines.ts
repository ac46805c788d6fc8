// Every command's deadline starts when it is called, in both modes. ioredis starts a command's timeout only once a
// node connection takes it: in cluster mode a command waiting in the cluster's offline queue (every node gone,
// slots being refreshed) had no deadline at all, and a blocking read there waited forever.
import { type Cluster, Command, type Redis } from "ioredis";

export interface CommandDeadlines {
  commandTimeoutMs: number;
  /** Set for a blocking client: a blocking command gets its BLOCK time plus this instead of the command timeout. */
  blockingGraceMs?: number;
}

type SendCommand = (command: Command, ...rest: unknown[]) => unknown;

/**
 * Wraps `client.sendCommand` so that each command gets its deadline when called (a command timeout rejects it with
 * "Command timed out"; a blocking read's timeout ends it empty, as Redis would), and so that a command that already
 * failed while queued offline is never sent afterwards: a caller told "unavailable" before the command left the
 * process can rely on it not being applied later (ioredis would otherwise send it on the next reconnect).
 */
export function enforceCommandDeadlines(client: Redis | Cluster, deadlines: CommandDeadlines): void {
  const send = client.sendCommand.bind(client) as SendCommand;
  const wrapped: SendCommand = (command, ...rest) => {
    if (command.isSettled) return command.promise;
    startDeadline(command, deadlines);
    return send(command, ...rest);
  };
  client.sendCommand = wrapped as typeof client.sendCommand;
}

function startDeadline(command: Command, { commandTimeoutMs, blockingGraceMs }: CommandDeadlines): void {
  if (blockingGraceMs === undefined || !Command.checkFlag("BLOCKING_COMMANDS", command.name)) {
    // Only the first call arms the timer: a command resent after a reconnect keeps its first deadline.
    command.setTimeout(commandTimeoutMs);
    return;
  }
  const blockMs = command.extractBlockingTimeout();
  command.setBlockingTimeout(
    typeof blockMs === "number" && blockMs > 0 ? blockMs + blockingGraceMs : commandTimeoutMs,
  );
}
