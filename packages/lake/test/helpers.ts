import { DuckDBInstance } from "@duckdb/node-api";
import type { StreamEntry } from "@sluice/streams";

/** A stream entry carrying `event` as JSON, added to Redis at `ms`. */
export function entry(type: string, event: unknown, ms: number, seq = 0): StreamEntry {
  return {
    id: `${ms}-${seq}`,
    type,
    contentType: "application/json",
    data: Buffer.from(typeof event === "string" ? event : JSON.stringify(event)),
    time: ms,
  };
}

/** Runs SQL in a fresh in-memory DuckDB (an independent Parquet reader); rows as JSON-safe objects. */
export async function query(sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(":memory:");
  const connection = await db.connect();
  try {
    const reader = await connection.runAndReadAll(`SET TimeZone = 'UTC'; ${sql}`);
    return reader.getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    db.closeSync();
  }
}
