import type { APIGatewayProxyEventV2 } from "aws-lambda";

/** What the middlewares learn about one request, keyed by its event (Middy hands the handler only the event). */
export interface RequestState {
  requestId: string;
  traceId: string;
  body: unknown;
  rawBody: Buffer;
}

const states = new WeakMap<APIGatewayProxyEventV2, RequestState>();
const EMPTY = Buffer.alloc(0);

export function stateOf(event: APIGatewayProxyEventV2): RequestState {
  let state = states.get(event);
  if (state === undefined) {
    state = { requestId: "unknown", traceId: "unknown", body: undefined, rawBody: EMPTY };
    states.set(event, state);
  }
  return state;
}
