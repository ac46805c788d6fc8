import type { RedisServer } from "./types.ts";

/**
 * Runs `body` with `server` frozen (SIGSTOP: its connections stay open and it answers nothing, so a replica
 * acknowledges no write), and resumes it afterwards, whatever `body` did.
 */
export async function whilePaused<T>(server: RedisServer, body: () => Promise<T>): Promise<T> {
  await server.pause();
  try {
    return await body();
  } finally {
    await server.resume();
  }
}
