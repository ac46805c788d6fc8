import { setTimeout as sleep } from "node:timers/promises";
import { BatchSource, type RawEntry } from "./batch-source.ts";
import { removeConsumerIfEmpty, removeIdleConsumers } from "./consumer-janitor.ts";
import { DeadLetterReason, type DeadLetterRequest, deadLetterAll, recordFailures } from "./dead-letter.ts";
import { type ReplicationWait, replicationWait, writesNotReplicatedError } from "./durability.ts";
import { decodeEntry, idTime, type StreamEntry } from "./envelope.ts";
import { typed } from "./errors.ts";
import { ensureGroup, isNoGroupError } from "./group.ts";
import { describeError, type EntryFailure, isPermanent, runHandler } from "./handler.ts";
import { releaseScript } from "./lua/release-1.ts";
import { runScript } from "./lua-script.ts";
import { assertGroupName, type StreamKeys, streamKeys } from "./names.ts";
import { nextRetryPauseMs } from "./retry-pause.ts";
import { RunnerMetrics } from "./runner-metrics.ts";
import { type ResolvedRunnerOptions, type RunnerOptions, resolveRunnerOptions } from "./runner-options.ts";
import { streamStats } from "./stream-stats.ts";

export interface RunnerTotals {
  batches: number;
  processed: number;
  failed: number;
  deadLettered: number;
}

export interface DrainResult extends RunnerTotals {
  /** Why draining ended: nothing left to read, the deadline came, or stop() was called. */
  stoppedBy: "empty" | "deadline" | "stopped";
}

const MAX_BACKOFF_MS = 2000;
/** What stop() allows, past the last read and the in-flight batches, for handing back and leaving the group. */
const STOP_CLEANUP_MS = 2000;

/** A blocking read a failover or CLIENT UNBLOCK ended: routine, so the runner simply reads again. */
const isUnblocked = (error: unknown) => error instanceof Error && /\bUNBLOCKED\b/.test(error.message);

/**
 * Consumes one stream through one consumer group: reads batches (reclaiming entries other consumers left
 * pending), hands them to the handler with bounded concurrency, acknowledges successes, keeps failures pending
 * for retry and dead-letters what must not be retried. Hosted long-running (`start`/`stop`) or in a Lambda
 * (`drain` until a deadline).
 */
export class ConsumerGroupRunner {
  readonly #options: ResolvedRunnerOptions;
  readonly #keys: StreamKeys;
  readonly #source: BatchSource;
  /** The WAIT after a batch's dead-letter moves (option `durable`), or undefined. */
  readonly #wait: ReplicationWait | undefined;
  /** Batches being handled, each with its entries (reclaim skips those; see #inFlightIds). */
  readonly #inFlight = new Map<Promise<void>, RawEntry[]>();
  readonly #abort = new AbortController();
  readonly #metrics = new RunnerMetrics();
  readonly #timers: NodeJS.Timeout[] = [];
  readonly totals: RunnerTotals = { batches: 0, processed: 0, failed: 0, deadLettered: 0 };
  readonly #stopSignal = new AbortController();
  #loop: Promise<DrainResult["stoppedBy"]> | undefined;
  /** Resolves the read loop's wait for a free slot, while it waits. */
  #wake: (() => void) | undefined;
  #backoffMs = 0;

  constructor(options: RunnerOptions) {
    this.#options = resolveRunnerOptions(options);
    const { client, reader, group, consumer } = this.#options;
    this.#keys = streamKeys(options.stream);
    assertGroupName("group", group);
    assertGroupName("consumer", consumer);
    this.#source = new BatchSource(client, reader, { ...this.#options, keys: this.#keys });
    this.#wait = replicationWait(this.#options.durable, client);
  }

  get #stopping(): boolean {
    return this.#stopSignal.signal.aborted;
  }

  get consumer(): string {
    return this.#options.consumer;
  }

  /** Runs until stop(): creates the group if needed, then reads, handles and acknowledges in the background. */
  async start(): Promise<void> {
    if (this.#loop) throw new Error("runner already started");
    await ensureGroup(this.#options.client, this.#keys, this.#options.group, this.#options.startId);
    this.#startTimers();
    this.#loop = this.#run({});
  }

  /**
   * Reads until nothing is left or `deadline` (epoch ms) comes; in-flight batches then get until `finishBy` (default
   * `deadline` + `shutdownTimeoutMs`) before their entries are handed back. Removes this consumer if it holds
   * nothing and reports what it did. For hosts with a time budget: a Lambda stops reading early and finishes
   * within its remaining time.
   */
  async drain(deadline: number, finishBy = deadline + this.#options.shutdownTimeoutMs): Promise<DrainResult> {
    if (this.#loop) throw new Error("runner already started");
    await ensureGroup(this.#options.client, this.#keys, this.#options.group, this.#options.startId);
    this.#loop = this.#run({ stopWhenEmpty: true, deadline });
    const stoppedBy = await this.#loop;
    await this.#finish(Math.max(0, finishBy - Date.now()));
    return { ...this.totals, stoppedBy };
  }

  /**
   * Stops reading, lets in-flight batches finish within `shutdownTimeoutMs`, hands back the entries of those that
   * did not (immediately reclaimable by other consumers, delivery count unchanged), and removes this consumer if
   * it holds nothing. Never closes the caller's connections. Resolves within its stop budget, `blockMs` (the last
   * read) + `shutdownTimeoutMs` + 2 s, whatever Redis does: with Redis gone, what could not be handed back stays
   * pending and is reclaimed by another consumer after the visibility timeout.
   */
  async stop(): Promise<void> {
    this.#stopSignal.abort();
    const { blockMs, shutdownTimeoutMs } = this.#options;
    const stopped = (async () => {
      await this.#loop;
      await this.#finish(shutdownTimeoutMs);
    })();
    const budget = new AbortController();
    try {
      const budgetMs = blockMs + shutdownTimeoutMs + STOP_CLEANUP_MS;
      await Promise.race([stopped, sleep(budgetMs, undefined, { signal: budget.signal })]);
    } finally {
      budget.abort();
    }
  }

  async #run(mode: { stopWhenEmpty?: boolean; deadline?: number }): Promise<DrainResult["stoppedBy"]> {
    const { blockMs } = this.#options;
    while (!this.#stopping) {
      if (!(await this.#waitForSlot(mode.deadline))) return this.#stopping ? "stopped" : "deadline";
      const remaining = mode.deadline === undefined ? blockMs : mode.deadline - Date.now();
      if (remaining <= 0) return "deadline";
      // One read fills every free slot: with batchSize 1 and concurrency N, a burst of N entries is one round trip.
      const { batchSize, concurrency } = this.#options;
      let entries: RawEntry[];
      try {
        const free = concurrency - this.#inFlight.size;
        entries = await this.#source.next(remaining, () => this.#inFlightIds(), batchSize * free);
        this.#backoffMs = 0;
      } catch (error) {
        if (!isUnblocked(error)) await this.#recover(error);
        continue;
      }
      for (let i = 0; i < entries.length; i += batchSize) this.#dispatch(entries.slice(i, i + batchSize));
      if (entries.length > 0) continue;
      // A read cut short by the deadline says nothing about the stream being empty.
      if (mode.stopWhenEmpty && this.#inFlight.size === 0) return remaining < blockMs ? "deadline" : "empty";
    }
    return "stopped";
  }

  /** Waits until fewer than `concurrency` batches are in flight; false when stop() or the deadline came first. */
  async #waitForSlot(deadline: number | undefined): Promise<boolean> {
    while (this.#inFlight.size >= this.#options.concurrency) {
      // One wake-up per wait, called by the next batch to finish, stop() or the deadline: a freed slot costs O(1),
      // where racing every in-flight batch would add one reaction per wait to each of them (O(concurrency)).
      const { promise, resolve } = Promise.withResolvers<void>();
      const wake = () => resolve();
      this.#wake = wake;
      this.#stopSignal.signal.addEventListener("abort", wake, { once: true });
      const timer = deadline === undefined ? undefined : setTimeout(wake, deadline - Date.now());
      try {
        await promise;
      } finally {
        clearTimeout(timer);
        this.#stopSignal.signal.removeEventListener("abort", wake);
        this.#wake = undefined;
      }
      if (this.#stopping || (deadline !== undefined && Date.now() >= deadline)) return false;
    }
    return true;
  }

  async #recover(error: unknown): Promise<void> {
    if (isNoGroupError(error)) {
      // The group vanished (a Redis restarted without persistence, or someone deleted it): recreate it.
      await ensureGroup(this.#options.client, this.#keys, this.#options.group, this.#options.startId).catch(
        this.#options.onError,
      );
    } else {
      this.#options.onError(error);
    }
    this.#backoffMs = nextRetryPauseMs(this.#backoffMs, MAX_BACKOFF_MS);
    await sleep(this.#backoffMs, undefined, { signal: this.#stopSignal.signal }).catch(() => {});
  }

  #dispatch(batch: RawEntry[]): void {
    const done: Promise<void> = this.#process(batch).finally(() => {
      this.#inFlight.delete(done);
      this.#wake?.();
    });
    this.#inFlight.set(done, batch);
  }

  /**
   * The ids of the entries being handled, gathered when asked (by a reclaim, every `reclaimIntervalMs`, or a hand-back)
   * rather than kept in a set entry by entry: the hot path adds and removes nothing per entry.
   */
  #inFlightIds(): Set<string> {
    const ids = new Set<string>();
    for (const batch of this.#inFlight.values()) for (const entry of batch) ids.add(entry.id);
    return ids;
  }

  async #process(batch: RawEntry[]): Promise<void> {
    const { handler, maxDeliveries, maxRecordAgeMs, bisectOnError, stream, group, consumer } = this.#options;
    const started = performance.now();
    const now = Date.now();
    const toHandle: StreamEntry[] = [];
    // Delivery counts of redelivered entries only: most entries are on their first delivery.
    const redelivered = new Map<string, number>();
    const deadLetters: Omit<DeadLetterRequest, "keys" | "group" | "consumer">[] = [];
    for (const raw of batch) {
      const decoded = decodeEntry(raw.id, raw.fields);
      // An entry's age only matters with a maximum (most runners have none): not read from its id otherwise.
      const age = maxRecordAgeMs === undefined ? 0 : now - idTime(raw.id);
      if ("foreign" in decoded) deadLetters.push({ id: raw.id, reason: decoded.foreign });
      else if (raw.deliveries > maxDeliveries) {
        deadLetters.push({ id: raw.id, fallback: DeadLetterReason.maxDeliveries(maxDeliveries) });
      } else if (maxRecordAgeMs !== undefined && age > maxRecordAgeMs) {
        deadLetters.push({ id: raw.id, reason: DeadLetterReason.expired(age, maxRecordAgeMs) });
      } else {
        toHandle.push(decoded.entry);
        if (raw.deliveries > 1) redelivered.set(raw.id, raw.deliveries);
      }
    }
    try {
      const context = { stream, group, consumer, signal: this.#abort.signal };
      const failures =
        toHandle.length > 0 ? await runHandler(handler, toHandle, context, bisectOnError) : new Map();
      const retries: EntryFailure[] = [];
      // A batch aborted by shutdown was already handed back: its failures are no verdict on the entries.
      const handedBack = this.#abort.signal.aborted;
      for (const failure of handedBack ? [] : failures.values()) {
        const last = isPermanent(failure) || (redelivered.get(failure.id) ?? 1) >= maxDeliveries;
        if (last) deadLetters.push({ id: failure.id, reason: describeError(failure.error) });
        else retries.push(failure);
      }
      const succeeded = failures.size === 0 ? toHandle : toHandle.filter((entry) => !failures.has(entry.id));
      const retried = redelivered.size === 0 ? [] : succeeded.filter((entry) => redelivered.has(entry.id));
      const [, , moves] = await Promise.all([
        this.#acknowledge(succeeded, retried),
        recordFailures(
          this.#options.client,
          this.#keys,
          group,
          retries.map((f) => ({ id: f.id, error: describeError(f.error) })),
        ),
        deadLetterAll(
          this.#options.client,
          deadLetters.map((request) => ({ ...request, keys: this.#keys, group, consumer })),
          this.#wait,
        ),
      ]);
      const moved = moves.ids.filter((id) => id !== undefined);
      if (moves.shortfall !== undefined && moved.length > 0) this.#unreplicated(moved, moves.shortfall);
      this.#count(succeeded.length, retries.length, moved.length, performance.now() - started);
    } catch (error) {
      // Acks or dead-letter moves that did not happen leave the entries pending: they are retried, not lost.
      this.#options.onError(error);
    }
  }

  /**
   * Dead-letter moves made on the primary that no replica confirmed within the wait: counted and reported, and the
   * runner goes on. A failover now may undo them: the entries would be pending again, delivered again and
   * dead-lettered again, never lost.
   */
  #unreplicated(moved: string[], shortfall: string): void {
    const { stream, group } = this.#options;
    this.#metrics.deadLettersUnreplicated += moved.length;
    this.#options.onError(
      writesNotReplicatedError(
        `${moved.length} dead-letter moves of stream ${stream} (group ${group}) were made`,
        shortfall,
        { stream, group, deadLetterIds: moved },
      ),
    );
  }

  /** Acknowledges successes; entries that had failed before also lose their recorded error. */
  async #acknowledge(entries: StreamEntry[], retried: StreamEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const { client, group, onAcknowledged } = this.#options;
    const ids = entries.map((e) => e.id);
    if (retried.length === 0) {
      await typed(client.xack(this.#keys.stream, group, ...ids));
    } else {
      const replies = await typed(
        client
          .multi()
          .xack(this.#keys.stream, group, ...ids)
          .hdel(this.#keys.errors(group), ...retried.map((e) => e.id))
          .exec(),
      );
      const failed = replies?.find(([error]) => error)?.[0];
      if (failed) throw failed;
    }
    this.#metrics.recordAcknowledged(entries);
    onAcknowledged?.(entries);
  }

  #count(processed: number, failed: number, deadLettered: number, durationMs: number): void {
    this.totals.batches += 1;
    this.totals.processed += processed;
    this.totals.failed += failed;
    this.totals.deadLettered += deadLettered;
    this.#metrics.processed += processed;
    this.#metrics.failed += failed;
    this.#metrics.deadLettered += deadLettered;
    this.#metrics.recordBatch(durationMs);
  }

  #startTimers(): void {
    const { client, group, consumerIdleMs, metrics, metricsIntervalMs, onError } = this.#options;
    if (consumerIdleMs > 0) {
      const every = Math.min(60_000, Math.max(1000, Math.floor(consumerIdleMs / 2)));
      const sweep = () => removeIdleConsumers(client, this.#keys, group, consumerIdleMs).catch(onError);
      this.#timers.push(setInterval(sweep, every).unref());
    }
    if (metrics && metricsIntervalMs > 0) {
      this.#timers.push(setInterval(() => this.#flushMetrics().catch(onError), metricsIntervalMs).unref());
    }
  }

  async #flushMetrics(): Promise<void> {
    const { client, metrics, stream, group } = this.#options;
    if (!metrics) return;
    const stats = await streamStats(client, this.#keys, group).catch(() => undefined);
    this.#metrics.flush(metrics, stream, group, stats);
  }

  async #finish(graceMs: number): Promise<void> {
    for (const timer of this.#timers.splice(0)) clearInterval(timer);
    const settled = Promise.all(this.#inFlight.keys()).then(() => true);
    const finished = await Promise.race([settled, sleep(graceMs, false, { ref: false })]);
    const { client, group, consumer, onError } = this.#options;
    if (!finished) {
      this.#abort.abort();
      await this.#release([...this.#inFlightIds()]).catch(onError);
    }
    await this.#flushMetrics().catch(onError);
    await removeConsumerIfEmpty(client, this.#keys, group, consumer).catch(onError);
  }

  /**
   * Hands entries back: idle as long as the visibility timeout, so any live consumer reclaims them now. Only
   * entries this consumer still owns: one another consumer reclaimed meanwhile stays with it.
   */
  async #release(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const { client, group, consumer, visibilityTimeoutMs } = this.#options;
    await runScript(
      client,
      releaseScript,
      [this.#keys.stream],
      [group, consumer, visibilityTimeoutMs, ...ids],
    );
  }
}
