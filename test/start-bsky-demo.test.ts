// npm start's Bluesky demo (scripts/start/local-jobs.ts): it writes to the Bluesky family's stream, wherever that
// stream is in the lake's list, and stays off when the lake does not drain it.
import { LAKE_STREAMS } from "@sluice/lake";
import { BSKY_STREAM } from "@sluice/lake/bsky";
import { describe, expect, it } from "vitest";
import { bskyDemo } from "../scripts/start/local-jobs.ts";

describe("bskyDemo", () => {
  it("writes to the Bluesky family's stream, even when another family's stream comes first", () => {
    expect(bskyDemo({}, LAKE_STREAMS)).toEqual({ stream: BSKY_STREAM, perSecond: 20 });
    expect(bskyDemo({ SLUICE_DEMO_BSKY_RATE: "5" }, ["frames.output", BSKY_STREAM])).toEqual({
      stream: BSKY_STREAM,
      perSecond: 5,
    });
  });

  it("stays off when the lake does not drain that stream, or when its rate is 0", () => {
    expect(bskyDemo({}, ["frames.output"])).toEqual({ off: `SLUICE_LAKE_STREAMS leaves out ${BSKY_STREAM}` });
    expect(bskyDemo({ SLUICE_DEMO_BSKY_RATE: "0" }, LAKE_STREAMS)).toEqual({
      off: "SLUICE_DEMO_BSKY_RATE=0",
    });
  });

  it("rejects a rate that is not a positive integer", () => {
    expect(() => bskyDemo({ SLUICE_DEMO_BSKY_RATE: "fast" }, LAKE_STREAMS)).toThrow(/SLUICE_DEMO_BSKY_RATE/);
  });
});
