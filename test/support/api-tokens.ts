// The token table the tests' local API checks (createLocalServer's `tokens`): one all-scopes token that every call
// sends unless it names another (like npm start's development token), and the tests' own narrower ones.
import { TokenTable } from "@sluice/streams";

/** A token entry as the table's JSON holds it. */
export interface TestToken {
  name: string;
  token: string;
  scopes: string[];
}

/** Sent by every test call that names no token: every operation on every stream. */
export const ALL_SCOPES: TestToken = { name: "test-all", token: "test-token-all-scopes", scopes: ["*"] };

/** Authorization headers for a token. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The table of the all-scopes token and `more`. */
export function testTokens(more: readonly TestToken[] = []): TokenTable {
  return TokenTable.parse(JSON.stringify([ALL_SCOPES, ...more]), "the test's tokens");
}
