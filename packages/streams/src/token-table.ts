// The token → scopes table both local front doors and the gRPC gateway check bearer tokens against: a JSON array of
// `{ "name": "camera-7", "token": "<secret>", "scopes": ["publish:frames.input"] }` (or `"sha256": "<hex digest of
// the token>"` instead of `token`, so the table itself need not hold the secret). In the cloud it is the linked
// secret GrpcTokens (gRPC); locally SLUICE_TOKENS or npm start's development token (.sluice/dev-token).
import { createHash, timingSafeEqual } from "node:crypto";
import { InvalidInputError } from "./errors.ts";
import { type Caller, parseScope } from "./scopes.ts";

interface Known {
  caller: Caller;
  digest: Buffer;
}

const sha256 = (value: string) => createHash("sha256").update(value).digest();
const NAME = /^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,99}$/;
const TOKEN = /^[\x21-\x7e]{16,512}$/;

function invalid(message: string): InvalidInputError {
  return new InvalidInputError("auth.invalid_token_table", message);
}

function record(value: unknown, index: number): Known {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalid(`Token table entry ${index} must be an object with name, token (or sha256) and scopes`);
  }
  const { name, token, sha256: hex, scopes, ...rest } = value as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0)
    throw invalid(`Token table entry ${index} has unknown fields: ${unknown.join(", ")}`);
  if (typeof name !== "string" || !NAME.test(name)) {
    throw invalid(`Token table entry ${index} needs a name of 1-100 characters A-Z a-z 0-9 . _ : @ / -`);
  }
  if ((token === undefined) === (hex === undefined)) {
    throw invalid(`Token table entry ${name} needs exactly one of token and sha256`);
  }
  if (token !== undefined && (typeof token !== "string" || !TOKEN.test(token))) {
    throw invalid(`Token table entry ${name}: a token is 16-512 printable characters without spaces`);
  }
  if (hex !== undefined && (typeof hex !== "string" || !/^[0-9a-f]{64}$/i.test(hex))) {
    throw invalid(`Token table entry ${name}: sha256 is the token's SHA-256 digest, 64 hex digits`);
  }
  if (!Array.isArray(scopes) || !scopes.every((scope) => typeof scope === "string")) {
    throw invalid(`Token table entry ${name} needs scopes, an array of strings (may be empty)`);
  }
  const digest = typeof token === "string" ? sha256(token) : Buffer.from(String(hex), "hex");
  return { caller: { name, scopes: scopes.map(parseScope) }, digest };
}

/** Bearer tokens and the callers they stand for. */
export class TokenTable {
  readonly #known: readonly Known[];

  private constructor(known: readonly Known[]) {
    this.#known = known;
  }

  /** Parses a table's JSON text; throws InvalidInputError (`auth.invalid_token_table`) naming `source`'s problem. */
  static parse(text: string, source: string): TokenTable {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw invalid(`${source} is not JSON: ${(error as Error).message}`);
    }
    if (!Array.isArray(parsed)) throw invalid(`${source} must be a JSON array of tokens`);
    const known = parsed.map(record);
    const names = new Set(known.map(({ caller }) => caller.name));
    if (names.size < known.length) throw invalid(`${source} names a token twice`);
    return new TokenTable(known);
  }

  get size(): number {
    return this.#known.length;
  }

  /**
   * The caller a token stands for, or undefined. Constant time in the token's content: every entry is compared, by
   * fixed-length digests.
   */
  lookup(token: string): Caller | undefined {
    const candidate = sha256(token);
    let found: Caller | undefined;
    for (const { caller, digest } of this.#known) {
      if (timingSafeEqual(candidate, digest) && found === undefined) found = caller;
    }
    return found;
  }
}

/** The token of an `Authorization: Bearer <token>` header (HTTP header or gRPC metadata), or undefined. */
export function bearerToken(header: unknown): string | undefined {
  if (typeof header !== "string") return undefined;
  return /^Bearer ([\x21-\x7e]+)$/i.exec(header.trim())?.[1];
}
