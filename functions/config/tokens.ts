// The token → scopes table of the local HTTP server and the gRPC gateway (TokenTable of @sluice/streams): the JSON of
// SLUICE_TOKENS, or of the file SLUICE_TOKENS_FILE (npm start writes its development token's table there), or, for
// the gateway in the cloud, the linked secret GrpcTokens. Undefined when none is set: the caller decides whether
// that may start (the gateway refuses in the cloud; npm start always sets one).
import { readFileSync } from "node:fs";
import { TokenTable } from "@sluice/streams";
import { type Environment, invalid, text } from "./env.ts";

export function loadTokenTable(env: Environment, linked: string | null = null): TokenTable | undefined {
  const inline = text(env, "SLUICE_TOKENS");
  const file = text(env, "SLUICE_TOKENS_FILE");
  if (inline !== undefined && file !== undefined) {
    throw invalid(
      "SLUICE_TOKENS and SLUICE_TOKENS_FILE are two places for one table: set one",
      "SLUICE_TOKENS",
    );
  }
  if (inline !== undefined) return parse(inline, "SLUICE_TOKENS");
  if (file !== undefined) {
    let content: string;
    try {
      content = readFileSync(file, "utf8");
    } catch (error) {
      throw invalid(
        `SLUICE_TOKENS_FILE ${file} cannot be read: ${(error as Error).message}`,
        "SLUICE_TOKENS_FILE",
      );
    }
    return parse(content, "SLUICE_TOKENS_FILE");
  }
  return linked === null ? undefined : parse(linked, "GrpcTokens");
}

function parse(content: string, name: string): TokenTable {
  try {
    return TokenTable.parse(content, name);
  } catch (error) {
    throw invalid((error as Error).message, name);
  }
}
