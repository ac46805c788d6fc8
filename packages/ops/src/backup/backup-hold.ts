// The retention hold of the incremental backup: group-aware retention (in @sluice/streams) keeps a stream's entries
// after its backup cursor, so an entry every group acknowledged is not trimmed before a run backed it up — a stream
// the backup has not seen yet is held whole. Only while the backup runs: when its last run started more than
// `maxLagMs` ago nothing is held, so a stopped backup cannot hold the streams' memory (its freshness alarms, and
// once back it records the entries it missed as gaps).
import { type RedisClient, typed } from "@sluice/streams";
import { CURSORS_KEY, LAST_RUN_KEY } from "./increments.ts";

export function backupCursorHold(
  maxLagMs: number,
): (client: RedisClient, streamKey: string) => Promise<string | null> {
  return async (client, streamKey) => {
    const lastRun = Number(await typed(client.get(LAST_RUN_KEY)));
    if (!(lastRun >= Date.now() - maxLagMs)) return null;
    const cursor = await typed(client.hget(CURSORS_KEY, streamKey));
    return cursor ? (cursor.split(" ")[0] as string) : "0-0";
  };
}
