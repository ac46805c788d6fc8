// A job's log line as the package builds it from a report: level and message first, then what an operator reads.

export interface LogEntry {
  level: "info" | "warn" | "error";
  msg: string;
  [field: string]: unknown;
}
