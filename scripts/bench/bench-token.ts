// The benches' caller of the local HTTP API: one all-scopes bearer token (the local server refuses to start without
// a token table), sent by every request of a bench as npm start's development token is.
import { TokenTable } from "@sluice/streams";

const TOKEN = "bench-token-all-scopes";

export const benchTokens = () =>
  TokenTable.parse(JSON.stringify([{ name: "bench", token: TOKEN, scopes: ["*"] }]), "the bench's tokens");

export const BENCH_AUTHORIZATION = { authorization: `Bearer ${TOKEN}` };
