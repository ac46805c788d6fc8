// Part (e) of the frames bench: sharp's two JPEG encoders (jpeg-encoders.ts: mozjpeg, and libjpeg-turbo's baseline
// path with optimised Huffman tables) on the fixed camera fixtures (640×480 q95 JPEGs, @sluice/frames/testing), at
// the seed's size: for each encoder the highest quality that takes the set to −75% of its bytes, the luma SSIM
// there (against the decoded camera frame), and its encode time at that quality, in rotating rounds (inRounds). The
// default encoder is held to the same bound through compressImage itself.
import {
  compressImage,
  DEFAULT_JPEG_ENCODER,
  decodeImage,
  JPEG_ENCODERS,
  type JpegEncoderName,
  type RawImage,
} from "@sluice/frames";
import { CAMERA_FIXTURES, cameraJpeg } from "@sluice/frames/testing/camera-fixtures";
import { lumaSsim } from "@sluice/frames/testing/ssim";
import sharp from "sharp";
import { inRounds, medianOf } from "./rounds.ts";

/** The seed's size target: the compressed set at most a quarter of the cameras' bytes. */
export const TARGET_RATIO = 0.25;
/** Equal quality: luma SSIM within this of each other. */
export const SSIM_TOLERANCE = 0.01;

interface Fixture {
  name: string;
  jpeg: Buffer;
  raw: RawImage;
}

export interface EncoderFigures {
  encoder: JpegEncoderName;
  /** The highest quality at which the set is at most TARGET_RATIO of the input bytes. */
  quality: number;
  /** Output bytes / input bytes over the set, at that quality. */
  ratio: number;
  /** Mean luma SSIM over the fixtures, at that quality. */
  ssim: number;
  /** Median over the rounds of the CPU ms (all threads of this process) per 640×480 encode from raw pixels. */
  encodeMs: number;
}

export interface EncoderComparison {
  encoders: Record<JpegEncoderName, EncoderFigures>;
  /** Median CPU ms of a checked decode of one fixture (decodeImage): the other half of compressImage. */
  decodeMs: number;
  /** compressImage with no options over the set: 1 − output bytes / input bytes. */
  defaultReduction: number;
  /** The faster encoder whose SSIM is within SSIM_TOLERANCE of the other's (both meet the size by construction). */
  fastest: JpegEncoderName;
  lines: string[];
}

const encode = (raw: RawImage, encoder: JpegEncoderName, quality: number) =>
  sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: raw.channels as 1 | 3 } })
    .jpeg({ ...JPEG_ENCODERS[encoder].options, quality })
    .toBuffer();

async function setRatio(fixtures: Fixture[], encoder: JpegEncoderName, quality: number): Promise<number> {
  let [input, output] = [0, 0];
  for (const fixture of fixtures) {
    input += fixture.jpeg.length;
    output += (await encode(fixture.raw, encoder, quality)).length;
  }
  return output / input;
}

/** Binary search of the highest quality meeting TARGET_RATIO (the set's size grows with the quality). */
async function qualityForTarget(fixtures: Fixture[], encoder: JpegEncoderName): Promise<number> {
  let [low, high] = [10, 95]; // low fits (checked below), high is the first known not to
  if ((await setRatio(fixtures, encoder, low)) > TARGET_RATIO) return low;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if ((await setRatio(fixtures, encoder, mid)) <= TARGET_RATIO) low = mid;
    else high = mid;
  }
  return low;
}

/** CPU ms per operation of `work` over `reps` passes over the fixtures, one call at a time. */
async function cpuMsPer(fixtures: Fixture[], reps: number, work: (fixture: Fixture) => Promise<unknown>) {
  const started = process.cpuUsage();
  for (let rep = 0; rep < reps; rep++) for (const fixture of fixtures) await work(fixture);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000 / (reps * fixtures.length);
}

export async function compareEncoders(
  options: { rounds: number; reps: number },
  log: (line: string) => void,
): Promise<EncoderComparison> {
  const fixtures: Fixture[] = [];
  for (const fixture of CAMERA_FIXTURES) {
    const jpeg = await cameraJpeg(fixture);
    fixtures.push({ name: fixture.name, jpeg, raw: await decodeImage(jpeg) });
  }
  const inputBytes = fixtures.reduce((sum, f) => sum + f.jpeg.length, 0);
  log(
    `  fixtures: ${fixtures.map((f) => `${f.name} ${(f.jpeg.length / 1000).toFixed(1)} KB`).join(", ")} ` +
      `(640×480 q95 libjpeg-turbo 4:2:0)`,
  );
  const names = Object.keys(JPEG_ENCODERS) as JpegEncoderName[];
  const settings = {} as Record<JpegEncoderName, { quality: number; ratio: number; ssim: number }>;
  for (const encoder of names) {
    const quality = await qualityForTarget(fixtures, encoder);
    let [output, ssimSum] = [0, 0];
    const perFixture: string[] = [];
    for (const fixture of fixtures) {
      const out = await encode(fixture.raw, encoder, quality);
      const ssim = await lumaSsim(fixture.jpeg, out);
      output += out.length;
      ssimSum += ssim;
      perFixture.push(`${fixture.name} ${(out.length / fixture.jpeg.length).toFixed(3)}/${ssim.toFixed(4)}`);
    }
    settings[encoder] = { quality, ratio: output / inputBytes, ssim: ssimSum / fixtures.length };
    log(
      `  ${encoder}: q${quality} takes the set to ${(output / inputBytes).toFixed(3)} of its bytes, luma SSIM ` +
        `${(ssimSum / fixtures.length).toFixed(4)} (ratio/SSIM per fixture: ${perFixture.join(", ")})`,
    );
  }
  const timed = await inRounds(
    options.rounds,
    Object.fromEntries(
      names.map((encoder) => [
        encoder,
        async () => {
          const { quality } = settings[encoder];
          await encode((fixtures[0] as Fixture).raw, encoder, quality); // warm
          return cpuMsPer(fixtures, options.reps, (f) => encode(f.raw, encoder, quality));
        },
      ]),
    ) as Record<JpegEncoderName, () => Promise<number>>,
    (line) => log(`  ${line}`),
  );
  const decodeMs = await cpuMsPer(fixtures, options.reps, (f) => decodeImage(f.jpeg));
  const encoders = Object.fromEntries(
    names.map((encoder) => [
      encoder,
      { encoder, ...settings[encoder], encodeMs: medianOf(timed[encoder], (ms) => ms) },
    ]),
  ) as Record<JpegEncoderName, EncoderFigures>;

  let defaultBytes = 0;
  for (const fixture of fixtures) defaultBytes += (await compressImage(fixture.jpeg)).compressedBytes;
  const [a, b] = names.map((name) => encoders[name]) as [EncoderFigures, EncoderFigures];
  const matched = Math.abs(a.ssim - b.ssim) <= SSIM_TOLERANCE;
  const faster = a.encodeMs <= b.encodeMs ? a : b;
  // At matched SSIM the faster wins; otherwise the one with the higher SSIM is the only one at the other's quality.
  const fastest = matched ? faster.encoder : (a.ssim > b.ssim ? a : b).encoder;
  const lines = [
    ...names.map((name) => {
      const e = encoders[name];
      return `${name} q${e.quality}: encode ${e.encodeMs.toFixed(2)} ms CPU per frame (median of ${options.rounds} rounds)`;
    }),
    `decode (checked, to raw RGB) ${decodeMs.toFixed(2)} ms CPU per frame; SSIM ${a.ssim.toFixed(4)} vs ` +
      `${b.ssim.toFixed(4)}: ${matched ? "matched" : "NOT matched"} (within ${SSIM_TOLERANCE}); ` +
      `${a.encoder === faster.encoder ? b.encoder : a.encoder} / ${faster.encoder} time ` +
      `${(Math.max(a.encodeMs, b.encodeMs) / Math.min(a.encodeMs, b.encodeMs)).toFixed(1)}×`,
    `choice: ${fastest}; compressImage's default ${DEFAULT_JPEG_ENCODER} q${JPEG_ENCODERS[DEFAULT_JPEG_ENCODER].quality} ` +
      `${fastest === DEFAULT_JPEG_ENCODER ? "agrees" : "DISAGREES"}, and takes the set to ` +
      `${(defaultBytes / inputBytes).toFixed(3)} of its bytes (${((1 - defaultBytes / inputBytes) * 100).toFixed(1)}%)`,
  ];
  return { encoders, decodeMs, defaultReduction: 1 - defaultBytes / inputBytes, fastest, lines };
}
