import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LocalAlarms, replayMetricLog } from "@sluice/local";
import {
  ALARMS,
  type AlarmSpec,
  Dimension,
  emfSink,
  MetricStore,
  routeMetrics,
  StreamMetric,
} from "@sluice/observability";
import { describe, expect, it } from "vitest";

const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 3, 6, 0, 0);
const spec = (name: string) => ALARMS.find((a) => a.name === name) as AlarmSpec;
const demo = { [Dimension.stream]: "demo", [Dimension.group]: "workers" };
const lagAge = (value: number) => [{ name: StreamMetric.lagAge, unit: "Milliseconds" as const, value }];
const clock = (at: number) => new Date(at).toTimeString().slice(0, 8);

describe("LocalAlarms (npm start's metric store and alarm board)", () => {
  it("passes every line through the store to the log, routes writer-less sinks while started, and prints only transitions into and out of ALARM", () => {
    const logged: string[] = [];
    const printed: string[] = [];
    const alarms = new LocalAlarms({
      writeLog: (line) => logged.push(line),
      print: (line) => printed.push(line),
      catalog: [spec("StreamLagAge"), spec("StreamPending"), spec("CacheMemoryHigh")],
      everyMs: 3_600_000,
      startedAt: T0,
    });
    alarms.start();
    try {
      const sink = emfSink(); // no writer: routed to the store and the log
      for (let m = 0; m < 3; m++) sink.put(demo, lagAge(400_000), T0 + m * MIN);
      alarms.writeLog('{"level":"info","msg":"batch"}');
      expect(logged).toHaveLength(4);
      expect(logged[3]).toBe('{"level":"info","msg":"batch"}');
      expect(alarms.store.series("Sluice", StreamMetric.lagAge).map((s) => s.minutes.size)).toEqual([3]);

      // Two whole minutes so far: OK (from no data, not printed; StreamPending too).
      expect(alarms.evaluate(T0 + 2 * MIN + 1).map((t) => [t.name, t.to])).toEqual([
        ["StreamLagAge", "OK"],
        ["StreamPending", "OK"],
      ]);
      expect(printed).toEqual([]);
      const tripped = T0 + 3 * MIN + 1;
      alarms.evaluate(tripped);
      sink.put(demo, lagAge(0), T0 + 3 * MIN);
      const cleared = T0 + 4 * MIN + 1;
      alarms.evaluate(cleared);
      expect(printed).toEqual([
        `${clock(tripped)}  ALARM  StreamLagAge  Breached 300000 in 3 of 3 periods of 60 s: demo/workers.`,
        `${clock(cleared)}  OK     StreamLagAge  Within the threshold (300000) over 3 of 3 periods of 60 s.`,
      ]);
      // The AWS alarm is on the board's catalog but not evaluated.
      expect(alarms.board.entries().map((e) => e.name)).toEqual(["StreamLagAge", "StreamPending"]);
    } finally {
      alarms.stop();
    }
    // Stopped: writer-less sinks write where they did before.
    const before = routeMetrics(() => undefined);
    routeMetrics(before);
    expect(before).not.toBe(alarms.writeLog);
  });

  it("replays the metric lines of an earlier run's log from a time on, skipping other lines and a cut first line", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sluice-replay-"));
    try {
      const file = join(dir, "consumer.log");
      const lines: string[] = [];
      const sink = emfSink((line) => lines.push(line));
      sink.put(demo, lagAge(1), T0 - 2 * 3_600_000);
      lines.push('{"level":"info","msg":"batch","count":3}', "not json at all");
      sink.put(demo, lagAge(2), T0);
      sink.put(demo, lagAge(3), T0 + MIN);
      await writeFile(file, `${lines.join("\n")}\n`);

      const store = new MetricStore();
      expect(await replayMetricLog(file, store, T0 - 3_600_000)).toBe(2);
      const [series] = store.series("Sluice", StreamMetric.lagAge);
      expect([...(series?.minutes.keys() ?? [])]).toEqual([T0, T0 + MIN]);
      // From the middle of the file: the line the window starts in is a tail, left out.
      const last = lines.at(-1) as string;
      expect(await replayMetricLog(file, new MetricStore(), 0, last.length + 10)).toBe(1);
      expect(await replayMetricLog(join(dir, "none.log"), new MetricStore(), 0)).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
