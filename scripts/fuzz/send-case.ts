// Sends one case and says how it ended: an HTTP status or a gRPC status code, a connection reset, or a hang (no
// answer within the deadline). HTTP goes through node:http (fetch refuses odd methods and bodies on GET), gRPC through
// a grpc-js client with identity serializers, so that any bytes reach the server as they are.
import { type Agent, request as httpRequest } from "node:http";
import * as grpc from "@grpc/grpc-js";
import { ERROR_CODE_KEY } from "@sluice/grpc";
import type { GrpcCase, HttpCase } from "./fuzz-case.ts";

export interface Outcome {
  /** `http_201`, `grpc_INVALID_ARGUMENT`, `reset`, `hang`: the key of `by_status`. */
  status: string;
  /** HTTP ≥ 500, or gRPC INTERNAL, UNKNOWN or DATA_LOSS. */
  serverError: boolean;
  reset: boolean;
  hang: boolean;
}

/** How long a Subscribe (a stream that stays open while it has nothing to deliver) is left open before it is ended. */
const STREAM_OPEN_MS = 250;
const FIVE_XX_CODES = new Set([grpc.status.INTERNAL, grpc.status.UNKNOWN, grpc.status.DATA_LOSS]);
const RESET_ERRORS = new Set(["ECONNRESET", "EPIPE", "ECONNREFUSED", "ECONNABORTED"]);

const answered = (status: string, serverError = false): Outcome => ({
  status,
  serverError,
  reset: false,
  hang: false,
});
const RESET: Outcome = { status: "reset", serverError: false, reset: true, hang: false };
const HANG: Outcome = { status: "hang", serverError: false, reset: false, hang: true };

/**
 * Sends an HTTP case. A reset on a kept-alive connection before any answer is first taken for the race Node's docs
 * describe (`request.reusedSocket`: the server closed the idle connection as it was reused) and the case is sent once
 * more on a new connection: only a reset there counts.
 */
export function sendHttp(
  base: URL,
  agent: Agent | false,
  fuzzCase: HttpCase,
  hangMs: number,
): Promise<Outcome> {
  return new Promise<Outcome | "stale">((resolve) => {
    let settled = false;
    const settle = (outcome: Outcome | "stale") => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const request = httpRequest({
      host: base.hostname,
      port: base.port,
      method: fuzzCase.method,
      path: fuzzCase.path,
      headers: { ...fuzzCase.headers, "content-length": String(fuzzCase.body.length) },
      agent,
    });
    const timer = setTimeout(() => {
      settle(HANG);
      request.destroy();
    }, hangMs);
    let answering = false;
    request.on("response", (response) => {
      answering = true;
      const status = response.statusCode ?? 0;
      response.resume();
      response.on("end", () => settle(answered(`http_${status}`, status >= 500)));
      response.on("error", () => settle(RESET));
    });
    request.on("error", (error: NodeJS.ErrnoException) => {
      // "socket hang up" (no code or ECONNRESET) is the server closing the connection without an answer.
      if (!RESET_ERRORS.has(error.code ?? "") && !/hang up/.test(error.message)) {
        settle(answered(`client_${error.code}`));
      } else settle(request.reusedSocket && !answering ? "stale" : RESET);
    });
    request.end(fuzzCase.body);
  }).then((outcome) => (outcome === "stale" ? sendHttp(base, false, fuzzCase, hangMs) : outcome));
}

const identity = (bytes: Buffer) => bytes;

function metadataOf(values: Record<string, string>): grpc.Metadata {
  const metadata = new grpc.Metadata();
  for (const [key, value] of Object.entries(values)) metadata.set(key, value);
  return metadata;
}

/**
 * A gRPC status as an outcome. UNAVAILABLE the server chose carries `sluice-error-code` (overloaded, Redis down);
 * without it, it is grpc-js's own word for a connection that dropped: a reset. A unary call past its deadline hangs.
 */
function grpcOutcome(ended: grpc.StatusObject, streaming: boolean): Outcome {
  const code = ended.code;
  if (code === grpc.status.UNAVAILABLE && ended.metadata.get(ERROR_CODE_KEY).length === 0) return RESET;
  if (code === grpc.status.DEADLINE_EXCEEDED && !streaming) return HANG;
  if (code === grpc.status.DEADLINE_EXCEEDED) return answered("grpc_stream_left_open");
  return answered(`grpc_${grpc.status[code]}`, FIVE_XX_CODES.has(code));
}

export function sendGrpc(client: grpc.Client, fuzzCase: GrpcCase, hangMs: number): Promise<Outcome> {
  const metadata = metadataOf(fuzzCase.metadata);
  const deadline = Date.now() + (fuzzCase.streaming ? STREAM_OPEN_MS : hangMs);
  return new Promise((resolve) => {
    // A call whose deadline passed and that still has no status: grpc-js itself hung.
    const timer = setTimeout(() => {
      call.cancel();
      resolve(HANG);
    }, hangMs + STREAM_OPEN_MS);
    const done = (ended: grpc.StatusObject) => {
      clearTimeout(timer);
      resolve(grpcOutcome(ended, fuzzCase.streaming));
    };
    const { target, body } = fuzzCase;
    let call: grpc.ClientUnaryCall | grpc.ClientReadableStream<Buffer>;
    if (fuzzCase.streaming) {
      const stream = client.makeServerStreamRequest(target, identity, identity, body, metadata, { deadline });
      stream.on("data", () => {});
      stream.on("error", () => {}); // the status says how it ended
      call = stream;
    } else {
      call = client.makeUnaryRequest(target, identity, identity, body, metadata, { deadline }, () => {});
    }
    call.on("status", done);
  });
}
