// POST /v1/streams/{stream}/messages: one entry (201 {id}) or {entries: [...]} (200 {results, failed}, one result per
// entry in order: partial success is reported, never dropped). Entries without a traceId get the request's.
// Request streams (`rr.<route>`) take requests only through POST /v1/requests/{route}: 403 here.
import { appendMessages, describeResults } from "@sluice/http";
import { routeOfStream } from "@sluice/requests";
import { SluiceError } from "@sluice/streams";
import { redis } from "../shared/http-clients.ts";
import { route } from "../shared/http-route.ts";

export const handler = route(async ({ pathParameters, body, traceId }) => {
  const stream = pathParameters.stream ?? "";
  if (routeOfStream(stream) !== undefined) {
    const message = `Stream ${stream} carries requests of route ${routeOfStream(stream)}: use POST /v1/requests/{route}`;
    throw new SluiceError("forbidden", "http.reserved_stream", message);
  }
  const { single, results } = await appendMessages(redis().producer, stream, body, { traceId });
  const [first] = results;
  if (single && first !== undefined) {
    if ("error" in first) throw first.error;
    return { status: 201, body: { id: first.id } };
  }
  return { body: describeResults(results) };
});
