// GET /v1/streams/{stream}: length, first and last id, DLQ length, and per group its lag, lag age, pending entries,
// oldest pending age and consumers. 404 when the stream does not exist.
import { describeStream } from "@sluice/streams";
import { redis } from "../shared/http-clients.ts";
import { route } from "../shared/http-route.ts";

export const handler = route(async ({ pathParameters }) => ({
  body: await describeStream(redis().client, pathParameters.stream ?? ""),
}));
