// The chaos run's traffic, at modest fixed rates (two shared cores run every process): careful publishes into the
// chaos stream through both front doors with idempotency keys, a seeded third of them durable; durable Bluesky
// events into the lake's stream (the `bsky` family, made by the generator's model); request-reply calls on the
// `echo` route with a deadline; a few camera frames. Every generator is paced and capped in flight, so an outage
// holds a bounded number of calls instead of piling them up. stop() ends the pacing and waits for every call,
// retries included, to settle.
import { BSKY_STREAM } from "@sluice/lake/bsky";
import sharp from "sharp";
import { BskyModel } from "../generate/bsky-model.ts";
import { Random } from "../generate/bsky-random.ts";
import { bearerHeader } from "../start/bearer-auth.ts";
import {
  describeFetchError,
  type FrontDoor,
  grpcSender,
  httpSender,
  type Publication,
  type PublishRecord,
  publishCarefully,
  type SendOnce,
} from "./careful-publish.ts";
import { tally } from "./report.ts";

export const CHAOS_STREAM = "chaos";
export const LAKE_STREAM = BSKY_STREAM;
/** Publishes into the chaos stream per second and front door; lake events, requests and frames per second. */
const RATES = { publishes: 5, lake: 3, requests: 2, frames: 0.5 } as const;
const DURABLE_SHARE = 1 / 3;
/** A careful client keeps retrying a publish for this long at most. */
const GIVE_UP_MS = 45_000;
/** Calls in flight per generator at most; a tick finding the cap reached is skipped. */
const MAX_IN_FLIGHT = 24;
/** What a request-reply call asks for: its deadline, and how much longer an answer may take before it is hung. */
export const REQUEST_TIMEOUT_MS = 2000;
export const HUNG_MARGIN_MS = 10_000;

export interface RequestFigures {
  sent: number;
  /** Answers by status: "200", "503", "504", …; "connection" for a connection the API process lost (killed). */
  answers: Record<string, number>;
  hung: number;
}

export interface Traffic {
  /** Every publish so far: the chaos stream's and the lake's. */
  readonly records: PublishRecord[];
  readonly requests: RequestFigures;
  /** Frames answered, by status. */
  readonly frames: Record<string, number>;
  /** Ends the pacing and resolves once every call has settled; with abandon, publishes stop retrying. */
  stop(options?: { abandon?: boolean }): Promise<void>;
}

/** A pacer: calls `task` every `everyMs` while fewer than MAX_IN_FLIGHT of its calls run. */
function pace(everyMs: number, task: () => Promise<void>) {
  const running = new Set<Promise<void>>();
  const timer = setInterval(() => {
    if (running.size >= MAX_IN_FLIGHT) return;
    const call = task().finally(() => running.delete(call));
    running.add(call);
  }, everyMs);
  return async () => {
    clearInterval(timer);
    await Promise.all(running);
  };
}

export async function startTraffic(options: {
  apiUrl: string;
  grpcAddress: string;
  /** The launched topology's token, sent on every call. */
  token: string;
  seed: string;
}): Promise<Traffic> {
  const { apiUrl, grpcAddress, token, seed } = options;
  const random = new Random(`${seed}/traffic`);
  const records: PublishRecord[] = [];
  const requests: RequestFigures = { sent: 0, answers: {}, hung: 0 };
  const frames: Record<string, number> = {};
  const http = httpSender(apiUrl, token);
  const grpc = grpcSender(grpcAddress, token);
  const headers = { "content-type": "application/json", ...bearerHeader(token) };
  const model = new BskyModel({
    seed,
    startUs: Date.now() * 1000,
    eventsPerSecond: RATES.lake,
    accounts: 500,
  });
  const image = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#406080" } })
    .jpeg()
    .toBuffer();
  const abandon = new AbortController();
  let n = 0;

  const publish = (via: FrontDoor, send: SendOnce, publication: Publication) => async () => {
    records.push(await publishCarefully(send, via, publication, GIVE_UP_MS, abandon.signal));
  };
  const chaosPublish = (via: FrontDoor, send: SendOnce) => () => {
    n += 1;
    const key = `${via}-${n}`;
    const durable = random.chance(DURABLE_SHARE);
    return publish(via, send, {
      stream: CHAOS_STREAM,
      key,
      durable,
      type: "chaos.event",
      data: { key, n },
    })();
  };
  const lakePublish = () => {
    n += 1;
    const { type, event } = model.next();
    const key = `lake-${n}`;
    // The record key rides in rkey, a column of every bsky table: the books find a key written twice in the lake.
    const data = { ...event, rkey: key };
    return publish("http", http, { stream: LAKE_STREAM, key, durable: true, type, data })();
  };
  const request = async () => {
    requests.sent += 1;
    try {
      const response = await fetch(`${apiUrl}/v1/requests/echo?timeoutMs=${REQUEST_TIMEOUT_MS}`, {
        method: "POST",
        headers,
        body: JSON.stringify({ n: requests.sent }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS + HUNG_MARGIN_MS),
      });
      await response.arrayBuffer();
      tally([String(response.status)], requests.answers);
    } catch (error) {
      if (error instanceof Error && error.name === "TimeoutError") requests.hung += 1;
      else tally([`connection: ${describeFetchError(error)}`], requests.answers);
    }
  };
  const frame = async () => {
    n += 1;
    const body = { frameId: `chaos-${n}`, cameraId: "cam-chaos", image: { data: image.toString("base64") } };
    try {
      const response = await fetch(`${apiUrl}/v1/frames`, {
        method: "POST",
        headers,
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS + HUNG_MARGIN_MS),
      });
      await response.arrayBuffer();
      tally([String(response.status)], frames);
    } catch (error) {
      tally([describeFetchError(error)], frames);
    }
  };

  const stops = [
    pace(1000 / RATES.publishes, chaosPublish("http", http)),
    pace(1000 / RATES.publishes, chaosPublish("grpc", grpc.send)),
    pace(1000 / RATES.lake, lakePublish),
    pace(1000 / RATES.requests, request),
    pace(1000 / RATES.frames, frame),
  ];
  return {
    records,
    requests,
    frames,
    async stop({ abandon: giveUp = false } = {}) {
      if (giveUp) abandon.abort();
      await Promise.all(stops.map((stop) => stop()));
      grpc.client.close();
    },
  };
}
