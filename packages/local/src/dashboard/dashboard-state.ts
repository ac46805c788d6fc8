// What /dashboard/state answers and the page draws: the streams and groups read live from Redis, the jobs' last
// runs, every catalog alarm with the local board's state, and the last hour of the stream charts from the store.
import type { RedisClient } from "@sluice/streams";
import { type AlarmRow, alarmStates } from "./alarm-rows.ts";
import { type HourCharts, hourCharts } from "./hour-charts.ts";
import { type JobRow, jobRows } from "./job-rows.ts";
import type { LocalAlarms } from "./local-alarms.ts";
import { readStreamRows, type StreamRow } from "./stream-rows.ts";

export interface DashboardSources {
  client: RedisClient;
  /** The store, the board and the catalog. */
  alarms: LocalAlarms;
  /** The scheduled jobs by their Job dimension (functions/jobs/job-table.ts), with their schedules. */
  jobs: readonly { name: string; schedule: string }[];
}

export interface DashboardState extends HourCharts {
  at: number;
  streams: StreamRow[];
  /** More than the 1000 streams listed exist. */
  truncated: boolean;
  /** Why the streams could not be read (Redis down, say); the rest comes from memory and is still shown. */
  redisError: string | null;
  jobs: JobRow[];
  alarms: AlarmRow[];
  /** How often the local alarms are evaluated. */
  alarmEveryMs: number;
}

export async function buildDashboardState(
  sources: DashboardSources,
  now = Date.now(),
): Promise<DashboardState> {
  const { client, alarms, jobs } = sources;
  const read = await readStreamRows(client).then(
    (rows) => ({ ...rows, redisError: null }),
    (error: unknown) => ({ streams: [], truncated: false, redisError: String(error) }),
  );
  return {
    at: now,
    ...read,
    jobs: jobRows(alarms.store, jobs),
    alarms: alarmStates(alarms.board, alarms.catalog),
    alarmEveryMs: alarms.everyMs,
    ...hourCharts(alarms.store, now),
  };
}
