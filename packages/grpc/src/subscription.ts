// One Subscribe call: reads a consumer group with @sluice/streams' BatchSource (XCLAIM of entries idle past the
// visibility timeout, then XREADGROUP without blocking on the shared connection, waiting for its stream's watcher in
// between: stream-watchers.ts) and writes the entries to the call, at most `maxInFlight` delivered and
// unacknowledged at once. Its group and consumer are created under their quotas (caller-groups.ts). Redis failing (a failover ending the read with UNBLOCKED, a lost
// connection, READONLY, CLUSTERDOWN) does not end the call: the read is retried with a growing pause for up to
// `outageMs`, then the call ends UNAVAILABLE.
import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import type { ServerWritableStream } from "@grpc/grpc-js";
import {
  BatchSource,
  deadLetter,
  decodeEntry,
  isNoGroupError,
  nextRetryPauseMs,
  type RawEntry,
  removeIdleConsumers,
  type StreamKeys,
  toStreamsError,
  typed,
  UnavailableError,
} from "@sluice/streams";
import type { GroupLimits } from "./access.ts";
import { createConsumer, createGroup, type GroupCreation } from "./caller-groups.ts";
import type { sluice } from "./generated/streaming.js";
import { toDelivery } from "./messages.ts";
import type { StreamWatch, StreamWatchers } from "./stream-watchers.ts";

/** Most entries one read or reclaim fetches, whatever max_in_flight allows: bounds a call's memory (100 × 1 MiB). */
const READ_CHUNK = 100;

/** Consumers idle this long with nothing pending are removed when a call subscribes to their group. */
const CONSUMER_IDLE_MS = 10 * 60_000;

/** The pause between retries while Redis fails doubles from the first to the last. */
const MAX_RETRY_PAUSE_MS = 1000;

export interface SubscriptionSettings {
  /** A delivered entry not acknowledged for this long is redelivered, to this or another subscriber (default 30000). */
  visibilityTimeoutMs: number;
  /** How often to look for entries idle past the visibility timeout (default a fifth of it). */
  reclaimIntervalMs: number;
  /** How long a subscription waits for its stream's watcher before it reads again anyway (default 2000). */
  blockMs: number;
  /** While paused at the limit, how often to drop entries acknowledged through another server (default 1000). */
  inFlightCheckMs: number;
  /** While Redis fails, how long reads are retried before the call ends UNAVAILABLE (default 10000). */
  outageMs: number;
}

export interface SubscriptionOptions {
  /** Shared, for commands and the (non-blocking) reads. */
  creation: GroupCreation;
  /** Where run() takes a watch on its stream, which says when entries arrived. */
  watchers: StreamWatchers;
  /** The authenticated caller's name: Subscribe calls are counted per caller. */
  caller: string;
  limits: GroupLimits;
  keys: StreamKeys;
  group: string;
  consumer: string;
  maxInFlight: number;
  settings: SubscriptionSettings;
}

export type DeliveryCall = ServerWritableStream<
  sluice.streaming.v1.SubscribeRequest,
  sluice.streaming.v1.IDelivery
>;

/**
 * Entries count as in flight from their delivery until they are acknowledged or their visibility timeout passes
 * (then they are up for redelivery, and reclaiming them takes a slot again). Entries reclaimed beyond the free
 * slots wait in `#claimed` until slots free up, or are left to the next reclaim once their timeout passes.
 */
export class Subscription {
  readonly #call: DeliveryCall;
  readonly #options: SubscriptionOptions;
  readonly #source: BatchSource;
  readonly #stop = new AbortController();
  /** Entry id → when it was delivered; Map order is delivery order. */
  readonly #inFlight = new Map<string, number>();
  #claimed: { entry: RawEntry; at: number }[] = [];
  #wake: (() => void) | undefined;
  #watch: StreamWatch | undefined;

  constructor(call: DeliveryCall, options: SubscriptionOptions) {
    this.#call = call;
    this.#options = options;
    const { visibilityTimeoutMs, reclaimIntervalMs } = options.settings;
    const { client } = options.creation;
    this.#source = new BatchSource(client, client, {
      keys: options.keys,
      group: options.group,
      consumer: options.consumer,
      batchSize: Math.min(options.maxInFlight, READ_CHUNK),
      blockMs: 0,
      batchWindowMs: 0,
      visibilityTimeoutMs,
      reclaimIntervalMs,
    });
  }

  get stream(): string {
    return this.#options.keys.name;
  }

  get group(): string {
    return this.#options.group;
  }

  get consumer(): string {
    return this.#options.consumer;
  }

  get caller(): string {
    return this.#options.caller;
  }

  get stopped(): boolean {
    return this.#stop.signal.aborted;
  }

  /**
   * Creates the group at "0" and the consumer if missing (each under its quota), then delivers until stop(); rejects
   * with what ended it otherwise (its watch given back either way): an error
   * that is not Redis being unavailable, Redis failing for longer than `outageMs`, or failing before the call ever
   * reached it (a call made during an outage is answered at once, within the command timeout).
   */
  async run(): Promise<void> {
    this.#watch = await this.#options.watchers.watch(this.#options.keys);
    try {
      await this.#deliverUntilStopped();
    } finally {
      this.#watch.release();
    }
  }

  async #deliverUntilStopped(): Promise<void> {
    const { creation, keys, group, consumer, limits, settings } = this.#options;
    let established = false;
    let groupReady = false;
    let failingSince: number | undefined;
    let pauseMs = 0;
    while (!this.stopped) {
      try {
        if (!groupReady) {
          await createGroup(creation, keys, group, limits);
          await createConsumer(creation.client, keys, group, consumer, limits);
          groupReady = true;
          established = true;
          // Consumers of ended calls that held entries stay in the group after those were reclaimed: tidy up, as
          // consumer runners do (idle and holding nothing only).
          removeIdleConsumers(creation.client, keys, group, CONSUMER_IDLE_MS).catch(() => {});
        }
        await this.#step();
        failingSince = undefined;
        pauseMs = 0;
      } catch (error) {
        if (this.stopped) return;
        // The group vanished (a Redis restarted without persistence, a failover lost it): recreate it.
        if (isNoGroupError(error)) {
          groupReady = false;
          continue;
        }
        if (!established || !(toStreamsError(error) instanceof UnavailableError)) throw error;
        failingSince ??= Date.now();
        if (Date.now() - failingSince >= settings.outageMs) throw error;
        pauseMs = nextRetryPauseMs(pauseMs, MAX_RETRY_PAUSE_MS);
        await sleep(pauseMs, undefined, { signal: this.#stop.signal }).catch(() => {});
      }
    }
  }

  /** Ends run() promptly: its wait for the watcher ends at once. */
  stop(): void {
    this.#stop.abort();
  }

  /** Entries acknowledged through this server: their slots are free again. */
  acknowledged(ids: readonly string[]): void {
    let freed = false;
    for (const id of ids) freed = this.#inFlight.delete(id) || freed;
    if (this.#claimed.length > 0) {
      const done = new Set(ids);
      this.#claimed = this.#claimed.filter(({ entry }) => !done.has(entry.id));
    }
    if (freed) this.#wake?.();
  }

  async #step(): Promise<void> {
    const { maxInFlight, settings } = this.#options;
    this.#expire(Date.now());
    await this.#deliverClaimed();
    const free = maxInFlight - this.#inFlight.size;
    if (free <= 0) return this.#pause();
    const watch = this.#watch as StreamWatch;
    const seen = watch.version;
    const entries = await this.#source.next(0, undefined, Math.min(free, READ_CHUNK));
    if (entries.length === 0) {
      await watch.changed(seen, settings.blockMs, this.#stop.signal);
      return;
    }
    for (const entry of entries) {
      // An entry redelivered to this call keeps its slot.
      if (this.#inFlight.size < maxInFlight || this.#inFlight.has(entry.id)) await this.#deliver(entry);
      else this.#claimed.push({ entry, at: Date.now() });
    }
  }

  async #deliver(raw: RawEntry): Promise<void> {
    if (this.stopped) return;
    const { creation, keys, group, consumer } = this.#options;
    const { client } = creation;
    const decoded = decodeEntry(raw.id, raw.fields);
    if ("foreign" in decoded) {
      // Not a Sluice envelope (written by another tool): dead-lettered, as the consumer runner does.
      await deadLetter(client, { keys, group, consumer, id: raw.id, reason: decoded.foreign });
      return;
    }
    this.#inFlight.delete(raw.id);
    this.#inFlight.set(raw.id, Date.now());
    const delivery = toDelivery(keys.name, consumer, decoded.entry, raw.deliveries);
    // Backpressure: the client reads slower than Redis delivers, so wait until grpc-js has sent what it holds.
    if (!this.#call.write(delivery))
      await once(this.#call, "drain", { signal: this.#stop.signal }).catch(() => {});
  }

  async #deliverClaimed(): Promise<void> {
    const { maxInFlight, settings } = this.#options;
    while (this.#claimed.length > 0 && this.#inFlight.size < maxInFlight && !this.stopped) {
      const { entry, at } = this.#claimed.shift() as { entry: RawEntry; at: number };
      // Held past the visibility timeout, it may be another subscriber's by now: the next reclaim decides.
      if (Date.now() - at < settings.visibilityTimeoutMs) await this.#deliver(entry);
    }
  }

  /** Entries past their visibility timeout are no longer in flight: they are up for redelivery. */
  #expire(now: number): void {
    const { visibilityTimeoutMs } = this.#options.settings;
    for (const [id, deliveredAt] of this.#inFlight) {
      if (now - deliveredAt < visibilityTimeoutMs) break;
      this.#inFlight.delete(id);
    }
  }

  /** At the limit: waits for an acknowledgement, the oldest entry's timeout or the next in-flight check. */
  async #pause(): Promise<void> {
    const { visibilityTimeoutMs, inFlightCheckMs } = this.#options.settings;
    const oldest = this.#inFlight.values().next().value ?? Date.now();
    const wait = Math.max(1, Math.min(inFlightCheckMs, oldest + visibilityTimeoutMs - Date.now()));
    const wake = new AbortController();
    this.#wake = () => wake.abort();
    try {
      await sleep(wait, undefined, { signal: AbortSignal.any([wake.signal, this.#stop.signal]) });
    } catch {
      return; // woken by an acknowledgement or stop()
    } finally {
      this.#wake = undefined;
    }
    await this.#forgetSettled();
  }

  /** Drops entries no longer pending under this consumer: acknowledged through another server, or taken over. */
  async #forgetSettled(): Promise<void> {
    const { creation, keys, group, consumer } = this.#options;
    const { client } = creation;
    const ids = [...this.#inFlight.keys()];
    if (ids.length === 0) return;
    const pipeline = client.pipeline();
    for (const id of ids) pipeline.call("XPENDING", keys.stream, group, id, id, 1);
    const replies = (await typed(pipeline.exec())) ?? [];
    replies.forEach(([error, rows], index) => {
      if (error) throw toStreamsError(error);
      const row = (rows as [string, string, number, number][])[0];
      if (row?.[1] !== consumer) this.#inFlight.delete(ids[index] as string);
    });
  }
}
