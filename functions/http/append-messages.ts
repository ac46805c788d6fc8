// POST /v1/streams/{stream}/messages: one entry (201 {id}) or {entries: [...]} (200 {results, failed}, one result per
// entry in order: partial success is reported, never dropped). Entries without a traceId get the request's.
// Request streams (`rr.<route>`) take requests only through POST /v1/requests/{route}: 403 here. Headers
// `Idempotency-Key` and `Sluice-Durability` (docs/http-api.md) over the stream's defaults (the stream table, which
// the handlers' producer reads); a replayed single publish says so in a header.
import {
  appendMessages,
  describeResults,
  REPLAYED_HEADER,
  type RouteFunction,
  readPublishHeaders,
} from "@sluice/http";
import { routeOfStream } from "@sluice/requests";
import { type Producer, SluiceError } from "@sluice/streams";
import { redis } from "../shared/http-clients.ts";
import { route } from "../shared/http-route.ts";

/** The route over a producer: `handler` gives it the HTTP clients' one, whose stream settings are the stream table's. */
export function appendMessagesRoute(producer: () => Producer): RouteFunction {
  return async ({ pathParameters, headers, body, rawBody, traceId }) => {
    const stream = pathParameters.stream ?? "";
    if (routeOfStream(stream) !== undefined) {
      const message = `Stream ${stream} carries requests of route ${routeOfStream(stream)}: use POST /v1/requests/{route}`;
      throw new SluiceError("forbidden", "http.reserved_stream", message);
    }
    const publish = readPublishHeaders(headers);
    const { single, results } = await appendMessages(
      producer(),
      stream,
      { body, rawBody },
      {
        traceId,
        publish,
      },
    );
    const [first] = results;
    if (single && first !== undefined) {
      if ("error" in first) throw first.error;
      const replayed = first.replayed === true && { [REPLAYED_HEADER]: "true" };
      return { status: 201, body: { id: first.id }, ...(replayed && { headers: replayed }) };
    }
    return { body: describeResults(results) };
  };
}

export const handler = route(appendMessagesRoute(() => redis().producer));
