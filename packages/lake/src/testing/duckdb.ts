// DuckDB, a Parquet reader independent of the writer's library, for tests that read the lake back.
import { DuckDBInstance } from "@duckdb/node-api";

/** Runs SQL in a fresh in-memory DuckDB; rows as JSON-safe objects. */
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
