// Lua scripts whose writes count only once replicas have them: the dead-letter moves of a durable runner, a durable
// redrive's steps, a durable lake writer's segment records and commits. The scripts and their WAIT go in one
// pipeline between the CLIENT INFO markers of durability.ts (one connection; in cluster mode the node owning the
// slot of the scripts' keys, which must share one), and the server's answers are handled as the producer handles
// its writes': NOSCRIPT sends the script's source, MOVED reloads the slot map and sends again until the call's time
// is up.
import type { RedisClient } from "./connection.ts";
import {
  callDeadline,
  execPipeline,
  isMoved,
  markConnection,
  movedError,
  type ReplicationWait,
  refreshSlots,
  replicationShortfall,
  waitForReplicas,
} from "./durability.ts";
import { toStreamsError } from "./errors.ts";
import { isNoScript, type LuaScript } from "./lua-script.ts";

export interface ScriptCall {
  script: LuaScript;
  keys: string[];
  args: (string | number | Buffer)[];
}

export interface ReplicatedReplies {
  /** Per call, in order: its reply, or its (typed) error. */
  replies: ({ reply: unknown } | { error: Error })[];
  /** Why the calls that wrote are not confirmed replicated; undefined when they are (or none wrote). */
  shortfall: string | undefined;
}

/** Runs `calls` in order, each atomically, then waits for `wait.replicas` replicas: one round trip when all goes well. */
export async function runScriptsReplicated(
  client: RedisClient,
  calls: ScriptCall[],
  wait: ReplicationWait,
): Promise<ReplicatedReplies> {
  for (const { script, keys } of calls) {
    if (keys.length !== script.keyCount) {
      throw new Error(`${script.name} takes ${script.keyCount} keys, got ${keys.length}`);
    }
  }
  const result: ReplicatedReplies = { replies: new Array(calls.length), shortfall: undefined };
  await round(client, calls, wait, result, {
    indexes: calls.map((_, index) => index),
    sendScript: false,
    deadline: callDeadline(client),
  });
  return result;
}

interface Round {
  indexes: number[];
  /** EVAL instead of EVALSHA: the server did not know a script. */
  sendScript: boolean;
  deadline: number;
}

async function round(
  client: RedisClient,
  calls: ScriptCall[],
  wait: ReplicationWait,
  result: ReplicatedReplies,
  { indexes, sendScript, deadline }: Round,
): Promise<void> {
  const pipeline = client.pipeline();
  markConnection(pipeline);
  for (const index of indexes) {
    const { script, keys, args } = calls[index] as ScriptCall;
    if (sendScript) pipeline.eval(script.source, script.keyCount, ...keys, ...args);
    else pipeline.evalsha(script.sha, script.keyCount, ...keys, ...args);
  }
  waitForReplicas(pipeline, wait);
  const { replies, failure } = await execPipeline(pipeline);
  const shortfall = replicationShortfall(
    replies[0],
    replies[indexes.length + 1],
    replies[indexes.length + 2],
    wait,
  );
  const unknownScript: number[] = [];
  const moved: number[] = [];
  const redirect = performance.now() < deadline;
  indexes.forEach((index, i) => {
    const [error, reply] = replies[i + 1] ?? [failure, null];
    if (error && isNoScript(error) && !sendScript) unknownScript.push(index);
    else if (error && isMoved(error) && redirect) moved.push(index);
    else if (error && isMoved(error)) result.replies[index] = { error: movedError(error) };
    else if (error) result.replies[index] = { error: toStreamsError(error) as Error };
    else {
      result.replies[index] = { reply };
      result.shortfall ??= shortfall;
    }
  });
  // Nothing of those ran: sent again, with the scripts' source, or to the slot's new owner.
  if (unknownScript.length > 0) {
    await round(client, calls, wait, result, { indexes: unknownScript, sendScript: true, deadline });
  }
  if (moved.length > 0) {
    await refreshSlots(client);
    await round(client, calls, wait, result, { indexes: moved, sendScript, deadline });
  }
}
