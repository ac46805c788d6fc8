// POST /v1/streams/{stream}/messages: one entry (201 {id}) or {entries: [...]} (200 {results, failed}, one result per
// entry in order: partial success is reported, never dropped). Entries without a traceId get the request's.
import { appendMessages, describeResults } from "@sluice/http";
import { redis, route } from "./runtime.ts";

export const handler = route(async ({ pathParameters, body, traceId }) => {
  const { single, results } = await appendMessages(redis().producer, pathParameters.stream ?? "", body, {
    traceId,
  });
  const [first] = results;
  if (single && first !== undefined) {
    if ("error" in first) throw first.error;
    return { status: 201, body: { id: first.id } };
  }
  return { body: describeResults(results) };
});
