// Every command's deadline starts when it is called, in both modes. ioredis starts a command's timeout only once a
// node connection takes it: in cluster mode a command waiting in the cluster's offline queue (every node gone,
// slots being refreshed) had no deadline at all, and a blocking read there waited forever.
import { type ChainableCommander, type Cluster, Command, type Redis } from "ioredis";

export interface CommandDeadlines {
  commandTimeoutMs: number;
  /** Set for a blocking client: a blocking command gets its BLOCK time plus this instead of the command timeout. */
  blockingGraceMs?: number;
}

type SendCommand = (command: Command, ...rest: unknown[]) => unknown;

/**
 * Wraps `client.sendCommand` so that each command gets its deadline when called (a command timeout rejects it with
 * "Command timed out"; a blocking read's timeout ends it empty, as Redis would), and so that a command that already
 * failed while queued is never sent afterwards: a caller told "unavailable" before the command left the process
 * can rely on it not being applied later (ioredis would otherwise send it on the next reconnect). Pipelines and
 * transactions get one deadline for the whole exec.
 */
export function enforceCommandDeadlines(client: Redis | Cluster, deadlines: CommandDeadlines): void {
  const send = client.sendCommand.bind(client) as SendCommand;
  const wrapped: SendCommand = (command, ...rest) => {
    if (command.isSettled) return command.promise;
    if (blocks(command, deadlines)) startBlockingDeadline(command, deadlines);
    // Arms the timer only if the command has none: a command resent after a reconnect keeps its first deadline.
    else command.setTimeout(deadlines.commandTimeoutMs);
    return send(command, ...rest);
  };
  client.sendCommand = wrapped as typeof client.sendCommand;
  const { pipeline, multi } = client;
  client.pipeline = ((...args: Parameters<typeof pipeline>) =>
    execWithin(pipeline.apply(client, args), deadlines.commandTimeoutMs)) as typeof pipeline;
  client.multi = ((...args: Parameters<typeof multi>) =>
    execWithin(
      multi.apply(client, args as never) as ChainableCommander,
      deadlines.commandTimeoutMs,
    )) as typeof multi;
}

const blocks = (command: Command, { blockingGraceMs }: CommandDeadlines) =>
  blockingGraceMs !== undefined && Command.checkFlag("BLOCKING_COMMANDS", command.name);

/** A blocking read ends empty after its BLOCK time plus the grace (the command keeps its first deadline itself). */
function startBlockingDeadline(
  command: Command,
  { commandTimeoutMs, blockingGraceMs = 0 }: CommandDeadlines,
): void {
  const blockMs = command.extractBlockingTimeout();
  command.setBlockingTimeout(
    typeof blockMs === "number" && blockMs > 0 ? blockMs + blockingGraceMs : commandTimeoutMs,
  );
}

/** What ioredis's Pipeline has beyond ChainableCommander: its queued commands and its own reject. */
interface PipelineInternals {
  _queue: Command[];
  reject(error: Error): void;
}

/**
 * A cluster pipeline that failed on a closed connection renews its commands (dropping their timers) and waits for a
 * slot refresh before resending them, however long that takes: the first exec arms one deadline for the whole
 * pipeline, which then fails it and its unsettled commands (so they are not sent later either).
 */
function execWithin<T extends ChainableCommander>(pipeline: T, timeoutMs: number): T {
  if (!("_queue" in pipeline)) return pipeline; // multi({ pipeline: false }) is a plain MULTI command
  const exec = pipeline.exec.bind(pipeline);
  let timer: NodeJS.Timeout | undefined;
  pipeline.exec = ((...args: Parameters<typeof exec>) => {
    timer ??= setTimeout(() => {
      const internals = pipeline as unknown as PipelineInternals;
      const timedOut = new Error("Command timed out");
      for (const command of internals._queue) if (!command.isSettled) command.reject(timedOut);
      internals.reject(timedOut);
    }, timeoutMs);
    const result = exec(...args);
    result.then(
      () => clearTimeout(timer),
      () => clearTimeout(timer),
    );
    return result;
  }) as typeof exec;
  return pipeline;
}
