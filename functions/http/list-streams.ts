// GET /v1/streams[?limit=n]: the Sluice streams the caller may read (a SCAN of every master, filtered by its read
// scopes and the stream catalog) with their length and DLQ length. A caller without any read scope gets an empty list.
import { InvalidInputError, listStreams } from "@sluice/streams";
import { redis } from "../shared/http-clients.ts";
import { route } from "../shared/http-route.ts";
import { mayAccess } from "../shared/stream-access.ts";

export const handler = route(async ({ query, caller }) => {
  const limit = query.limit === undefined ? undefined : Number(query.limit);
  if (limit !== undefined && !Number.isSafeInteger(limit)) {
    throw new InvalidInputError(
      "http.invalid_query",
      `limit must be an integer, got ${JSON.stringify(query.limit)}`,
    );
  }
  const include = (stream: string) => mayAccess(caller, "read", stream);
  return { body: await listStreams(redis().client, { limit, include }) };
});
