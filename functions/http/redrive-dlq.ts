// POST /v1/streams/{stream}/dlq/redrive with an optional {from, to, limit, ratePerSecond}: moves dead letters back,
// oldest first, and answers {moved}. One call moves at most 10,000 and must fit the API's 29 s: call again while
// `moved` equals `limit`. Needs redrive on the stream; the redrive is written to the audit log (who, which stream,
// the options) before anything moves, and a record Redis refuses refuses the redrive.
import { objectBody } from "@sluice/http";
import { InvalidInputError, redrive } from "@sluice/streams";
import { redis } from "../shared/http-clients.ts";
import { route } from "../shared/http-route.ts";
import { authorizeStream } from "../shared/stream-access.ts";

const MAX_LIMIT = 10_000;
const MAX_SECONDS = 25;

export const handler = route(async ({ pathParameters, body, caller }) => {
  const stream = pathParameters.stream ?? "";
  authorizeStream(caller, "redrive", stream);
  const {
    from,
    to,
    limit = MAX_LIMIT,
    ratePerSecond = 1000,
  } = objectBody(body, ["from", "to", "limit", "ratePerSecond"]);
  const bad = (message: string) => new InvalidInputError("http.invalid_body", message);
  if ((from !== undefined && typeof from !== "string") || (to !== undefined && typeof to !== "string")) {
    throw bad("from and to must be stream ids such as 1700000000000-0, or - and +");
  }
  if (!Number.isSafeInteger(limit) || (limit as number) < 1 || (limit as number) > MAX_LIMIT) {
    throw bad(`limit must be an integer from 1 to ${MAX_LIMIT}`);
  }
  if (typeof ratePerSecond !== "number" || !(ratePerSecond > 0))
    throw bad("ratePerSecond must be a number above 0");
  if ((limit as number) / ratePerSecond > MAX_SECONDS) {
    throw bad(
      `limit / ratePerSecond must be at most ${MAX_SECONDS} s, to finish within the API's 29 s timeout`,
    );
  }
  const options = {
    limit: limit as number,
    ratePerSecond,
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
  };
  const { client, auditLog } = redis();
  await auditLog.record({ who: caller.name, action: "redrive", stream, details: options });
  return { body: { moved: await redrive(client, stream, options) } };
});
