// npm start's CloudWatch: every EMF line its components write goes into one MetricStore and on to the log file —
// those of sinks made without a writer too (routeMetrics), never to the terminal — and the catalog's local alarms
// are evaluated on it every 10 s. A transition into or out of ALARM prints one line; INSUFFICIENT_DATA → OK, which
// every alarm makes once it has data, does not.
import {
  ALARMS,
  AlarmBoard,
  type AlarmSpec,
  MetricStore,
  routeMetrics,
  type Transition,
} from "@sluice/observability";
import { formatTransition } from "./transition-line.ts";

/** How long the store keeps minutes, and how far back the log replay reads: the longest alarm window (26 h) + 1 h. */
export const METRIC_RETENTION_MS = 27 * 3600_000;

export interface LocalAlarmsOptions {
  /** Where each line goes once the store has seen it: the log file. */
  writeLog: (line: string) => void;
  /** The terminal: one line per transition. */
  print: (line: string) => void;
  /** How often the board is evaluated (default 10000 ms). */
  everyMs?: number;
  /** The alarm catalog (default ALARMS): its local alarms are evaluated, the page lists the others too. */
  catalog?: readonly AlarmSpec[];
  /** When the runtime started (default now): alarms judge no period before it. */
  startedAt?: number;
}

export class LocalAlarms {
  readonly store = new MetricStore({ retentionMs: METRIC_RETENTION_MS });
  readonly board: AlarmBoard;
  readonly catalog: readonly AlarmSpec[];
  /** The store, then the log: every component's log writer. */
  readonly writeLog: (line: string) => void;
  readonly everyMs: number;
  readonly #print: (line: string) => void;
  #timer: NodeJS.Timeout | undefined;
  #previousRoute: ((line: string) => void) | undefined;

  constructor(options: LocalAlarmsOptions) {
    this.catalog = options.catalog ?? ALARMS;
    // Periods before this start are not judged: nothing ran here then, which is no breach (a metric log replayed
    // from an earlier run still fills the charts).
    this.board = new AlarmBoard(this.store, this.catalog, { observedSince: options.startedAt ?? Date.now() });
    this.everyMs = options.everyMs ?? 10_000;
    this.#print = options.print;
    this.writeLog = (line) => {
      this.store.ingestLine(line);
      options.writeLog(line);
    };
  }

  /** Routes the lines of writer-less sinks here and evaluates every `everyMs` (the first time after one interval). */
  start(): void {
    this.#previousRoute ??= routeMetrics(this.writeLog);
    this.#timer ??= setInterval(() => this.evaluate(), this.everyMs);
  }

  /** Evaluates every local alarm at `now`, printing the transitions into and out of ALARM. */
  evaluate(now = Date.now()): Transition[] {
    const made = this.board.evaluate(now);
    for (const t of made) if (t.from === "ALARM" || t.to === "ALARM") this.#print(formatTransition(t));
    return made;
  }

  /** Stops evaluating and gives writer-less sinks back their earlier destination. */
  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    if (this.#previousRoute) routeMetrics(this.#previousRoute);
    this.#previousRoute = undefined;
  }
}
