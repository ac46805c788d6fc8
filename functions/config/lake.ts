// The lake writer's configuration (functions/jobs/lake-writer.ts, npm start): Redis as redis.ts finds it, the bucket
// from the `Lake` link (else SLUICE_LAKE_BUCKET), and the writer's settings from SLUICE_LAKE_* variables.
import { availableParallelism } from "node:os";
import { LAKE_STREAMS, MAX_S3_FILE_ESTIMATE } from "@sluice/lake";
import { assertGroupName, type Durability } from "@sluice/streams";
import { bucketName, durability, invalid, oneOf, positiveInteger, streamList, text } from "./env.ts";
import { withRedis } from "./redis.ts";
import { linkedBucket } from "./resource.ts";

interface LakeSettings {
  bucket: string;
  /** A local S3-compatible server (npm start); undefined: AWS S3 of the function's region. */
  s3Endpoint: string | undefined;
  streams: string[];
  group: string;
  /** How long a run may take at most (the 5-minute schedule wants each batch done within 4 minutes). */
  budgetMs: number;
  /** Stop this long before the invocation would time out. */
  timeoutEarlyMs: number;
  partitionBy: "event" | "arrival";
  maxFileRows: number;
  maxFileBytes: number;
  threads: number;
  /** Range records and commits confirmed by a replica (docs/lake.md); false unless SLUICE_LAKE_DURABILITY=replicated. */
  durable: Durability;
}

/**
 * SLUICE_LAKE_BUCKET (when no `Lake` bucket is linked), SLUICE_S3_ENDPOINT (a local S3 server), SLUICE_LAKE_STREAMS
 * (default: the streams of every table family, LAKE_STREAMS), SLUICE_LAKE_GROUP (default `lake`),
 * SLUICE_LAKE_BUDGET_MS (default 240000), SLUICE_TIMEOUT_EARLY_MS (default 1500), SLUICE_LAKE_PARTITION_BY (`event`,
 * the default, or `arrival`),
 * SLUICE_LAKE_MAX_FILE_ROWS (default 1000000), SLUICE_LAKE_MAX_FILE_BYTES (default 268435456, at most 1789569706) and
 * SLUICE_LAKE_THREADS (encoder threads, default one per core) and SLUICE_LAKE_DURABILITY (`replicated`: each range
 * record and commit waits for a replica, WAIT 1 with a 1 s timeout; `none`, the default).
 */
export const loadLakeConfig = withRedis(
  (env, linkedLake: string | null = linkedBucket("Lake")): LakeSettings => {
    const bucket = bucketName(env, linkedLake, "SLUICE_LAKE_BUCKET", "Lake");
    const maxFileBytes = positiveInteger(env, "SLUICE_LAKE_MAX_FILE_BYTES") ?? 256 * 1024 * 1024;
    if (maxFileBytes > MAX_S3_FILE_ESTIMATE) {
      throw invalid(
        `SLUICE_LAKE_MAX_FILE_BYTES must be at most ${MAX_S3_FILE_ESTIMATE} (what keeps a file within one S3 CopyObject's 5 GiB), got ${maxFileBytes}`,
        "SLUICE_LAKE_MAX_FILE_BYTES",
      );
    }
    const group = text(env, "SLUICE_LAKE_GROUP") ?? "lake";
    try {
      assertGroupName("group", group);
    } catch (error) {
      throw invalid(`SLUICE_LAKE_GROUP: ${(error as Error).message}`, "SLUICE_LAKE_GROUP");
    }
    return {
      bucket,
      s3Endpoint: text(env, "SLUICE_S3_ENDPOINT"),
      streams: streamList(env, "SLUICE_LAKE_STREAMS", LAKE_STREAMS.join(",")),
      group,
      budgetMs: positiveInteger(env, "SLUICE_LAKE_BUDGET_MS") ?? 240_000,
      timeoutEarlyMs: positiveInteger(env, "SLUICE_TIMEOUT_EARLY_MS") ?? 1500,
      partitionBy: oneOf(env, "SLUICE_LAKE_PARTITION_BY", ["event", "arrival"]) ?? "event",
      maxFileRows: positiveInteger(env, "SLUICE_LAKE_MAX_FILE_ROWS") ?? 1_000_000,
      maxFileBytes,
      threads: positiveInteger(env, "SLUICE_LAKE_THREADS") ?? availableParallelism(),
      durable: durability(env, "SLUICE_LAKE_DURABILITY"),
    };
  },
);
