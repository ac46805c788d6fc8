// callerOf: the caller of an API Gateway payload 2.0 event in each auth mode — JWT claims (scope or scp, the
// `sluice/` resource-server prefix, sub or client_id), the IAM principal, or the anonymous caller of `none`.
import { callerOf, scopesOfClaims } from "@sluice/http";
import { allows } from "@sluice/streams";
import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { describe, expect, it } from "vitest";

const event = (authorizer?: unknown) =>
  ({
    requestContext: { requestId: "r", ...(authorizer !== undefined && { authorizer }) },
  }) as unknown as APIGatewayProxyEventV2;
const jwt = (claims: Record<string, unknown>) => event({ jwt: { claims, scopes: null } });

describe("JWT mode", () => {
  it("reads space-separated `scope`, with or without the sluice/ prefix, and ignores scopes that are not Sluice's", () => {
    const caller = callerOf(
      jwt({ sub: "user-1", scope: "openid sluice/publish:orders.* read:orders email other-api/admin" }),
      "jwt",
    );
    expect(caller).toEqual({
      name: "user-1",
      scopes: [
        { operation: "publish", streams: "orders.*" },
        { operation: "read", streams: "orders" },
      ],
    });
    expect(allows(caller.scopes, "publish", "orders.eu")).toBe(true);
    expect(allows(caller.scopes, "admin", "orders")).toBe(false);
  });

  it("reads `scp` as a list or as API Gateway's flattened `[a b]`, and names a client by client_id without sub", () => {
    expect(scopesOfClaims({ scp: ["read:a", "redrive:b"] })).toEqual([
      { operation: "read", streams: "a" },
      { operation: "redrive", streams: "b" },
    ]);
    expect(scopesOfClaims({ scp: "[read:a sluice/redrive:b]" })).toEqual([
      { operation: "read", streams: "a" },
      { operation: "redrive", streams: "b" },
    ]);
    expect(callerOf(jwt({ client_id: "svc-7", scope: "*" }), "jwt")).toEqual({
      name: "svc-7",
      scopes: [{ operation: "*", streams: "*" }],
    });
    expect(callerOf(jwt({ sub: "no-scopes" }), "jwt").scopes).toEqual([]);
  });

  it("is 401 without claims (no authorizer) or without a subject", () => {
    expect(() => callerOf(event(), "jwt")).toThrow(expect.objectContaining({ kind: "unauthorized" }));
    expect(() => callerOf(jwt({ scope: "*" }), "jwt")).toThrow(
      "The token names no subject (sub or client_id)",
    );
  });
});

describe("IAM mode", () => {
  it("is the signed principal, which IAM allowed on this route's resource ARN: every operation within it", () => {
    const caller = callerOf(
      event({ iam: { userArn: "arn:aws:iam::123456789012:role/ingest", accountId: "123456789012" } }),
      "iam",
    );
    expect(caller.name).toBe("arn:aws:iam::123456789012:role/ingest");
    expect(allows(caller.scopes, "redrive", "orders")).toBe(true);
    expect(() => callerOf(jwt({ sub: "user-1", scope: "*" }), "iam")).toThrow(/no IAM principal/);
  });
});

describe("none", () => {
  it("is one anonymous caller, only when the mode says so", () => {
    expect(callerOf(event(), "none")).toEqual({
      name: "anonymous",
      scopes: [{ operation: "*", streams: "*" }],
    });
  });
});
