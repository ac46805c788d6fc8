// The steady load of `npm run soak`, through the launched topology's front doors only: HTTP publishes and gRPC
// publishes to stream `soak` (which the consumer service reads with its group-aware retention, and a gRPC Subscribe
// reads and acknowledges under a group of its own), Bluesky-model events (scripts/generate/bsky-model.ts) to the lake's
// stream in HTTP batches (the lake writer drains it), request-reply calls to the proxy's echo route, and camera frames
// into the frame pipeline. Each kind is an open loop (PacedCalls); every call has a deadline and the launched
// topology's token.
import { randomUUID } from "node:crypto";
import * as grpc from "@grpc/grpc-js";
import { encodeFrame, ProcessingStage, timestampFromMs } from "@sluice/frames";
import { sceneJpeg } from "@sluice/frames/testing";
import { StreamingClient, type sluice } from "@sluice/grpc";
import { BSKY_STREAM } from "@sluice/lake/bsky";
import { BskyModel } from "../generate/bsky-model.ts";
import { bearerClientOptions, bearerHeader } from "../start/bearer-auth.ts";
import { type LoadCount, PacedCalls, reasonOf, Tally } from "./paced-calls.ts";

/** The stream the consumer service consumes (SLUICE_CONSUMER_STREAMS) and the gRPC Subscribe reads. */
export const SOAK_STREAM = "soak";
/** The gRPC Subscribe's group on SOAK_STREAM: retention trims only what this group and the consumer's acknowledged. */
const SUBSCRIBE_GROUP = "soak-grpc";
const BSKY_BATCH = 10;
const CALL_DEADLINE_MS = 10_000;
/** How often the Subscribe's deliveries are acknowledged, in one Acknowledge call. */
const ACK_EVERY_MS = 200;
const RESUBSCRIBE_MS = 1000;

export interface SoakLoadOptions {
  apiUrl: string;
  grpcAddress: string;
  /** Sent on every call, HTTP and gRPC. */
  token: string;
  /** Events per second; see SOAK_USAGE for how they are split. */
  rate: number;
}

export interface SoakLoad {
  /** What each kind did so far. */
  counts(): Record<string, LoadCount>;
  /** Sends no more, waits for the calls in flight, ends the Subscribe and closes the gRPC channel. */
  stop(): Promise<void>;
}

/**
 * POSTs to a path of `apiUrl` with `token`: `body` (JSON, or raw bytes with their content type); resolves with the
 * JSON answer, a non-2xx rejects.
 */
function poster(apiUrl: string, token: string) {
  return async (path: string, body: unknown, contentType = "application/json"): Promise<unknown> => {
    const response = await fetch(`${apiUrl}${path}`, {
      method: "POST",
      headers: { "content-type": contentType, ...bearerHeader(token) },
      body: body instanceof Uint8Array ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(CALL_DEADLINE_MS),
    });
    const text = await response.text();
    if (!response.ok) {
      const code = /"error":"([^"]+)"/.exec(text)?.[1];
      throw new Error(`HTTP ${response.status}${code ? ` ${code}` : ""}`);
    }
    return text === "" ? undefined : JSON.parse(text);
  };
}

function unary<Q, R>(
  method: (
    request: Q,
    metadata: grpc.Metadata,
    options: Partial<grpc.CallOptions>,
    done: grpc.requestCallback<R>,
  ) => unknown,
  request: Q,
): Promise<R> {
  return new Promise((resolve, reject) =>
    method(request, new grpc.Metadata(), { deadline: Date.now() + CALL_DEADLINE_MS }, (error, response) =>
      error ? reject(new Error(`gRPC ${grpc.status[error.code]}: ${error.details}`)) : resolve(response as R),
    ),
  );
}

/**
 * A Subscribe on SOAK_STREAM under SUBSCRIBE_GROUP that acknowledges what it gets every ACK_EVERY_MS; a call that ends
 * (other than by stop) counts as a failure and is opened again after RESUBSCRIBE_MS. `ok` counts acknowledged entries.
 */
class AcknowledgingSubscriber {
  readonly tally = new Tally();
  readonly #client: StreamingClient;
  #call: grpc.ClientReadableStream<sluice.streaming.v1.Delivery> | undefined;
  #ids: string[] = [];
  #stopped = false;
  readonly #acks = new Set<Promise<void>>();
  readonly #timer: NodeJS.Timeout;
  #reopen: NodeJS.Timeout | undefined;

  constructor(client: StreamingClient) {
    this.#client = client;
    this.#open();
    this.#timer = setInterval(() => this.#acknowledge(), ACK_EVERY_MS);
  }

  #open(): void {
    const call = this.#client.subscribe({ stream: SOAK_STREAM, group: SUBSCRIBE_GROUP, consumer: "soak" });
    this.#call = call;
    call.on("data", (delivery: sluice.streaming.v1.Delivery) => this.#ids.push(delivery.id));
    call.on("error", () => undefined); // its status says how it ended
    call.on("status", (status: grpc.StatusObject) => {
      if (this.#stopped) return;
      this.tally.fail(`Subscribe ended: ${grpc.status[status.code]}: ${status.details}`);
      this.#reopen = setTimeout(() => this.#open(), RESUBSCRIBE_MS);
    });
  }

  #acknowledge(): void {
    if (this.#ids.length === 0) return;
    const ids = this.#ids;
    this.#ids = [];
    const ack = unary(this.#client.acknowledge.bind(this.#client), {
      stream: SOAK_STREAM,
      group: SUBSCRIBE_GROUP,
      ids,
    }).then(
      () => {
        this.tally.ok += ids.length;
      },
      // Unacknowledged entries come again after the visibility timeout.
      (error: unknown) => this.tally.fail(`Acknowledge: ${reasonOf(error)}`),
    );
    this.#acks.add(ack);
    void ack.finally(() => this.#acks.delete(ack));
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    clearTimeout(this.#reopen);
    this.#acknowledge();
    await Promise.all(this.#acks);
    this.#call?.cancel();
  }
}

/** Starts every kind of load at its share of `rate`. */
export async function startSoakLoad({
  apiUrl,
  grpcAddress,
  token,
  rate,
}: SoakLoadOptions): Promise<SoakLoad> {
  const grpcClient = new StreamingClient(
    grpcAddress,
    grpc.credentials.createInsecure(),
    bearerClientOptions(token),
  );
  const post = poster(apiUrl, token);
  const publish = grpcClient.publish.bind(grpcClient);
  const image = { data: await sceneJpeg() };
  const bsky = new BskyModel({
    seed: randomUUID(),
    startUs: Date.now() * 1000,
    eventsPerSecond: rate / 2,
    accounts: 10_000,
  });
  const event = (n: number, via: string) => ({ n, via, at: Date.now() });

  const kinds: Record<string, PacedCalls> = {
    http_publish: new PacedCalls(rate / 4, async (n) => {
      await post(`/v1/streams/${SOAK_STREAM}/messages`, {
        type: "soak.event",
        data: event(n, "http"),
      });
    }),
    grpc_publish: new PacedCalls(rate / 4, async (n) => {
      const data = Buffer.from(JSON.stringify(event(n, "grpc")));
      await unary(publish, {
        stream: SOAK_STREAM,
        event: { type: "soak.event", contentType: "application/json", data },
      });
    }),
    bsky_batch: new PacedCalls(rate / 2 / BSKY_BATCH, async () => {
      const entries = Array.from({ length: BSKY_BATCH }, () => {
        const { type, event } = bsky.next();
        return { type, data: event, key: event.did };
      });
      const answer = (await post(`/v1/streams/${BSKY_STREAM}/messages`, { entries })) as {
        failed: number;
      };
      if (answer.failed > 0) throw new Error(`${answer.failed} of ${BSKY_BATCH} entries failed`);
    }),
    request_reply: new PacedCalls(rate / 10, async (n) => {
      await post("/v1/requests/echo", { n });
    }),
    frames: new PacedCalls(rate / 50, async (n) => {
      const frame = encodeFrame({
        frameId: `soak-${n}`,
        cameraId: "cam-soak",
        sequence: n,
        capturedAt: timestampFromMs(Date.now()),
        image,
        regions: [{ id: "lane-1", x: 0, y: 0, width: 10, height: 10 }],
        stage: ProcessingStage.PROCESSING_STAGE_INGESTED,
      });
      await post("/v1/frames", frame, "application/x-protobuf");
    }),
  };
  const subscriber = new AcknowledgingSubscriber(grpcClient);
  for (const kind of Object.values(kinds)) kind.start();

  return {
    counts: () => ({
      ...Object.fromEntries(Object.entries(kinds).map(([name, kind]) => [name, kind.tally.counts()])),
      grpc_subscribe_acked: subscriber.tally.counts(),
    }),
    async stop() {
      await Promise.all(Object.values(kinds).map((kind) => kind.stop()));
      await subscriber.stop();
      grpcClient.close();
    },
  };
}
