// Used memory's trend and time to full, from the memory audit's samples of the last 6 hours. Two samples seconds
// apart, or buffers that come and go, say nothing about where memory goes: a trend needs MIN_GROWTH_SAMPLES samples
// spanning MIN_GROWTH_SPAN_MS (an hour's audits at one per 10 minutes) and a least-squares slope at least
// MIN_TREND_T standard errors from zero. Otherwise there is no estimate, only what history exists.
import { leastSquaresFit } from "../least-squares.ts";
import { formatDuration } from "../report-text.ts";
import type { MemoryGrowth } from "./memory-audit-report.ts";
import type { MemorySample } from "./memory-samples.ts";

const HOUR_MS = 3_600_000;
/** How far back the samples of a trend go. */
export const GROWTH_WINDOW_MS = 6 * HOUR_MS;
export const MIN_GROWTH_SAMPLES = 6;
export const MIN_GROWTH_SPAN_MS = 30 * 60_000;
/** |slope| / its standard error: about 1% of chance for a line through 6 points of noise, far less with more. */
const MIN_TREND_T = 3;

/** The trend of used memory over `samples` (oldest first, the current one last). */
export function memoryGrowth(samples: MemorySample[], current: MemorySample): MemoryGrowth {
  const spanMs = current.t - (samples[0]?.t ?? current.t);
  const history = { samples: samples.length, spanMs, bytesPerHour: null, timeToFullMs: null };
  if (samples.length < MIN_GROWTH_SAMPLES || spanMs < MIN_GROWTH_SPAN_MS) {
    return { basis: "not_enough_history", ...history };
  }
  const fit = leastSquaresFit(samples.map((sample) => [sample.t, sample.used]));
  if (fit === null || !(Math.abs(fit.slope) >= MIN_TREND_T * fit.slopeError)) {
    return { basis: "noise", ...history };
  }
  const growing = fit.slope > 0 && current.max > 0;
  return {
    ...history,
    basis: "fitted",
    bytesPerHour: fit.slope * HOUR_MS,
    timeToFullMs: growing ? Math.max(0, (current.max - current.used) / fit.slope) : null,
  };
}

/** What the trend rests on, in words: `31 samples over 5h 0m`. */
export function growthHistory({ samples, spanMs }: MemoryGrowth): string {
  return `${samples} sample${samples === 1 ? "" : "s"} over ${formatDuration(spanMs)}`;
}

/** Why there is no estimate, in words. */
export function noGrowthEstimate(growth: MemoryGrowth): string {
  return growth.basis === "noise"
    ? `no clear trend in ${growthHistory(growth)} (used memory moves, but not steadily)`
    : `not enough history: ${growthHistory(growth)}; an estimate needs at least ${MIN_GROWTH_SAMPLES} samples over ${formatDuration(MIN_GROWTH_SPAN_MS)}`;
}
