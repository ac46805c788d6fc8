// The fuzz run's one credential, in one place: the environment that makes the launched stack require it and the
// headers and metadata that present it. The stack takes `SLUICE_TOKENS` (token → scopes, read by the local HTTP
// server and the gRPC gateway).
import { randomBytes } from "node:crypto";
import type { Random } from "../generate/bsky-random.ts";

export interface FuzzCredentials {
  token: string;
  /** For every process of the launched stack. */
  env: Record<string, string>;
  /** What a caller holding the token sends over HTTP. */
  httpHeaders: Record<string, string>;
  /** What a caller holding the token sends as gRPC metadata. */
  grpcMetadata: Record<string, string>;
}

export function fuzzCredentials(token = randomBytes(18).toString("base64url")): FuzzCredentials {
  const authorization = `Bearer ${token}`;
  return {
    token,
    env: {
      SLUICE_TOKENS: JSON.stringify([{ name: "fuzz", token, scopes: ["*"] }]),
    },
    httpHeaders: { authorization },
    grpcMetadata: { authorization },
  };
}

/** The credential variants a caller may get wrong: none, another token, a malformed header. */
export function wrongCredentials(token: string): Record<string, Record<string, string>> {
  const other = `${token.slice(1)}x`;
  return {
    none: {},
    other_token: { authorization: `Bearer ${other}` },
    empty_bearer: { authorization: "Bearer " },
    basic_scheme: { authorization: `Basic ${Buffer.from(`fuzz:${token}`).toString("base64")}` },
    token_without_scheme: { authorization: token },
    bearer_twice: { authorization: `Bearer Bearer ${token}` },
    very_long_token: { authorization: `Bearer ${"t".repeat(8000)}` },
  };
}

/** What every case builder starts from: its random source, the valid credentials and the wrong ones. */
export abstract class CaseBuilder {
  protected readonly random: Random;
  protected readonly credentials: Record<string, string>;
  protected readonly wrong: Record<string, Record<string, string>>;

  constructor(random: Random, credentials: Record<string, string>, token: string) {
    this.random = random;
    this.credentials = credentials;
    this.wrong = wrongCredentials(token);
  }
}
