// `npm run bench -- frames [--quick] [--rate R] [--seconds S] [--producer child|inline] [--pipeline-seconds S]
// [--no-search]`: the frame pipeline's costs, in one run.
// (a) ProcessedFrame in protobuf (Sluice's validating codec) against the legacy JSON with base64 images, in rounds
//     (the median of their ratios is reported);
// (b) JPEG through compressImage (its defaults) against a bare sharp call with the same encoder settings;
// (c) the transport path: three pass-through stages on the real runner against a local redis-server, a paced
//     producer in a child process offering R frames/s (default 10,000), in rounds beside its peer, the stages as
//     they were (frames-transport.ts, StageMode): delivered rate, publish-to-ack latency and CPU per frame of every
//     process (medians of the rounds); when that load is not met, a short step-down search for the highest rate
//     with p95 ≤ 50 ms;
// (d) the full pipeline with compression at saturation: frames per CPU-second of the pipeline's process, with each
//     JPEG encoder in rounds;
// (e) mozjpeg against libjpeg-turbo on the camera fixtures at −75% of their bytes: SSIM and encode time.
import type { ChildProcess } from "node:child_process";
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { DEFAULT_JPEG_ENCODER, encodeFrame, JPEG_ENCODERS } from "@sluice/frames";
import { createRedisClient } from "@sluice/streams";
import { startRedis } from "@sluice/testing";
import { UsageError } from "../usage-error.ts";
import { closeChild, forkChild, nextMessage } from "./child-process.ts";
import { CODEC_CASES, type CodecFigures, codecCase, describeCodec } from "./frames-codec.ts";
import type { FromCodecChild, ToCodecChild } from "./frames-codec-child.ts";
import { type FullFigures, fullPipelineRounds } from "./frames-full.ts";
import { describeJpeg, JPEG_SIZES, type JpegFigures, jpegCase, rawMbPerS } from "./frames-jpeg.ts";
import { compareEncoders } from "./frames-jpeg-encoders.ts";
import type { FeedFrame, FeedImage } from "./frames-protocol.ts";
import { ingestedFrame, SIZES, sceneJpeg } from "./frames-scene.ts";
import {
  type CpuPerFrame,
  cpuPerFrame,
  type StageMode,
  type TransportFigures,
  type TransportOptions,
  transportRun,
} from "./frames-transport.ts";
import { DEFAULT_ROUNDS, inRounds, medianOf, medianRatio } from "./rounds.ts";

const USAGE = `usage: npm run bench -- frames [--quick] [--rate R] [--seconds S] [--producer child|inline]
  [--pipeline-seconds S] [--no-search]`;
const LATENCY_TARGET_MS = 50;
const CPU_TARGET_US = 200;

interface Options {
  quick: boolean;
  rate: number;
  seconds: number;
  producer: TransportOptions["producer"];
  pipelineSeconds: number;
  search: boolean;
}

function parseOptions(argv: string[]): Options {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      options: {
        quick: { type: "boolean" },
        rate: { type: "string" },
        seconds: { type: "string" },
        producer: { type: "string" },
        "pipeline-seconds": { type: "string" },
        "no-search": { type: "boolean" },
      },
    }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const quick = values.quick === true;
  const positive = (flag: string, fallback: number, max: number) => {
    const raw = values[flag];
    if (typeof raw !== "string") return fallback;
    const value = Number(raw.replaceAll("_", ""));
    if (!Number.isSafeInteger(value) || value <= 0 || value > max)
      throw new UsageError(`--${flag} must be an integer from 1 to ${max}\n${USAGE}`);
    return value;
  };
  const producer = values.producer ?? "child";
  if (producer !== "child" && producer !== "inline")
    throw new UsageError(`--producer must be child or inline\n${USAGE}`);
  return {
    quick,
    rate: positive("rate", 10_000, 100_000),
    seconds: positive("seconds", quick ? 3 : 10, 60),
    producer,
    pipelineSeconds: positive("pipeline-seconds", quick ? 4 : 10, 60),
    search: values["no-search"] !== true,
  };
}

const log = (line: string) => console.log(line);
const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 0 });
const machine = () => `${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(2)}`;
const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * glibc's heap never trimmed (and blocks up to 32 MB from its heap): freed frame buffers stay mapped for the next
 * ones. The codec's protobuf rounds run once more in a child process started with it (frames-codec.ts says why).
 */
const NO_TRIM = {
  GLIBC_TUNABLES: "glibc.malloc.trim_threshold=4294967295:glibc.malloc.mmap_threshold=33554432",
};

/** The medium frame's rounds in a child process with NO_TRIM. */
async function codecNoTrimPhase(options: Options): Promise<CodecFigures[]> {
  log(`(a') the medium frame again, in a process with ${NO_TRIM.GLIBC_TUNABLES}`);
  const child = await forkChild(new URL("./frames-codec-child.ts", import.meta.url), [], NO_TRIM);
  try {
    const { medium } = await inRounds(
      options.quick ? 1 : DEFAULT_ROUNDS,
      {
        medium: async () => {
          const done = nextMessage<Extract<FromCodecChild, { type: "done" }>>(child, "done");
          child.send({
            type: "run",
            name: "medium",
            seconds: options.quick ? 0.7 : 2,
            warmupSeconds: options.quick ? 0.3 : 0.7,
          } satisfies ToCodecChild);
          const { figures } = await done;
          log(`  ${describeCodec(figures)}`);
          return figures;
        },
      },
      (line) => log(`  ${line}`),
    );
    return medium;
  } finally {
    await closeChild(child);
  }
}

/** Each size's rounds (DEFAULT_ROUNDS; 1 with --quick), in round order. */
async function codecPhase(options: Options): Promise<CodecFigures[][]> {
  log(
    "(a) ProcessedFrame encode + decode: protobuf (encodeFrame/decodeFrame, validating) vs legacy JSON + base64, " +
      "CPU time",
  );
  const rounds = await inRounds(
    options.quick ? 1 : DEFAULT_ROUNDS,
    Object.fromEntries(
      CODEC_CASES.map((spec) => [
        spec.name,
        async () => {
          const result = await codecCase(spec, options.quick ? 0.7 : 2, options.quick ? 0.3 : 0.7);
          log(`  ${describeCodec(result)}`);
          return result;
        },
      ]),
    ),
    (line) => log(`  ${line}`),
  );
  return Object.values(rounds);
}

async function jpegPhase(options: Options): Promise<JpegFigures[]> {
  const { quality } = JPEG_ENCODERS[DEFAULT_JPEG_ENCODER];
  log(
    `(b) JPEG q${quality} (${DEFAULT_JPEG_ENCODER}) of a q95 camera frame: compressImage vs bare sharp, MB/s of raw RGB (w×h×3)`,
  );
  const figures: JpegFigures[] = [];
  for (const size of JPEG_SIZES) {
    const result = await jpegCase(size, options.quick ? 1 : 4);
    log(`  ${describeJpeg(result)}`);
    figures.push(result);
  }
  return figures;
}

function describeTransport(f: TransportFigures): string[] {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const achieved = (f.feed.sent * 1000) / f.feed.sendMs;
  const us = (cpuMs: number, frames: number) => `${((cpuMs * 1000) / frames).toFixed(1)} µs`;
  const cpu =
    f.cpu.producerChildMs === undefined
      ? [`bench process (3 stages + producer) ${us(f.cpu.benchMs, f.work)}`]
      : [
          `bench process (3 stages) ${us(f.cpu.benchMs, f.work)}`,
          `producer ${us(f.cpu.producerChildMs, f.sent)}`,
        ];
  cpu.push(`redis-server ${us(f.cpu.redisMs, f.work)}`);
  const perFrame = cpuPerFrame(f);
  if (perFrame.producer !== undefined) cpu.push(`all ${perFrame.total.toFixed(1)} µs`);
  const lines = [
    `offered ${fmt(f.rate)}/s for ${f.seconds} s: producer sent ${fmt(f.sent)} at ${fmt(achieved)}/s ` +
      `(at most ${ms(f.feed.maxBehindMs)} behind schedule); delivered ${fmt(f.deliveredPerS)}/s`,
    `publish -> output_consumers XACK: p50 ${ms(f.p50)}, p95 ${f.p95LowerBound ? "≥ " : ""}${ms(f.p95)}, ` +
      `p99 ${ms(f.p99)}, max ${ms(f.max)}` +
      (f.undelivered > 0 ? ` (of delivered frames; ${fmt(f.undelivered)} not delivered in time)` : ""),
    `cpu per frame: ${cpu.join(", ")}; bench event loop delay p99 ${ms(f.eventLoopP99Ms)}; ` +
      `batches per stage ${f.batches.map(fmt).join("/")}`,
  ];
  if (f.problems.length > 0) lines.push(`problems: ${f.problems.join("; ")}`);
  return lines;
}

const meets = (f: TransportFigures) =>
  f.undelivered === 0 && f.p95 <= LATENCY_TARGET_MS && f.deliveredPerS >= 0.95 * f.rate;

interface TransportPhase {
  /** The rounds at the offered rate, and the peer's (stages as they were), in round order. */
  rounds: TransportFigures[];
  rebuild: TransportFigures[];
  /** The round with the median delivered rate: the search starts from it. */
  main: TransportFigures;
  /** Highest rate found with p95 ≤ 50 ms (the offered one when it passes), undefined when none was. */
  best: TransportFigures | undefined;
}

async function transportPhase(
  options: Options,
  run: (rate: number, seconds: number, stages?: StageMode) => Promise<TransportFigures>,
): Promise<TransportPhase> {
  log(
    `(c) transport path: 320×240 compressed frames, frames.input -> frames.processed -> frames.output, ` +
      `3 pass-through stages on startConsumerHost, producer ${options.producer === "child" ? "in a child process" : "in the bench process"}`,
  );
  // Round after round, the stages as they are and as they were (the peer, StageMode "rebuild").
  const { append: rounds, rebuild } = await inRounds(
    options.quick ? 1 : DEFAULT_ROUNDS,
    Object.fromEntries(
      (["append", "rebuild"] as const).map((stages) => [
        stages,
        async () => {
          const result = await run(options.rate, options.seconds, stages);
          for (const line of describeTransport(result)) log(`  ${stages}: ${line}`);
          return result;
        },
      ]),
    ) as Record<StageMode, () => Promise<TransportFigures>>,
    (line) => log(`  ${line}`),
  );
  const byDelivered = [...rounds].sort((a, b) => a.deliveredPerS - b.deliveredPerS);
  const main = byDelivered[(byDelivered.length - 1) >> 1] as TransportFigures;
  const passed = rounds.filter(meets).length * 2 > rounds.length;
  if (passed || !options.search) return { rounds, rebuild, main, best: passed ? main : undefined };
  // From 90% of what was delivered: down by a quarter until p95 ≤ 50 ms, then up by a quarter (or halfway to the
  // lowest failing rate) until it fails, while the bracket is wider than 10%. A few short runs: a bracket, not a proof.
  const seconds = options.quick ? 2 : 4;
  const step = (rate: number) => Math.max(100, Math.round(rate / 100) * 100);
  let best: TransportFigures | undefined;
  let lowestFailed = main.rate;
  let rate = step(Math.min(0.9 * main.deliveredPerS, 0.8 * main.rate));
  for (let tries = 0; tries < (options.quick ? 4 : 5); tries++) {
    const result = await run(rate, seconds);
    log(`  search: ${describeTransport(result).slice(0, 2).join("; ")}`);
    if (meets(result)) best = result;
    else lowestFailed = Math.min(lowestFailed, rate);
    const next =
      best === undefined
        ? step(Math.min(0.9 * result.deliveredPerS, 0.75 * rate))
        : step(Math.min(1.25 * best.rate, (best.rate + lowestFailed) / 2));
    const narrow = best !== undefined && lowestFailed - best.rate <= 0.1 * best.rate;
    if (narrow || next === rate || (best !== undefined && (next <= best.rate || next >= lowestFailed))) break;
    rate = next;
  }
  log(
    best
      ? `  highest rate found with p95 ≤ ${LATENCY_TARGET_MS} ms: ${fmt(best.rate)}/s (p95 ${best.p95.toFixed(1)} ms)`
      : `  no rate tried kept p95 ≤ ${LATENCY_TARGET_MS} ms`,
  );
  return { rounds, rebuild, main, best };
}

function describeFull(f: FullFigures): string[] {
  return [
    `${fmt(f.completed)} frames completed in ${f.seconds.toFixed(1)} s = ${f.perS.toFixed(1)} frames/s, ` +
      `pipeline process CPU ${(f.cpuMs / 1000).toFixed(2)} s (${(f.cpuMs / 10 / f.seconds) | 0}% of a core) ` +
      `= ${f.perCore.toFixed(1)} frames/s per core`,
    `beside it: redis-server ${(f.redisMs / f.completed).toFixed(2)} ms/frame, producer ` +
      `${(f.feederMs / f.completed).toFixed(2)} ms/frame; input ${(f.inputBytes / 1000).toFixed(1)} KB q95 JPEGs`,
    `last output frame: ${f.sample}`,
  ];
}

export async function run(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  const began = performance.now();
  log(`frames bench: machine ${machine()}, node ${process.version}`);
  // JPEG first: after the codec phase's garbage, compressImage's 6 MB raw buffers cost more GC (overhead at
  // 1080p measured ~10% after it, 5-7% before it).
  const jpeg = await jpegPhase(options);
  log("(e) JPEG encoders on the 640×480 camera fixtures at −75% of their bytes: luma SSIM, encode CPU");
  const encoders = await compareEncoders({ rounds: DEFAULT_ROUNDS, reps: options.quick ? 2 : 8 }, log);
  for (const line of encoders.lines) log(`  ${line}`);
  const codec = await codecPhase(options);
  const noTrim = await codecNoTrimPhase(options);

  const server = await startRedis();
  const client = createRedisClient(server.target);
  let feeder: ChildProcess | undefined;
  try {
    const info = await server.cli("info", "server");
    log(
      `redis-server ${/redis_version:(\S+)/.exec(info)?.[1]} on ${server.host}:${server.port}, no persistence`,
    );
    const size = SIZES.qvga;
    const images = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => ({
        data: await sceneJpeg(size, { frame: i * 5, noise: 2, quality: 75, mozjpeg: true }),
        ...size,
      })),
    );
    // 16 cameras × 8 images, encoded once as ingestFrame would (the producer sends them round-robin).
    const frames: FeedFrame[] = Array.from({ length: 128 }, (_, n) => {
      const camera = `cam-${n % 16}`;
      const frame = ingestedFrame(n, camera, images[n % images.length] as FeedImage, Date.now());
      return { data: encodeFrame(frame), camera };
    });
    const imageKb = images.reduce((sum, image) => sum + image.data.length, 0) / images.length / 1000;
    const frameKb = frames.reduce((sum, frame) => sum + frame.data.length, 0) / frames.length / 1000;
    if (options.producer === "child")
      feeder = await forkChild(new URL("./frames-feed-child.ts", import.meta.url));
    const transport = await transportPhase(options, (rate, seconds, stages = "append") =>
      transportRun(
        server,
        client,
        frames,
        {
          rate,
          seconds,
          warmupSeconds: 1.5,
          drainSeconds: options.quick ? 3 : 5,
          producer: options.producer,
          stages,
        },
        feeder,
      ),
    );
    log(`  (frames: ${imageKb.toFixed(1)} KB JPEGs in ${frameKb.toFixed(1)} KB ProcessedFrames)`);

    log(
      "(d) full pipeline (startFramePipeline, default settings) at saturation, 640×480 q95 camera fixtures",
    );
    const fullRounds = await fullPipelineRounds(
      server,
      client,
      { rounds: DEFAULT_ROUNDS, warmupSeconds: options.quick ? 2 : 3, seconds: options.pipelineSeconds },
      log,
    );
    for (const [encoder, runs] of Object.entries(fullRounds.runs))
      for (const run of runs) for (const line of describeFull(run)) log(`  ${encoder}: ${line}`);

    const medium = codec.find((rounds) => rounds[0]?.name === "medium") as CodecFigures[];
    const fhd = jpeg.find((j) => j.size.width === 1920) as JpegFigures;
    const pbSize = (medium[0] as CodecFigures).pbBytes / (medium[0] as CodecFigures).jsonBytes;
    const pbSpeed = medianOf(medium, (c) => c.speedRatio);
    const cpuTotal = medianOf(transport.rounds, (r) => cpuPerFrame(r).total);
    const overhead = fhd.overhead;
    log(
      `summary: pb_size_vs_json and pb_speed_vs_json are the medium (1280×720) frame's (speed: median over rounds of the median of the pairs' CPU time ratios); jpeg_1080p_mb_s and ` +
        `overhead_vs_sharp are 1920×1080's (median time; median of the pairs' time ratios); pipeline_fps, pipeline_p95_ms and cpu_us_per_frame* ` +
        `are medians of the rounds at the offered ${fmt(options.rate)}/s`,
    );
    log(
      `targets: protobuf ≥ 25% smaller ${pbSize <= 0.75 ? "met" : "MISSED"} (${round((1 - pbSize) * 100, 1)}%), ` +
        `≥ 3× faster ${pbSpeed >= 3 ? "met" : "MISSED"} (${pbSpeed.toFixed(2)}×); ` +
        `compressImage overhead ≤ 10% ${overhead <= 0.1 ? "met" : "MISSED"} (${(overhead * 100).toFixed(1)}%); ` +
        `transport CPU ≤ ${CPU_TARGET_US} µs per frame at the offered rate ${cpuTotal <= CPU_TARGET_US ? "met" : "MISSED"} (${cpuTotal.toFixed(1)} µs); ` +
        `${fmt(options.rate)} frames/s with p95 ≤ ${LATENCY_TARGET_MS} ms ${transport.best?.rate === options.rate ? "met" : "MISSED"}`,
    );
    log(`run time ${((performance.now() - began) / 1000).toFixed(1)} s; machine: ${machine()}`);
    const perSize = (pick: (c: CodecFigures) => number) =>
      Object.fromEntries(codec.map((rounds) => [rounds[0]?.name, round(medianOf(rounds, pick), 3)]));
    const { rounds, rebuild, best } = transport;
    const cpuOf = (pick: (c: CpuPerFrame) => number | undefined, of = rounds) => {
      const values = of.map((r) => pick(cpuPerFrame(r)));
      return values.every((v) => v !== undefined)
        ? round(
            medianOf(values, (v) => v),
            1,
          )
        : null;
    };
    console.log(
      JSON.stringify({
        bench: "frames",
        pb_size_vs_json: round(pbSize, 3),
        pb_speed_vs_json: round(pbSpeed, 2),
        pb_speed_vs_json_no_trim: round(
          medianOf(noTrim, (c) => c.speedRatio),
          2,
        ),
        pb_faults_per_frame: round(
          medianOf(medium, (c) => c.pbFaultsPerFrame),
          1,
        ),
        jpeg_1080p_mb_s: round(rawMbPerS(fhd.size, fhd.oursS), 1),
        overhead_vs_sharp: round(overhead, 3),
        pipeline_fps: Math.round(medianOf(rounds, (r) => r.deliveredPerS)),
        pipeline_p95_ms: round(
          medianOf(rounds, (r) => r.p95),
          1,
        ),
        cpu_us_per_frame: cpuOf((c) => c.total),
        cpu_us_per_frame_producer: cpuOf((c) => c.producer),
        cpu_us_per_frame_stages: cpuOf((c) => c.stages),
        cpu_us_per_frame_redis: cpuOf((c) => c.redis),
        cpu_us_per_frame_rebuild: cpuOf((c) => c.total, rebuild),
        cpu_us_per_frame_rebuild_stages: cpuOf((c) => c.stages, rebuild),
        cpu_us_per_frame_rebuild_redis: cpuOf((c) => c.redis, rebuild),
        cpu_vs_rebuild: round(
          medianRatio(rounds, rebuild, (a, b) => cpuPerFrame(a).total / cpuPerFrame(b).total),
          3,
        ),
        offered_fps: options.rate,
        producer: options.producer,
        pipeline_p95_lower_bound: rounds.some((r) => r.p95LowerBound),
        pipeline_undelivered: Math.round(medianOf(rounds, (r) => r.undelivered)),
        pipeline_max_fps_p95_50ms: best?.rate ?? null,
        pipeline_max_fps_p95_ms: best ? round(best.p95, 1) : null,
        cpu_us_per_frame_at_max_fps: best ? round(cpuPerFrame(best).total, 1) : null,
        full_pipeline_fps: round(
          medianOf(fullRounds.runs[DEFAULT_JPEG_ENCODER], (f) => f.perS),
          1,
        ),
        pb_size_vs_json_by_size: perSize((c) => c.pbBytes / c.jsonBytes),
        pb_speed_vs_json_by_size: perSize((c) => c.speedRatio),
        pb_fps_by_size: perSize((c) => Math.round(c.pbPerS)),
        json_fps_by_size: perSize((c) => Math.round(c.jsonPerS)),
        overhead_vs_sharp_by_size: Object.fromEntries(
          jpeg.map((j) => [`${j.size.width}x${j.size.height}`, round(j.overhead, 3)]),
        ),
        full_frames_per_s_per_core: round(fullRounds.perCore[DEFAULT_JPEG_ENCODER], 1),
        full_frames_per_s_per_core_mozjpeg: round(fullRounds.perCore.mozjpeg, 1),
        jpeg_mozjpeg_ms: round(encoders.encoders.mozjpeg.encodeMs, 2),
        jpeg_turbo_ms: round(encoders.encoders["libjpeg-turbo"].encodeMs, 2),
        jpeg_mozjpeg_ssim: round(encoders.encoders.mozjpeg.ssim, 4),
        jpeg_turbo_ssim: round(encoders.encoders["libjpeg-turbo"].ssim, 4),
        jpeg_ssim_gap: round(
          Math.abs(encoders.encoders["libjpeg-turbo"].ssim - encoders.encoders.mozjpeg.ssim),
          4,
        ),
        jpeg_mozjpeg_quality: encoders.encoders.mozjpeg.quality,
        jpeg_turbo_quality: encoders.encoders["libjpeg-turbo"].quality,
        jpeg_decode_ms: round(encoders.decodeMs, 2),
        jpeg_size_reduction: round(encoders.defaultReduction, 3),
        jpeg_default: DEFAULT_JPEG_ENCODER,
        run_s: round((performance.now() - began) / 1000, 1),
      }),
    );
  } finally {
    if (feeder) await closeChild(feeder);
    client.disconnect();
    await server.stop();
  }
}
