// `npm run bench -- lake-row-groups [--events N] [--quick]`: how the lake's row-group size shows to a reader. The
// same generated Bluesky events (seed `bench`) are written by the lake's ParquetFileWriter into one file per table
// with 10,000, 25,000, 50,000 and 100,000-row groups, then DuckDB runs the same scan/aggregate queries over each set,
// the sets taking turns, warm, and reports the median time of each. docs/lake.md sizes the writer's row groups by it.
import { mkdir, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import type { LakeRow } from "@sluice/lake";
import { fileSink, type LakeTable, ParquetFileWriter } from "@sluice/lake";
import { BSKY_TABLES, type BskyEventType } from "@sluice/lake/bsky";
import { BskyModel } from "../generate/bsky-model.ts";
import { UsageError } from "../usage-error.ts";
import { inRounds, medianOf } from "./rounds.ts";

const USAGE = "usage: npm run bench -- lake-row-groups [--events N] [--quick]";
const SIZES = [10_000, 25_000, 50_000, 100_000] as const;
const REPEATS = 7;
const START_US = Date.parse("2025-06-01T00:00:00Z") * 1000;

/** Reader queries: a time aggregate, a group-by over a string column, a text scan with a filter. */
const QUERIES: Record<string, (dir: string) => string> = {
  likes_per_minute: (dir) =>
    `SELECT date_trunc('minute', event_time) AS m, count(*) FROM '${dir}/like_v1.parquet' GROUP BY 1 ORDER BY 1`,
  top_likers: (dir) =>
    `SELECT did, count(*) AS n FROM '${dir}/like_v1.parquet' GROUP BY did ORDER BY n DESC LIMIT 10`,
  post_text_filter: (dir) =>
    `SELECT count(*), avg(length(text)) FROM '${dir}/post_v1.parquet' WHERE text ILIKE '%the%'`,
};

function parseOptions(argv: string[]): { events: number } {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { events: { type: "string" }, quick: { type: "boolean" } },
      strict: true,
    });
    const events = Number((values.events ?? (values.quick ? "300000" : "2000000")).replaceAll("_", ""));
    if (!Number.isSafeInteger(events) || events < 1) throw new Error("--events must be a positive integer");
    return { events };
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
}

/** Each table's rows of `events` generated events, in stream order. */
function generateRows(events: number): Map<LakeTable, LakeRow[]> {
  const model = new BskyModel({ seed: "bench", startUs: START_US, eventsPerSecond: 1500, accounts: 100_000 });
  const rows = new Map<LakeTable, LakeRow[]>();
  for (let i = 0; i < events; i++) {
    const { type, event } = model.next();
    const table = BSKY_TABLES[type as BskyEventType];
    const ms = Math.floor(event.time_us / 1000);
    const data = Buffer.from(JSON.stringify(event));
    const row = table.rows({ id: `${ms}-${i}`, type, contentType: table.contentType, data, time: ms });
    const list = rows.get(table) ?? [];
    list.push(row as LakeRow);
    rows.set(table, list);
  }
  return rows;
}

/** Writes each table's rows to `<dir>/<table id>.parquet` with groups of `groupRows`; returns the bytes written. */
async function writeFiles(dir: string, rows: Map<LakeTable, LakeRow[]>, groupRows: number): Promise<number> {
  let bytes = 0;
  await mkdir(dir);
  for (const [table, list] of rows) {
    const path = join(dir, `${table.id}.parquet`);
    const file = await fileSink(path);
    const writer = new ParquetFileWriter(table, file.sink, {
      rowGroupRows: groupRows,
      rowGroupBytes: Number.MAX_SAFE_INTEGER,
    });
    for (const row of list) await writer.write(row);
    await writer.close();
    await file.close();
    bytes += (await stat(path)).size;
  }
  return bytes;
}

/** Ms of one run of each query over the files in `dir`. */
async function timeQueries(connection: DuckDBConnection, dir: string): Promise<Record<string, number>> {
  const times: Record<string, number> = {};
  for (const [name, sql] of Object.entries(QUERIES)) {
    const started = performance.now();
    await connection.runAndReadAll(sql(dir));
    times[name] = performance.now() - started;
  }
  return times;
}

export async function run(argv: string[]): Promise<void> {
  const { events } = parseOptions(argv);
  const rows = generateRows(events);
  const counts = Object.fromEntries([...rows].map(([table, list]) => [table.id, list.length]));
  console.log(
    `lake row groups: ${events.toLocaleString("en-US")} events, rows per table ${JSON.stringify(counts)}`,
  );
  const root = await mkdtemp(join(tmpdir(), "sluice-lake-row-groups-"));
  const db = await DuckDBInstance.create(":memory:");
  const connection = await db.connect();
  try {
    const bytes: Record<string, number> = {};
    for (const size of SIZES) bytes[size] = await writeFiles(join(root, String(size)), rows, size);
    // The sizes take turns (rounds.ts), so the machine's noise falls on all alike; the first round warms the cache.
    const runs = await inRounds(
      REPEATS + 1,
      Object.fromEntries(
        SIZES.map((size) => [size, () => timeQueries(connection, join(root, String(size)))]),
      ),
      () => {},
    );
    const results: Record<string, { bytes: number; ms: Record<string, number> }> = {};
    for (const size of SIZES) {
      const timed = (runs[size] as Record<string, number>[]).slice(1);
      const ms = Object.fromEntries(
        Object.keys(QUERIES).map((name) => [
          name,
          Math.round(medianOf(timed, (t) => t[name] as number) * 10) / 10,
        ]),
      );
      console.log(
        `${size.toLocaleString("en-US")}-row groups: ${bytes[size]?.toLocaleString("en-US")} bytes, ${JSON.stringify(ms)} ms`,
      );
      results[size] = { bytes: bytes[size] as number, ms };
    }
    console.log(JSON.stringify({ bench: "lake-row-groups", events, row_counts: counts, results }));
  } finally {
    connection.closeSync();
    db.closeSync();
    await rm(root, { recursive: true, force: true });
  }
}
