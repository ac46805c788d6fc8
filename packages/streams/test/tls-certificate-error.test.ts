// Each certificate failure Node reports by code (an untrusted chain, self-signed, expired, not yet valid, a name the
// certificate does not list) becomes `unavailable` / `streams.tls_certificate` with the problem and its fix in
// words; any other error is left alone. The handshakes themselves are in test/redis-tls-ca.test.ts.
import { describe, expect, it } from "vitest";
import { tlsCertificateError } from "../src/tls-certificate-error.ts";

const nodeError = (code: string, message = "handshake failed") => Object.assign(new Error(message), { code });

describe("tlsCertificateError", () => {
  it.each([
    [
      "SELF_SIGNED_CERT_IN_CHAIN",
      "is not trusted (SELF_SIGNED_CERT_IN_CHAIN): set SLUICE_REDIS_CA_FILE to its CA bundle",
    ],
    [
      "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
      "is not trusted (UNABLE_TO_VERIFY_LEAF_SIGNATURE): set SLUICE_REDIS_CA_FILE",
    ],
    ["UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "is not trusted (UNABLE_TO_GET_ISSUER_CERT_LOCALLY)"],
    [
      "DEPTH_ZERO_SELF_SIGNED_CERT",
      "is self-signed (DEPTH_ZERO_SELF_SIGNED_CERT): set SLUICE_REDIS_CA_FILE to the certificate itself",
    ],
    ["CERT_HAS_EXPIRED", "has expired (CERT_HAS_EXPIRED): renew it on the server"],
    ["CERT_NOT_YET_VALID", "is not valid yet (CERT_NOT_YET_VALID)"],
    ["ERR_TLS_CERT_ALTNAME_INVALID", "does not name the host connected to (ERR_TLS_CERT_ALTNAME_INVALID)"],
  ])("%s", (code, words) => {
    const error = tlsCertificateError(nodeError(code));
    expect(error).toMatchObject({
      kind: "unavailable",
      code: "streams.tls_certificate",
      details: { tlsCode: code },
    });
    expect(error?.message).toContain(`TLS: the Redis server's certificate ${words}`);
    expect(error?.cause).toBeInstanceOf(Error);
  });

  it("leaves other errors alone", () => {
    expect(tlsCertificateError(nodeError("ECONNREFUSED"))).toBeUndefined();
    expect(tlsCertificateError(new Error("Connection is closed."))).toBeUndefined();
    expect(tlsCertificateError("text")).toBeUndefined();
    expect(tlsCertificateError(null)).toBeUndefined();
  });
});
