import { createHash } from "node:crypto";
import type { RedisClient } from "./connection.ts";
import { typed } from "./errors.ts";

/** A Lua script run by EVALSHA, sent in full once per server (after a restart or failover, too). */
export interface LuaScript {
  readonly name: string;
  readonly keyCount: number;
  readonly source: string;
  readonly sha: string;
}

export function defineScript(name: string, keyCount: number, source: string): LuaScript {
  return { name, keyCount, source, sha: createHash("sha1").update(source).digest("hex") };
}

/** The server does not know the script (restarted, failed over, SCRIPT FLUSH): nothing ran; send its source. */
export const isNoScript = (error: Error) => error.message.startsWith("NOSCRIPT");

export async function runScript(
  client: RedisClient,
  script: LuaScript,
  keys: string[],
  args: (string | number | Buffer)[],
): Promise<unknown> {
  if (keys.length !== script.keyCount) {
    throw new Error(`${script.name} takes ${script.keyCount} keys, got ${keys.length}`);
  }
  try {
    return await client.evalsha(script.sha, keys.length, ...keys, ...args);
  } catch (error) {
    if (!(error instanceof Error) || !isNoScript(error)) return typed(Promise.reject(error));
    return typed(client.eval(script.source, keys.length, ...keys, ...args));
  }
}
