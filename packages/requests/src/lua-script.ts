import { createHash } from "node:crypto";
import { type RedisClient, toStreamsError } from "@sluice/streams";

/** A Lua script run by EVALSHA, sent in full after a NOSCRIPT (a restart or failover). */
export interface LuaScript {
  readonly name: string;
  readonly keyCount: number;
  readonly source: string;
  readonly sha: string;
}

export function defineScript(name: string, keyCount: number, source: string): LuaScript {
  return { name, keyCount, source, sha: createHash("sha1").update(source).digest("hex") };
}

export async function runScript(
  client: RedisClient,
  script: LuaScript,
  keys: string[],
  args: (string | number | Buffer)[],
): Promise<unknown> {
  try {
    try {
      return await client.evalsha(script.sha, script.keyCount, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
      return await client.eval(script.source, script.keyCount, ...keys, ...args);
    }
  } catch (error) {
    throw toStreamsError(error);
  }
}
