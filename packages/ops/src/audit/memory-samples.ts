// The memory audit's history: one compact sample per audit in a Redis list, newest first, kept for about eight
// days at one audit every 10 minutes. Growth rates, time-to-full and the capacity report are worked out from it.
import { type RedisClient, typed } from "@sluice/streams";

export const MEMORY_SAMPLES_KEY = "sluice:ops:memory-samples";
/** Samples kept: eight days at one per 10 minutes is 1152. */
export const MEMORY_SAMPLES_KEPT = 1200;

export interface StreamSample {
  bytes: number;
  length: number;
  /** The stream's entries-added counter. */
  added: number;
  /** Each group's entries-read counter (null when Redis cannot tell). */
  read: Record<string, number | null>;
}

export interface MemorySample {
  /** When the audit took it, epoch ms. */
  t: number;
  /** used_memory summed over the masters. */
  used: number;
  /** maxmemory summed over the masters; 0 when any of them has none. */
  max: number;
  /** By stream key. */
  streams: Record<string, StreamSample>;
}

export interface SampleListOptions {
  /** Default MEMORY_SAMPLES_KEY. */
  key?: string;
}

const PAGE = 100;

/** Pushes a sample and trims the list to the newest `kept`; fails as Redis does (out of memory under noeviction). */
export async function recordMemorySample(
  redis: RedisClient,
  sample: MemorySample,
  { key = MEMORY_SAMPLES_KEY, kept = MEMORY_SAMPLES_KEPT }: SampleListOptions & { kept?: number } = {},
): Promise<void> {
  await typed(redis.lpush(key, JSON.stringify(sample)));
  await typed(redis.ltrim(key, 0, kept - 1));
}

function parseSample(text: string): MemorySample | null {
  try {
    const sample = JSON.parse(text) as MemorySample;
    return Number.isFinite(sample.t) && Number.isFinite(sample.used) && typeof sample.streams === "object"
      ? sample
      : null;
  } catch {
    return null;
  }
}

/**
 * The samples taken at or after `since` (epoch ms; default all), oldest first. Reads from the newest back, page by
 * page, and stops at the first older sample. Entries that are not samples are skipped.
 */
export async function readMemorySamples(
  redis: RedisClient,
  { key = MEMORY_SAMPLES_KEY, since = 0 }: SampleListOptions & { since?: number } = {},
): Promise<MemorySample[]> {
  const samples: MemorySample[] = [];
  for (let start = 0; ; start += PAGE) {
    const page = await typed(redis.lrange(key, start, start + PAGE - 1));
    for (const sample of page.map(parseSample)) {
      if (sample === null) continue;
      if (sample.t < since) return samples.sort((a, b) => a.t - b.t);
      samples.push(sample);
    }
    if (page.length < PAGE) return samples.sort((a, b) => a.t - b.t);
  }
}
