// GET /v1/streams[?limit=n]: every Sluice stream (a SCAN of every master) with its length and DLQ length.
import { InvalidInputError, listStreams } from "@sluice/streams";
import { redis } from "../shared/http-clients.ts";
import { route } from "../shared/http-route.ts";

export const handler = route(async ({ query }) => {
  const limit = query.limit === undefined ? undefined : Number(query.limit);
  if (limit !== undefined && !Number.isSafeInteger(limit)) {
    throw new InvalidInputError(
      "http.invalid_query",
      `limit must be an integer, got ${JSON.stringify(query.limit)}`,
    );
  }
  return { body: await listStreams(redis().client, { limit }) };
});
