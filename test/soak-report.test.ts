// npm run soak's arithmetic and verdict (scripts/soak/soak-report.ts, soak-options.ts): slopes per 10 minutes from
// the samples after the warm-up only, each target checked for every process and for Redis, restarts failing a run.
import { describe, expect, it } from "vitest";
import { parseSoakOptions, SOAK_TARGETS, SOAK_USAGE } from "../scripts/soak/soak-options.ts";
import {
  type ProcessSample,
  type RedisSample,
  type SoakRecord,
  slopePer10Min,
  soakReport,
} from "../scripts/soak/soak-report.ts";

const MB = 1024 * 1024;
const MINUTE = 60_000;
const options = { minutes: 30, warmupMinutes: 5, intervalSeconds: 10, rate: 100 };

/** Samples every 10 s for 30 minutes; `mbPerMinute` of growth after the warm-up, a steep climb before it. */
function processSamples(mbPerMinute: number, fdsPerMinute = 0): ProcessSample[] {
  return Array.from({ length: 181 }, (_, i) => {
    const atMs = i * 10_000;
    const minutes = atMs / MINUTE;
    const warm = Math.min(minutes, 5);
    const after = Math.max(0, minutes - 5);
    return {
      atMs,
      rssBytes: (50 + warm * 10 + after * mbPerMinute) * MB,
      heapUsedBytes: (20 + warm * 4) * MB + (i % 2) * 0.5 * MB,
      fds: 30 + Math.floor(after * fdsPerMinute),
    };
  });
}

function redisSamples(mbPerMinute: number): RedisSample[] {
  return processSamples(mbPerMinute).map(({ atMs, rssBytes }) => ({
    atMs,
    usedMemoryBytes: rssBytes / 2,
    rssBytes,
    fds: 40,
  }));
}

function record(overrides: Partial<SoakRecord> = {}): SoakRecord {
  return {
    options,
    processes: {
      api: { samples: processSamples(0), restarts: 0 },
      gateway: { samples: processSamples(0), restarts: 0 },
    },
    redis: redisSamples(0),
    load: {
      http_publish: { ok: 1000, failed: 0, reasons: {} },
      request_reply: { ok: 98, failed: 2, reasons: { "HTTP 504 requests.timeout": 2 } },
    },
    ...overrides,
  };
}

describe("slopePer10Min", () => {
  it("is the least-squares slope of the samples from fromMs on, per 10 minutes", () => {
    const samples = [0, 1, 2, 3].map((minute) => ({ atMs: minute * MINUTE, v: 100 + 3 * minute }));
    expect(slopePer10Min(samples, (s) => s.v, 0)).toBeCloseTo(30, 9);
    // Noise around a line does not move the fit the way a first-to-last difference would.
    const noisy = [0, 1, 2, 3, 4].map((minute) => ({ atMs: minute * MINUTE, v: minute % 2 === 0 ? 5 : 6 }));
    expect(slopePer10Min(noisy, (s) => s.v, 0)).toBeCloseTo(0, 9);
  });

  it("leaves out the samples before fromMs, and is null with fewer than two left", () => {
    const samples = [
      { atMs: 0, v: 0 },
      { atMs: MINUTE, v: 1000 },
      { atMs: 2 * MINUTE, v: 1000 },
    ];
    expect(slopePer10Min(samples, (s) => s.v, MINUTE)).toBe(0);
    expect(slopePer10Min(samples, (s) => s.v, 2 * MINUTE)).toBeNull();
  });
});

describe("soakReport", () => {
  it("reports each process's last figures and flat slopes after a warm-up that climbed, and passes", () => {
    const report = soakReport(record());
    expect(report.processes.api).toEqual({
      rss_mb: 100,
      rss_slope_mb_per_10min: 0,
      heap_mb: 40,
      heap_slope_mb_per_10min: expect.closeTo(0, 2),
      fds: 30,
      fds_slope_per_10min: 0,
      restarts: 0,
    });
    expect(report.redis).toMatchObject({ used_memory_mb: 50, slope_mb_per_10min: 0, fds: 40 });
    expect(report).toMatchObject({
      bench: "soak",
      minutes: 30,
      warmup_minutes: 5,
      samples: 181,
      samples_after_warmup: 151,
      errors: 2,
      pass: true,
      failures: [],
    });
  });

  it("fails on a process whose RSS grows by the target per 10 minutes, naming it", () => {
    const leaking = SOAK_TARGETS.memoryMbPer10Min / 10;
    const report = soakReport(
      record({ processes: { api: { samples: processSamples(leaking), restarts: 0 } } }),
    );
    expect(report.processes.api?.rss_slope_mb_per_10min).toBeCloseTo(SOAK_TARGETS.memoryMbPer10Min, 6);
    expect(report.pass).toBe(false);
    expect(report.failures).toEqual([expect.stringMatching(/^api RSS: 1 MB per 10 minutes/)]);
    const under = soakReport(
      record({ processes: { api: { samples: processSamples(leaking * 0.9), restarts: 0 } } }),
    );
    expect(under.pass).toBe(true);
  });

  it("fails on descriptor growth, Redis memory growth and any restart", () => {
    const report = soakReport(
      record({
        processes: { consumer: { samples: processSamples(0, 0.5), restarts: 1 } },
        redis: redisSamples(0.4),
      }),
    );
    expect(report.processes.consumer?.fds_slope_per_10min).toBeGreaterThan(4);
    expect(report.redis.slope_mb_per_10min).toBeCloseTo(2, 6);
    expect(report.failures).toEqual([
      expect.stringMatching(/^consumer descriptors: /),
      "consumer: restarted 1 time",
      expect.stringMatching(/^Redis used_memory: 2 MB/),
    ]);
  });

  it("fails without enough samples after the warm-up to fit a line", () => {
    const short = processSamples(0).slice(0, 31);
    const report = soakReport(record({ processes: { api: { samples: short, restarts: 0 } } }));
    expect(report.processes.api?.rss_slope_mb_per_10min).toBeNull();
    expect(report.pass).toBe(false);
    expect(report.failures).toContain("api RSS: no slope (fewer than two samples after the warm-up)");
  });
});

describe("parseSoakOptions", () => {
  it("defaults to 30 minutes, a 5-minute warm-up, a sample every 10 s, 100 events/s", () => {
    expect(parseSoakOptions([])).toEqual(options);
    expect(
      parseSoakOptions(["--minutes", "0.5", "--warmup-minutes", "0.1", "--interval-seconds", "2"]),
    ).toEqual({ minutes: 0.5, warmupMinutes: 0.1, intervalSeconds: 2, rate: 100 });
  });

  it("rejects a warm-up as long as the run, a bad number and unknown flags, with the usage", () => {
    expect(() => parseSoakOptions(["--minutes", "5"])).toThrow(/--warmup-minutes \(5\) must be less than/);
    expect(() => parseSoakOptions(["--rate", "fast"])).toThrow(/--rate must be a number above 0/);
    expect(() => parseSoakOptions(["--hours", "1"])).toThrow(SOAK_USAGE);
  });

  it("states the targets in its usage", () => {
    expect(SOAK_USAGE).toContain(`under ${SOAK_TARGETS.memoryMbPer10Min} MB per 10 minutes`);
    expect(SOAK_USAGE).toContain(`under ${SOAK_TARGETS.fdsPer10Min} per 10 minutes`);
  });
});
