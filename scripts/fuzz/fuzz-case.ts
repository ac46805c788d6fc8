// One fuzzed request, HTTP or gRPC, as it is sent and as it is saved when it got a 5xx, a reset or a hang: a JSON
// file with the body in base64, enough to send it again (`target` names the route or RPC it aims at, `mutation` what
// was done to it).

export interface HttpCase {
  kind: "http";
  /** The route-table entry aimed at (`POST /v1/streams/{stream}/messages`), or `odd path`. */
  target: string;
  mutation: string;
  method: string;
  /** Path and query, as sent. */
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

export interface GrpcCase {
  kind: "grpc";
  /** The full method path, `/sluice.streaming.v1.StreamingService/Publish`. */
  target: string;
  mutation: string;
  metadata: Record<string, string>;
  /** The request message's bytes, sent as they are. */
  body: Buffer;
  /** A server-streaming method (Subscribe): ended by the fuzzer after a short while, not awaited. */
  streaming: boolean;
}

export type FuzzCase = HttpCase | GrpcCase;

/** The saved form: the body as base64. */
export function caseToJson(fuzzCase: FuzzCase, outcome: string): string {
  const { body, ...rest } = fuzzCase;
  return `${JSON.stringify({ ...rest, outcome, bodyBase64: body.toString("base64") }, null, 2)}\n`;
}
