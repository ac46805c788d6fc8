// The local runtime's alarm states: the catalog's local alarms evaluated on the MetricStore, each with the time it
// entered its state, and the transitions (printed by npm start, listed on its dashboard page).
import type { AlarmSpec } from "../alarms/alarm-spec.ts";
import { ALARMS } from "../alarms/catalog.ts";
import { type AlarmEvaluation, type AlarmState, evaluateAlarm, isLocal } from "./alarm-evaluation.ts";
import type { MetricStore } from "./metric-store.ts";

export interface BoardEntry extends AlarmEvaluation {
  spec: AlarmSpec;
  /** When the alarm entered its state, epoch ms. */
  since: number;
}

export interface Transition {
  name: string;
  from: AlarmState;
  to: AlarmState;
  at: number;
  reason: string;
}

export class AlarmBoard {
  readonly #store: MetricStore;
  readonly #alarms: AlarmSpec[];
  readonly #entries = new Map<string, BoardEntry>();
  readonly #transitions: Transition[] = [];

  readonly #observedSince: number;

  /** `options.observedSince`: when the metrics began (see evaluateAlarm); default: judge every period. */
  constructor(
    store: MetricStore,
    alarms: readonly AlarmSpec[] = ALARMS,
    options: { observedSince?: number } = {},
  ) {
    this.#store = store;
    this.#alarms = alarms.filter(isLocal);
    this.#observedSince = options.observedSince ?? Number.NEGATIVE_INFINITY;
  }

  /** Evaluates every local alarm at `now`; returns the transitions this evaluation made. */
  evaluate(now = Date.now()): Transition[] {
    const made: Transition[] = [];
    for (const spec of this.#alarms) {
      const before = this.#entries.get(spec.name);
      const result = evaluateAlarm(spec, this.#store, now, before?.state, this.#observedSince);
      const changed =
        before === undefined ? result.state !== "INSUFFICIENT_DATA" : before.state !== result.state;
      const since = before && !changed ? before.since : now;
      this.#entries.set(spec.name, { ...result, spec, since });
      if (changed) {
        const t = {
          name: spec.name,
          from: before?.state ?? "INSUFFICIENT_DATA",
          to: result.state,
          at: now,
          reason: result.reason,
        };
        made.push(t);
        this.#transitions.push(t);
      }
    }
    this.#transitions.splice(0, Math.max(0, this.#transitions.length - 200));
    return made;
  }

  entries(): BoardEntry[] {
    return [...this.#entries.values()];
  }

  state(name: string): AlarmState | undefined {
    return this.#entries.get(name)?.state;
  }

  /** The newest transitions last, at most 200. */
  transitions(): Transition[] {
    return [...this.#transitions];
  }
}
