// Runs jobs on EventBridge Scheduler expressions (rate and cron, in UTC) inside npm start: one timer a job, never
// two runs of one job at once, and failures counted and logged instead of thrown.
import { InvalidInputError, NotFoundError } from "@sluice/streams";
import { nextRun, parseSchedule, type Schedule } from "./schedule-expression.ts";

/** setTimeout's longest delay (2^31-1 ms, about 24.8 days); a longer wait is slept in chunks of it. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** What started a run: its schedule or `runNow`. */
export type JobTrigger = "schedule" | "manual";

export type JobEvent =
  | { event: "job.started"; job: string; trigger: JobTrigger }
  | { event: "job.succeeded"; job: string; durationMs: number }
  | { event: "job.failed"; job: string; durationMs: number; error: unknown }
  | { event: "job.skipped"; job: string; trigger: JobTrigger; reason: "still running" }
  /** The schedule fires no more (its year field has ended): the job stays, unscheduled. */
  | { event: "job.no_next_run"; job: string };

export interface JobSchedulerOptions {
  /** Epoch milliseconds (default `Date.now`); it must move with the timers, as vitest's fake timers do. */
  now?: () => number;
  /** Where events go; the default writes failures to console.error and drops the rest. */
  log?: (event: JobEvent) => void;
}

export interface JobDefinition {
  name: string;
  /** `rate(...)` or `cron(...)`, as given to `sst.aws.CronV2`. */
  schedule: string;
  run: () => Promise<unknown>;
}

/** How the last finished run went. */
export type JobOutcome = Readonly<
  | { ok: true; value: unknown; startedAt: Date; durationMs: number }
  | { ok: false; error: unknown; startedAt: Date; durationMs: number }
>;

export interface JobState {
  readonly name: string;
  readonly expression: string;
  /** Undefined before `start()`, after `stop()`, and when the schedule has no next run. */
  readonly nextRunAt: Date | undefined;
  /** Runs started, by schedule or `runNow`. */
  readonly runs: number;
  readonly failures: number;
  /** Triggers (scheduled or `runNow`) dropped because a run was still going. */
  readonly skipped: number;
  readonly running: boolean;
  readonly last: JobOutcome | undefined;
}

interface Job {
  definition: JobDefinition;
  schedule: Schedule;
  /** Where a rate counts from: when the job was armed. */
  anchor: number;
  nextRunAt: number | undefined;
  timer: NodeJS.Timeout | undefined;
  current: Promise<void> | undefined;
  runs: number;
  failures: number;
  skipped: number;
  last: JobOutcome | undefined;
}

const logFailures = (event: JobEvent) => {
  if (event.event === "job.failed") console.error(`job ${event.job} failed:`, event.error);
};

/** Jobs on schedules: `add` them, `start()`, and `stop()` to clear the timers and wait for running jobs. */
export class JobScheduler {
  readonly #now: () => number;
  readonly #log: (event: JobEvent) => void;
  readonly #jobs = new Map<string, Job>();
  #state: "idle" | "started" | "stopped" = "idle";

  constructor(options: JobSchedulerOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.#log = options.log ?? logFailures;
  }

  /** Parses the schedule now, so a bad expression throws `InvalidScheduleError` before anything runs. */
  add(definition: JobDefinition): void {
    const { name } = definition;
    if (this.#jobs.has(name))
      throw new InvalidInputError("local.duplicate_job", `Job "${name}" is already added`);
    const schedule = parseSchedule(definition.schedule);
    const job: Job = {
      definition: { ...definition },
      schedule,
      anchor: 0,
      nextRunAt: undefined,
      timer: undefined,
      current: undefined,
      runs: 0,
      failures: 0,
      skipped: 0,
      last: undefined,
    };
    this.#jobs.set(name, job);
    if (this.#state === "started") this.#arm(job, this.#now());
  }

  /** Schedules every job; rates count from now. Calling it again while started does nothing. */
  start(): void {
    if (this.#state === "started") return;
    this.#state = "started";
    const now = this.#now();
    for (const job of this.#jobs.values()) this.#arm(job, now);
  }

  /** Clears the timers and resolves once no job is running; `runNow` does nothing until `start()` again. */
  async stop(): Promise<void> {
    this.#state = "stopped";
    for (const job of this.#jobs.values()) {
      clearTimeout(job.timer);
      job.timer = undefined;
      job.nextRunAt = undefined;
    }
    await Promise.all([...this.#jobs.values()].map((job) => job.current));
  }

  /**
   * Runs a job now, unless it is running (then the trigger is skipped and counted). Resolves when the run is
   * over: true if it ran (even if it failed), false if skipped or stopped. An unknown name throws at once.
   */
  runNow(name: string): Promise<boolean> {
    const job = this.#jobs.get(name);
    if (!job) throw new NotFoundError("local.job_not_found", `No job named "${name}"`);
    return this.#trigger(job, "manual");
  }

  /** A snapshot of every job, in the order added. */
  jobs(): JobState[] {
    return [...this.#jobs.values()].map((job) => ({
      name: job.definition.name,
      expression: job.schedule.expression,
      nextRunAt: job.nextRunAt === undefined ? undefined : new Date(job.nextRunAt),
      runs: job.runs,
      failures: job.failures,
      skipped: job.skipped,
      running: job.current !== undefined,
      last: job.last,
    }));
  }

  #arm(job: Job, now: number): void {
    job.anchor = now;
    this.#scheduleAfter(job, now);
  }

  #scheduleAfter(job: Job, after: number): void {
    job.nextRunAt = nextRun(job.schedule, new Date(after), new Date(job.anchor))?.getTime();
    if (job.nextRunAt === undefined) this.#emit({ event: "job.no_next_run", job: job.definition.name });
    else this.#wait(job, job.nextRunAt);
  }

  #wait(job: Job, at: number): void {
    const delay = Math.min(Math.max(at - this.#now(), 0), MAX_TIMEOUT_MS);
    // Unref'd: a timer never keeps the process alive by itself; npm start stays up through its servers.
    job.timer = setTimeout(() => this.#due(job, at), delay).unref();
  }

  #due(job: Job, at: number): void {
    job.timer = undefined;
    if (this.#state !== "started") return;
    const now = this.#now();
    if (now < at) {
      // Woken early: a chunk of a long wait ended, or the clock moved back.
      this.#wait(job, at);
      return;
    }
    // Late (the machine slept)? This one run now, then the next time after now: no catching up.
    this.#scheduleAfter(job, now);
    void this.#trigger(job, "schedule");
  }

  #trigger(job: Job, trigger: JobTrigger): Promise<boolean> {
    if (this.#state === "stopped") return Promise.resolve(false);
    if (job.current) {
      job.skipped++;
      this.#emit({ event: "job.skipped", job: job.definition.name, trigger, reason: "still running" });
      return Promise.resolve(false);
    }
    const current = this.#run(job, trigger).finally(() => {
      job.current = undefined;
    });
    job.current = current;
    return current.then(() => true);
  }

  async #run(job: Job, trigger: JobTrigger): Promise<void> {
    const name = job.definition.name;
    job.runs++;
    this.#emit({ event: "job.started", job: name, trigger });
    const started = this.#now();
    try {
      const value = await job.definition.run();
      const durationMs = this.#now() - started;
      job.last = Object.freeze({ ok: true, value, startedAt: new Date(started), durationMs });
      this.#emit({ event: "job.succeeded", job: name, durationMs });
    } catch (error) {
      const durationMs = this.#now() - started;
      job.failures++;
      job.last = Object.freeze({ ok: false, error, startedAt: new Date(started), durationMs });
      this.#emit({ event: "job.failed", job: name, durationMs, error });
    }
  }

  /** A logger that throws must not take a timer callback, and so the process, down with it. */
  #emit(event: JobEvent): void {
    try {
      this.#log(event);
    } catch (error) {
      console.error("job scheduler: the log function threw:", error);
    }
  }
}
