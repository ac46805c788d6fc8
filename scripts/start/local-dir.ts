// Where npm start keeps what outlives a run — Redis data, S3 objects, the log — and what other commands read from a
// running one: SLUICE_LOCAL_DIR, else .sluice in the repository. While npm start runs a redis-server of its own,
// its URL is in <dir>/redis-url (plain redis://127.0.0.1:<port>, no secret), so `npm run ops` finds it.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Environment } from "../../functions/config/env.ts";

export const REDIS_URL_FILE = "redis-url";

export function localDir(env: Environment): string {
  return env.SLUICE_LOCAL_DIR?.trim() || fileURLToPath(new URL("../../.sluice", import.meta.url));
}

/** The URL of the redis-server a running npm start started, or undefined. */
export async function recordedRedisUrl(dir: string): Promise<string | undefined> {
  const url = (await readFile(join(dir, REDIS_URL_FILE), "utf8").catch(() => "")).trim();
  return url === "" ? undefined : url;
}
