import { describe, expect, it } from "vitest";
import { resolveRunnerOptions } from "../src/runner-options.ts";

const base = { client: {}, reader: {}, stream: "s", group: "g", consumer: "c", handler: () => {} } as never;

describe("runner options", () => {
  it("merges defaults and derives the reclaim interval from the visibility timeout", () => {
    const options = resolveRunnerOptions({ ...(base as object), visibilityTimeoutMs: 10_000 } as never);
    expect(options).toMatchObject({
      batchSize: 100,
      maxDeliveries: 5,
      concurrency: 1,
      reclaimIntervalMs: 2000,
    });
  });

  it.each([
    [{ batchSise: 10 }, /Unknown runner option "batchSise"/],
    [{ batchSize: 0 }, /batchSize must be a positive integer, got 0/],
    [{ concurrency: 1.5 }, /concurrency must be a positive integer/],
    [{ batchWindowMs: -1 }, /batchWindowMs must be a non-negative integer/],
    [{ startId: "1-0" }, /startId must be "0" or "\$"/],
    [{ handler: "nope" }, /handler must be a function/],
  ])("rejects %j", (override, message) => {
    expect(() => resolveRunnerOptions({ ...(base as object), ...override } as never)).toThrow(message);
  });
});
