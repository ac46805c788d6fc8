import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { InvalidScheduleError } from "../src/invalid-schedule-error.ts";
import { type JobEvent, JobScheduler } from "../src/job-scheduler.ts";

// Thursday 15 January 2026, mid-minute.
const BASE = Date.parse("2026-01-15T12:34:56.789Z");
const MINUTE = 60_000;

/** A promise the test settles by hand, to hold a job run open. */
function deferred() {
  let resolve: () => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

function setup() {
  const events: JobEvent[] = [];
  const scheduler = new JobScheduler({ log: (event) => events.push(event) });
  const state = (name: string) => scheduler.jobs().find((job) => job.name === name);
  return { events, scheduler, state };
}

describe("JobScheduler", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(BASE);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("runs a rate job every interval counted from start()", async () => {
    const { scheduler, state, events } = setup();
    const run = vi.fn(async () => "done");
    scheduler.add({ name: "tick", schedule: "rate(1 minute)", run });
    expect(state("tick")).toMatchObject({ expression: "rate(1 minute)", nextRunAt: undefined, runs: 0 });
    scheduler.start();
    expect(state("tick")?.nextRunAt).toEqual(new Date(BASE + MINUTE));
    await vi.advanceTimersByTimeAsync(MINUTE - 1);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(2 * MINUTE);
    expect(state("tick")).toMatchObject({
      runs: 3,
      failures: 0,
      skipped: 0,
      running: false,
      nextRunAt: new Date(BASE + 4 * MINUTE),
      last: { ok: true, value: "done", startedAt: new Date(BASE + 3 * MINUTE), durationMs: 0 },
    });
    expect(events.map((event) => event.event)).toEqual([
      ...["job.started", "job.succeeded", "job.started", "job.succeeded", "job.started", "job.succeeded"],
    ]);
    expect(events[0]).toEqual({ event: "job.started", job: "tick", trigger: "schedule" });
    await scheduler.stop();
  });

  it("runs a cron job on its UTC minutes", async () => {
    const { scheduler, state } = setup();
    const run = vi.fn(async () => undefined);
    scheduler.add({ name: "quarter", schedule: "cron(0/15 * * * ? *)", run });
    scheduler.start();
    expect(state("quarter")?.nextRunAt?.toISOString()).toBe("2026-01-15T12:45:00.000Z");
    await vi.advanceTimersByTimeAsync(Date.parse("2026-01-15T13:00:00.000Z") - BASE);
    expect(run).toHaveBeenCalledTimes(2);
    expect(state("quarter")?.nextRunAt?.toISOString()).toBe("2026-01-15T13:15:00.000Z");
    await scheduler.stop();
  });

  it("skips and counts ticks while the previous run is still going", async () => {
    const { scheduler, state, events } = setup();
    const hold = deferred();
    let calls = 0;
    scheduler.add({
      name: "slow",
      schedule: "rate(1 minute)",
      run: () => (++calls === 1 ? hold.promise : Promise.resolve()),
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(3 * MINUTE);
    expect(calls).toBe(1);
    expect(state("slow")).toMatchObject({ runs: 1, skipped: 2, running: true, last: undefined });
    expect(events.filter((event) => event.event === "job.skipped")).toEqual([
      { event: "job.skipped", job: "slow", trigger: "schedule", reason: "still running" },
      { event: "job.skipped", job: "slow", trigger: "schedule", reason: "still running" },
    ]);
    hold.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(state("slow")).toMatchObject({ running: false, last: { ok: true } });
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(state("slow")).toMatchObject({ runs: 2, skipped: 2 });
    await scheduler.stop();
  });

  it("catches, counts and logs failures, and keeps running the job and the others", async () => {
    const { scheduler, state, events } = setup();
    const boom = new Error("boom");
    let calls = 0;
    scheduler.add({
      name: "flaky",
      schedule: "rate(1 minute)",
      run: async () => {
        if (++calls === 1) throw boom;
        return calls;
      },
    });
    scheduler.add({
      name: "sync-throw",
      schedule: "rate(1 minute)",
      run: () => {
        throw new TypeError("not even a promise");
      },
    });
    const steady = vi.fn(async () => "ok");
    scheduler.add({ name: "steady", schedule: "rate(1 minute)", run: steady });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(state("flaky")).toMatchObject({ runs: 1, failures: 1, last: { ok: false, error: boom } });
    expect(state("sync-throw")).toMatchObject({ runs: 1, failures: 1, last: { ok: false } });
    expect(events).toContainEqual({ event: "job.failed", job: "flaky", durationMs: 0, error: boom });
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(state("flaky")).toMatchObject({ runs: 2, failures: 1, last: { ok: true, value: 2 } });
    expect(state("sync-throw")).toMatchObject({ runs: 2, failures: 2 });
    expect(steady).toHaveBeenCalledTimes(2);
    await scheduler.stop();
  });

  it("logs failures to console.error by default and survives a log function that throws", async () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const quiet = new JobScheduler();
    quiet.add({ name: "fails", schedule: "rate(1 minute)", run: () => Promise.reject(new Error("nope")) });
    await quiet.runNow("fails");
    expect(consoleError).toHaveBeenCalledWith(
      "job fails failed:",
      expect.objectContaining({ message: "nope" }),
    );
    const loud = new JobScheduler({
      log: () => {
        throw new Error("log broke");
      },
    });
    loud.add({ name: "fine", schedule: "rate(1 minute)", run: async () => 1 });
    await expect(loud.runNow("fine")).resolves.toBe(true);
    expect(loud.jobs()[0]).toMatchObject({ runs: 1, failures: 0 });
    expect(consoleError).toHaveBeenCalledWith(
      expect.stringContaining("log function threw"),
      expect.any(Error),
    );
  });

  it("stop() clears the timers and waits for a running job", async () => {
    const { scheduler, state } = setup();
    const hold = deferred();
    const run = vi.fn(() => hold.promise);
    scheduler.add({ name: "long", schedule: "rate(5 minutes)", run });
    scheduler.add({ name: "idle", schedule: "cron(0 5 * * ? *)", run: async () => undefined });
    scheduler.start();
    expect(vi.getTimerCount()).toBe(2);
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    let stopped = false;
    const stopping = scheduler.stop().then(() => {
      stopped = true;
    });
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(stopped).toBe(false);
    expect(state("long")).toMatchObject({ running: true, nextRunAt: undefined });
    hold.resolve();
    await stopping;
    expect(state("long")).toMatchObject({ running: false, runs: 1, last: { ok: true } });
    await expect(scheduler.runNow("long")).resolves.toBe(false);
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(run).toHaveBeenCalledOnce();
  });

  it("runNow runs at once, before start() too, and respects the no-overlap rule", async () => {
    const { scheduler, state, events } = setup();
    const hold = deferred();
    const run = vi.fn(() => hold.promise);
    scheduler.add({ name: "job", schedule: "cron(30 3 * * ? *)", run });
    const first = scheduler.runNow("job");
    expect(run).toHaveBeenCalledOnce();
    expect(state("job")).toMatchObject({ running: true, runs: 1 });
    await expect(scheduler.runNow("job")).resolves.toBe(false);
    expect(state("job")?.skipped).toBe(1);
    expect(events).toContainEqual({
      event: "job.skipped",
      job: "job",
      trigger: "manual",
      reason: "still running",
    });
    hold.resolve();
    await expect(first).resolves.toBe(true);
    expect(events[0]).toEqual({ event: "job.started", job: "job", trigger: "manual" });
    expect(() => scheduler.runNow("jbo")).toThrow(expect.objectContaining({ code: "local.job_not_found" }));
    await scheduler.stop();
  });

  it("throws at add() for a bad schedule or a name already taken", () => {
    const { scheduler } = setup();
    const run = async () => undefined;
    expect(() => scheduler.add({ name: "typo", schedule: "rate(5 minute)", run })).toThrow(
      InvalidScheduleError,
    );
    expect(() => scheduler.add({ name: "typo", schedule: "cron(0 10 * * * *)", run })).toThrow(
      expect.objectContaining({ code: "local.invalid_schedule" }),
    );
    scheduler.add({ name: "once", schedule: "rate(1 day)", run });
    expect(() => scheduler.add({ name: "once", schedule: "rate(1 day)", run })).toThrow(
      expect.objectContaining({ code: "local.duplicate_job", kind: "invalid" }),
    );
    expect(scheduler.jobs().map((job) => job.name)).toEqual(["once"]);
  });

  it("schedules a job added after start(), counting its rate from then", async () => {
    const { scheduler, state } = setup();
    scheduler.start();
    await vi.advanceTimersByTimeAsync(30_000);
    scheduler.add({ name: "late", schedule: "rate(1 minute)", run: async () => undefined });
    expect(state("late")?.nextRunAt).toEqual(new Date(BASE + 90_000));
    await scheduler.stop();
  });

  it("waits longer than setTimeout's limit in chunks", async () => {
    const { scheduler, state } = setup();
    const run = vi.fn(async () => undefined);
    scheduler.add({ name: "far", schedule: "cron(0 0 1 1 ? 2030)", run });
    scheduler.start();
    const at = Date.parse("2030-01-01T00:00:00.000Z");
    expect(state("far")?.nextRunAt).toEqual(new Date(at));
    await vi.advanceTimersByTimeAsync(2 ** 31);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(at - Date.now() - 1);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledOnce();
    await scheduler.stop();
  });

  it("leaves a job unscheduled once its year field has ended", async () => {
    const { scheduler, state, events } = setup();
    const run = vi.fn(async () => undefined);
    scheduler.add({ name: "past", schedule: "cron(0 0 1 1 ? 2020)", run });
    scheduler.add({ name: "last", schedule: "cron(0 0 1 1 ? 2027)", run });
    scheduler.start();
    expect(state("past")?.nextRunAt).toBeUndefined();
    expect(events).toEqual([{ event: "job.no_next_run", job: "past" }]);
    await vi.advanceTimersByTimeAsync(Date.parse("2027-01-01T00:00:00.000Z") - BASE);
    expect(run).toHaveBeenCalledOnce();
    expect(state("last")?.nextRunAt).toBeUndefined();
    // The next time is worked out as a run starts, so the job.no_next_run comes first.
    expect(events.slice(1).map((event) => event.event)).toEqual([
      "job.no_next_run",
      "job.started",
      "job.succeeded",
    ]);
    expect(vi.getTimerCount()).toBe(0);
    await scheduler.stop();
  });

  it("after a late wake-up runs once and keeps the rate's alignment, without catching up", async () => {
    const { scheduler, state } = setup();
    const run = vi.fn(async () => undefined);
    scheduler.add({ name: "tick", schedule: "rate(1 minute)", run });
    scheduler.start();
    vi.setSystemTime(BASE + 60 * MINUTE); // the wall clock jumps an hour; the timer has not fired
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(run).toHaveBeenCalledOnce();
    expect(state("tick")?.nextRunAt).toEqual(new Date(BASE + 62 * MINUTE));
    await scheduler.stop();
  });

  it("reads time from the injected clock", async () => {
    vi.useRealTimers();
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    let clock = Date.parse("2026-01-15T12:44:59.000Z");
    const scheduler = new JobScheduler({ now: () => clock, log: () => undefined });
    const run = vi.fn(async () => undefined);
    scheduler.add({ name: "quarter", schedule: "cron(0/15 * * * ? *)", run });
    scheduler.start();
    expect(scheduler.jobs()[0]?.nextRunAt?.toISOString()).toBe("2026-01-15T12:45:00.000Z");
    clock += 1_000;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledOnce();
    await scheduler.stop();
  });
});

describe("JobScheduler timers", () => {
  it("are unref'd, so they never hold the process open", async () => {
    const setTimeoutSpy = vi.spyOn(globalThis, "setTimeout");
    const scheduler = new JobScheduler();
    scheduler.add({ name: "tick", schedule: "rate(1 minute)", run: async () => undefined });
    scheduler.start();
    const timer = setTimeoutSpy.mock.results[0]?.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    await scheduler.stop();
    setTimeoutSpy.mockRestore();
  });
});
