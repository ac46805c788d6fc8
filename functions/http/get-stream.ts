// GET /v1/streams/{stream}: length, first and last id, DLQ length, and per group its lag, lag age, pending entries,
// oldest pending age and consumers. Needs read on the stream (403 without it, or for a stream the catalog keeps from
// callers' reads, like request streams); 404 when the stream does not exist or is not declared.
import { describeStream } from "@sluice/streams";
import { redis } from "../shared/http-clients.ts";
import { route } from "../shared/http-route.ts";
import { authorizeStream } from "../shared/stream-access.ts";

export const handler = route(async ({ pathParameters, caller }) => {
  const stream = pathParameters.stream ?? "";
  authorizeStream(caller, "read", stream);
  return { body: await describeStream(redis().client, stream) };
});
