// POST /v1/streams/{stream}/messages: one entry (201 {id}) or {entries: [...]} (200 {results, failed}, one result per
// entry in order: partial success is reported, never dropped). Entries without a traceId get the request's.
// Needs publish on the stream; a stream the catalog keeps for the platform (request streams, the frame pipeline's,
// the audit log) is a 403 naming the path that writes it (authorizeStream), an undeclared one a 404. Headers
// `Idempotency-Key` and `Sluice-Durability` (docs/http-api.md) over the stream's defaults (the stream table, which
// the handlers' producer reads); a replayed single publish says so in a header.
import { appendMessages, describeResults, REPLAYED_HEADER, readPublishHeaders } from "@sluice/http";
import type { Producer } from "@sluice/streams";
import { redis } from "../shared/http-clients.ts";
import { type CallerRouteFunction, route } from "../shared/http-route.ts";
import { authorizeStream } from "../shared/stream-access.ts";

/** The route over a producer: `handler` gives it the HTTP clients' one, whose stream settings are the stream table's. */
export function appendMessagesRoute(producer: () => Producer): CallerRouteFunction {
  return async ({ pathParameters, headers, body, rawBody, traceId, caller }) => {
    const stream = pathParameters.stream ?? "";
    authorizeStream(caller, "publish", stream);
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
