// POST /v1/frames: one camera frame, as a binary sluice.frames.v1.ProcessedFrame (`application/x-protobuf`) or its
// protobuf JSON mapping (`application/json`), appended to the pipeline's input stream (202 {id, frameId}). The frame is
// validated first: a malformed one is a 400 naming the field, another content type a 415.
// The codec and ingest entry points only: the API's Lambdas need no image library.
import { parseFrame } from "@sluice/frames/codec";
import { ingestFrame } from "@sluice/frames/ingest";
import { redis } from "../shared/http-clients.ts";
import { route } from "../shared/http-route.ts";

export const handler = route(
  async ({ headers, rawBody, traceId }) => {
    // Validated once the ingest has set its stage.
    const frame = parseFrame(rawBody, headers["content-type"], { validate: false });
    const id = await ingestFrame(redis().frameIngest, frame, { traceId });
    return { status: 202, body: { id, frameId: frame.frameId } };
  },
  { body: "raw" },
);
