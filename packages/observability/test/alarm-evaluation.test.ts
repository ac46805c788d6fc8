import {
  ALARMS,
  AlarmBoard,
  type AlarmSpec,
  Dimension,
  emfSink,
  evaluateAlarm,
  isLocal,
  JobMetric,
  MetricStore,
  percentile,
  StreamMetric,
} from "@sluice/observability";
import { describe, expect, it } from "vitest";

const byName = (name: string) => ALARMS.find((a) => a.name === name) as AlarmSpec;
const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 3, 6, 0, 0);

/** A store fed through real EMF lines, as the local runtime feeds it. */
function fed() {
  const store = new MetricStore();
  const sink = emfSink((line) => store.ingestLine(line));
  return { store, sink };
}

const group = (stream: string, name: string) => ({ [Dimension.stream]: stream, [Dimension.group]: name });

describe("local alarm evaluation (CloudWatch's rules on the emitted metrics)", () => {
  it("trips a grouped stream alarm on the one group that breaches, leaves the batch groups out, and clears", () => {
    const { store, sink } = fed();
    const spec = byName("StreamLagAge");
    for (let m = 0; m < 4; m++) {
      sink.put(
        group("demo", "workers"),
        [{ name: StreamMetric.lagAge, unit: "Milliseconds", value: 400_000 }],
        T0 + m * MIN,
      );
      sink.put(
        group("demo", "audit"),
        [{ name: StreamMetric.lagAge, unit: "Milliseconds", value: 10 }],
        T0 + m * MIN,
      );
      sink.put(
        group("bsky", "lake"),
        [{ name: StreamMetric.lagAge, unit: "Milliseconds", value: 900_000 }],
        T0 + m * MIN,
      );
    }
    // Two whole periods breach so far: 3 of 3 needs the third.
    expect(evaluateAlarm(spec, store, T0 + 2 * MIN + 5000).state).toBe("OK");
    const tripped = evaluateAlarm(spec, store, T0 + 3 * MIN + 5000);
    expect(tripped.state).toBe("ALARM");
    expect(tripped.contributors.map((c) => [c.dimensions, c.state])).toEqual([
      [group("demo", "workers"), "ALARM"],
      [group("demo", "audit"), "OK"],
    ]);
    expect(tripped.reason).toBe("Breached 300000 in 3 of 3 periods of 60 s: demo/workers.");
    sink.put(
      group("demo", "workers"),
      [{ name: StreamMetric.lagAge, unit: "Milliseconds", value: 0 }],
      T0 + 4 * MIN,
    );
    expect(evaluateAlarm(spec, store, T0 + 5 * MIN + 1).state).toBe("OK");
  });

  it("treats missing periods as the alarm says: a stopped job breaches its freshness alarm", () => {
    const { store, sink } = fed();
    const spec = byName("BackupIncrementsStale");
    const ran = (at: number) =>
      sink.put(
        { [Dimension.job]: "increments" },
        [{ name: JobMetric.succeeded, unit: "Count", value: 1 }],
        at,
      );
    for (let m = 0; m < 6; m++) ran(T0 + m * MIN + 1000);
    expect(evaluateAlarm(spec, store, T0 + 6 * MIN).state).toBe("OK");
    // Stopped after minute 5: four empty periods still leave the success of minute 5 in the window of five.
    expect(evaluateAlarm(spec, store, T0 + 10 * MIN).state).toBe("OK");
    expect(evaluateAlarm(spec, store, T0 + 11 * MIN).state).toBe("ALARM");
    // Another job's successes do not count.
    sink.put(
      { [Dimension.job]: "snapshot" },
      [{ name: JobMetric.succeeded, unit: "Count", value: 1 }],
      T0 + 11 * MIN,
    );
    expect(evaluateAlarm(spec, store, T0 + 12 * MIN).state).toBe("ALARM");
    ran(T0 + 12 * MIN);
    expect(evaluateAlarm(spec, store, T0 + 13 * MIN).state).toBe("OK");
  });

  it("computes percentiles from the values of the app-wide rollup series", () => {
    const { store, sink } = fed();
    const spec = byName("ProduceToAckP99");
    const values = Array.from({ length: 100 }, (_, i) => (i < 98 ? 100 : 9000));
    for (let p = 0; p < 3; p++) {
      sink.put(
        group("demo", "workers"),
        [{ name: StreamMetric.produceToAck, unit: "Milliseconds", value: values }],
        T0 + p * 300_000,
        {
          rollup: true,
        },
      );
    }
    expect(percentile(values, 99)).toBe(9000);
    expect(percentile(values, 90)).toBe(100);
    expect(evaluateAlarm(spec, store, T0 + 15 * MIN).state).toBe("ALARM");
    const quiet = fed();
    for (let p = 0; p < 3; p++)
      quiet.sink.put(
        group("demo", "workers"),
        [{ name: StreamMetric.produceToAck, unit: "Milliseconds", value: [100] }],
        T0 + p * 300_000,
        {
          rollup: true,
        },
      );
    expect(evaluateAlarm(spec, quiet.store, T0 + 15 * MIN).state).toBe("OK");
  });

  it("judges no period from before the data began: a freshness alarm waits for its window", () => {
    const { store } = fed();
    const spec = byName("BackupIncrementsStale");
    expect(evaluateAlarm(spec, store, T0, "INSUFFICIENT_DATA", T0).state).toBe("INSUFFICIENT_DATA");
    expect(evaluateAlarm(spec, store, T0 + 4 * MIN, "INSUFFICIENT_DATA", T0).state).toBe("OK"); // 4 of the 5 periods
    expect(evaluateAlarm(spec, store, T0 + 5 * MIN, "INSUFFICIENT_DATA", T0).state).toBe("ALARM");
    const board = new AlarmBoard(store, ALARMS, { observedSince: T0 });
    board.evaluate(T0 + 2 * MIN);
    expect(board.state("BackupVerificationStale")).toBe("INSUFFICIENT_DATA"); // no whole hour observed yet
    expect(board.state("BackupIncrementsStale")).toBe("OK");
  });

  it("has no data to judge with missing=missing, and keeps its state with missing=ignore", () => {
    const { store } = fed();
    const base = byName("StreamPending");
    expect(evaluateAlarm({ ...base, missingData: "missing" }, store, T0).state).toBe("INSUFFICIENT_DATA");
    expect(evaluateAlarm({ ...base, missingData: "ignore" }, store, T0, "ALARM").state).toBe("ALARM");
    expect(evaluateAlarm({ ...base, missingData: "notBreaching" }, store, T0).state).toBe("OK");
  });

  it("evaluates only the app's own alarms and records transitions with their times", () => {
    expect(isLocal(byName("CacheEvictions"))).toBe(false);
    expect(() => evaluateAlarm(byName("CacheEvictions"), new MetricStore(), T0)).toThrow("CloudWatch only");
    const { store, sink } = fed();
    const board = new AlarmBoard(store);
    expect(board.entries()).toEqual([]);
    board.evaluate(T0);
    expect(board.state("CacheEvictions")).toBeUndefined();
    expect(board.state("StreamLagAge")).toBe("OK");
    expect(board.state("BackupIncrementsStale")).toBe("ALARM");
    const refused = (at: number) =>
      sink.put(
        { [Dimension.stream]: "demo", [Dimension.reason]: "out_of_memory" },
        [{ name: "PublishFailures", unit: "Count", value: 3 }],
        at,
      );
    refused(T0);
    expect(board.evaluate(T0 + MIN).map((t) => t.name)).not.toContain("PublishFailures"); // 1 minute of the 2 needed
    refused(T0 + MIN);
    const made = board.evaluate(T0 + 2 * MIN);
    expect(made).toContainEqual({
      name: "PublishFailures",
      from: "OK",
      to: "ALARM",
      at: T0 + 2 * MIN,
      reason: "Breached 0 in 2 of 3 periods of 60 s: demo/out_of_memory.",
    });
    expect(board.entries().find((e) => e.name === "PublishFailures")?.since).toBe(T0 + 2 * MIN);
    expect(board.evaluate(T0 + 4 * MIN).map((t) => [t.name, t.to])).toEqual([["PublishFailures", "OK"]]);
  });

  it("ignores lines that are not EMF and forgets minutes past its retention", () => {
    const store = new MetricStore({ retentionMs: 10 * MIN });
    expect(store.ingestLine('{"level":"info","msg":"hello"}')).toBe(false);
    expect(store.ingestLine('{"_aws": broken')).toBe(false);
    store.add("Sluice", "X", {}, [1], T0);
    store.add("Sluice", "X", {}, [2], T0 + 20 * MIN);
    expect([...(store.series("Sluice", "X")[0]?.minutes.keys() ?? [])]).toEqual([T0 + 20 * MIN]);
  });
});
