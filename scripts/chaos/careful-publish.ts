// The chaos run's producers: careful clients of both front doors. Each publish carries an idempotency key and is
// retried with the same key after a 503 / UNAVAILABLE, a lost connection or a timeout (pausing 50 ms doubling to
// 1 s) until it is confirmed or its give-up budget is spent; anything else (a 4xx, INVALID_ARGUMENT) ends it as
// rejected. The record of each publish is what the books are checked against: its key, whether it asked to be
// durable, and the id it was confirmed with.
import { credentials, Metadata, type ServiceError, status } from "@grpc/grpc-js";
import { StreamingClient } from "@sluice/grpc";
import { nextRetryPauseMs } from "@sluice/streams";
import { bearerClientOptions, bearerHeader } from "../start/bearer-auth.ts";

/** One attempt may take this long before the client gives up on it and retries (the bound is timeout + 1 s = 6 s). */
const ATTEMPT_TIMEOUT_MS = 8000;
const MAX_PAUSE_MS = 1000;

export type FrontDoor = "http" | "grpc";

export interface PublishRecord {
  stream: string;
  key: string;
  via: FrontDoor;
  durable: boolean;
  /** The id of the confirmation; undefined when the publish was never confirmed. */
  id?: string;
  /** performance.now() of the confirmation. */
  confirmedAt?: number;
  attempts: number;
  /** How it ended when not confirmed: "gave up: <last failure>" or "rejected: <reason>". */
  failure?: string;
}

export interface Publication {
  stream: string;
  key: string;
  durable: boolean;
  type: string;
  /** The event's JSON payload. */
  data: unknown;
}

type Attempt = { id: string } | { retry: string } | { reject: string };

/** Sends one publication once through a front door. */
export type SendOnce = (publication: Publication) => Promise<Attempt>;

/**
 * Publishes until confirmed, rejected, `budgetMs` is spent or `abandon` aborts (no retry after it); resolves with the
 * record (never rejects).
 */
export async function publishCarefully(
  send: SendOnce,
  via: FrontDoor,
  publication: Publication,
  budgetMs: number,
  abandon: AbortSignal,
): Promise<PublishRecord> {
  const { stream, key, durable } = publication;
  const record: PublishRecord = { stream, key, via, durable, attempts: 0 };
  const giveUpAt = performance.now() + budgetMs;
  let pauseMs = 0;
  for (;;) {
    record.attempts += 1;
    const attempt = await send(publication);
    if ("id" in attempt) {
      record.id = attempt.id;
      record.confirmedAt = performance.now();
      return record;
    }
    if ("reject" in attempt) {
      record.failure = `rejected: ${attempt.reject}`;
      return record;
    }
    pauseMs = nextRetryPauseMs(pauseMs, MAX_PAUSE_MS);
    if (performance.now() + pauseMs > giveUpAt || abandon.aborted) {
      record.failure = `gave up: ${attempt.retry}`;
      return record;
    }
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}

/** POST /v1/streams/<stream>/messages with Idempotency-Key and, when durable, Sluice-Durability: replicated. */
export function httpSender(apiUrl: string, token: string): SendOnce {
  return async ({ stream, key, durable, type, data }) => {
    try {
      const response = await fetch(`${apiUrl}/v1/streams/${stream}/messages`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...bearerHeader(token),
          "idempotency-key": key,
          ...(durable && { "sluice-durability": "replicated" }),
        },
        body: JSON.stringify({ type, data }),
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      });
      const body = (await response.json().catch(() => ({}))) as { id?: string; error?: string };
      if (response.status === 201 && typeof body.id === "string") return { id: body.id };
      const reason = `${response.status} ${body.error ?? ""}`.trim();
      return response.status >= 500 ? { retry: reason } : { reject: reason };
    } catch (error) {
      // A lost connection (the API process killed), a refused one (restarting) or the attempt's timeout.
      return { retry: describeFetchError(error) };
    }
  };
}

/** gRPC Publish with idempotency_key and durable; UNAVAILABLE and DEADLINE_EXCEEDED are retried. */
export function grpcSender(address: string, token: string): { send: SendOnce; client: StreamingClient } {
  const client = new StreamingClient(address, credentials.createInsecure(), bearerClientOptions(token));
  const send: SendOnce = ({ stream, key, durable, type, data }) =>
    new Promise((resolve) => {
      const event = {
        type,
        contentType: "application/json",
        data: Buffer.from(JSON.stringify(data)),
        idempotencyKey: key,
      };
      client.publish(
        { stream, durable, event },
        new Metadata(),
        { deadline: Date.now() + ATTEMPT_TIMEOUT_MS },
        (error: ServiceError | null, response?: { id?: string | null }) => {
          if (!error && response?.id) return resolve({ id: response.id });
          const code = error?.code ?? status.UNKNOWN;
          const reason = `${status[code]} ${error?.metadata.get("sluice-error-code")[0] ?? ""}`.trim();
          const transient = code === status.UNAVAILABLE || code === status.DEADLINE_EXCEEDED;
          resolve(transient ? { retry: reason } : { reject: reason });
        },
      );
    });
  return { send, client };
}

/** `fetch failed (ECONNRESET)`, `TimeoutError`: what ended an HTTP attempt. */
export function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: string } }).cause?.code;
  return cause ? `${error.message} (${cause})` : error.name;
}
