import { status } from "@grpc/grpc-js";
import { type ErrorKind, SluiceError, UnavailableError } from "@sluice/streams";
import { describe, expect, it } from "vitest";
import { ERROR_CODE_KEY, GRPC_STATUS_OF_KIND, toStatus } from "../src/index.ts";

describe("toStatus", () => {
  it.each([
    ["invalid", status.INVALID_ARGUMENT],
    ["not_found", status.NOT_FOUND],
    ["conflict", status.FAILED_PRECONDITION],
    ["forbidden", status.PERMISSION_DENIED],
    ["unauthorized", status.UNAUTHENTICATED],
    ["unavailable", status.UNAVAILABLE],
    ["too_large", status.RESOURCE_EXHAUSTED],
    ["unsupported", status.INVALID_ARGUMENT],
    ["timeout", status.DEADLINE_EXCEEDED],
  ] as [ErrorKind, status][])("maps %s to %i with the Sluice code in the trailers", (kind, code) => {
    const mapped = toStatus(new SluiceError(kind, `test.${kind}`, "what went wrong"), () => {});
    expect(mapped.code).toBe(code);
    expect(GRPC_STATUS_OF_KIND[kind]).toBe(code);
    expect(mapped.metadata.get(ERROR_CODE_KEY)).toEqual([`test.${kind}`]);
  });

  it("hides what Redis said behind a fixed message, but not the server's own words", () => {
    const cause = new Error("connect ECONNREFUSED 10.0.0.7:6379");
    const unavailable = new UnavailableError(
      "streams.unavailable",
      `Redis is unavailable: ${cause.message}`,
      { cause },
    );
    expect(toStatus(unavailable, () => {}).details).toBe("Redis is unavailable: retry later");
    const own = new UnavailableError("grpc.shutting_down", "The server is shutting down: subscribe again");
    expect(toStatus(own, () => {}).details).toBe("The server is shutting down: subscribe again");
  });

  it.each([
    "UNBLOCKED client unblocked via CLIENT UNBLOCK",
    "READONLY You can't write against a read only replica.",
    "CLUSTERDOWN The cluster is down",
    "Connection is closed.",
  ])("answers UNAVAILABLE, never INTERNAL, for a Redis failure that escaped untyped: %s", (message) => {
    const lines: string[] = [];
    const mapped = toStatus(new Error(message), (line) => lines.push(line));
    expect(mapped).toMatchObject({ code: status.UNAVAILABLE, details: "Redis is unavailable: retry later" });
    expect(mapped.metadata.get(ERROR_CODE_KEY)).toEqual(["streams.unavailable"]);
    expect(lines).toEqual([]);
  });

  it("answers INTERNAL with a generic message for unknown errors and logs the real one", () => {
    const lines: string[] = [];
    const mapped = toStatus(new TypeError("cannot read x of undefined"), (line) => lines.push(line), {
      method: "Publish",
    });
    expect(mapped).toMatchObject({ code: status.INTERNAL, details: "Internal error" });
    expect(mapped.metadata.get(ERROR_CODE_KEY)).toEqual(["grpc.internal"]);
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({
      method: "Publish",
      error: "cannot read x of undefined",
    });
  });
});
