// POST /v1/frames: one camera frame, as a binary sluice.frames.v1.ProcessedFrame (`application/x-protobuf`) or its
// protobuf JSON mapping (`application/json`), appended to the pipeline's input stream (202 {id, frameId}). The frame is
// validated first: a malformed one is a 400 naming the field, another content type a 415. Needs publish on
// frames.input (checked here, and by API Gateway too in JWT mode: infra/api.ts); the catalog keeps that stream from
// every other path, and only this route's producer holds the capability to write it.
// The codec and ingest entry points only: the API's Lambdas need no image library.
import { parseFrame } from "@sluice/frames/codec";
import { ingestFrame } from "@sluice/frames/ingest";
import { FRAME_STREAMS } from "@sluice/frames/streams";
import { requireScope } from "@sluice/streams";
import { redis } from "../shared/http-clients.ts";
import { route } from "../shared/http-route.ts";

export const handler = route(
  async ({ headers, rawBody, traceId, caller }) => {
    requireScope(caller, "publish", FRAME_STREAMS.input);
    // Validated once the ingest has set its stage.
    const frame = parseFrame(rawBody, headers["content-type"], { validate: false });
    const id = await ingestFrame(redis().frameIngest, frame, { traceId });
    return { status: 202, body: { id, frameId: frame.frameId } };
  },
  { body: "raw" },
);
