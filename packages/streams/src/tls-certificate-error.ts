// What a TLS handshake with Redis says about the server's certificate, in words a user can act on: Node reports an
// untrusted chain, a self-signed, expired or not-yet-valid certificate and a name that does not match as error codes,
// which ioredis would otherwise bury under reconnects ("max retries") or, in a cluster, drop altogether.
import { UnavailableError } from "./errors.ts";

const UNTRUSTED = ["is not trusted", "set SLUICE_REDIS_CA_FILE to its CA bundle"] as const;

/** Node's code → what is wrong with the certificate, and what to do. */
const PROBLEMS: Record<string, readonly [problem: string, fix: string]> = {
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: UNTRUSTED,
  UNABLE_TO_GET_ISSUER_CERT: UNTRUSTED,
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: UNTRUSTED,
  SELF_SIGNED_CERT_IN_CHAIN: UNTRUSTED,
  CERT_UNTRUSTED: UNTRUSTED,
  DEPTH_ZERO_SELF_SIGNED_CERT: ["is self-signed", "set SLUICE_REDIS_CA_FILE to the certificate itself"],
  CERT_SIGNATURE_FAILURE: ["has a signature that does not verify", "check SLUICE_REDIS_CA_FILE"],
  CERT_HAS_EXPIRED: ["has expired", "renew it on the server"],
  CERT_NOT_YET_VALID: ["is not valid yet", "check its start date and the clocks"],
  ERR_TLS_CERT_ALTNAME_INVALID: ["does not name the host connected to", "connect by a name it lists"],
};

/** The typed error for a certificate failure (code `streams.tls_certificate`), or undefined for any other error. */
export function tlsCertificateError(error: unknown): UnavailableError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  const entry = typeof code === "string" ? PROBLEMS[code] : undefined;
  if (entry === undefined) return undefined;
  const [problem, fix] = entry;
  const reason = error instanceof Error ? error.message : String(error);
  const names = code === "ERR_TLS_CERT_ALTNAME_INVALID" ? ` (${reason})` : "";
  return new UnavailableError(
    "streams.tls_certificate",
    `TLS: the Redis server's certificate ${problem} (${code}): ${fix}${names}`,
    { cause: error, details: { tlsCode: code } },
  );
}
