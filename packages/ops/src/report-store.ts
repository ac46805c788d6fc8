// Where the audits and reports go: each run's JSON and readable summary under
// reports/<kind>/<yyyy>/<mm>/<dd>/<time>.json|.txt, and the newest of each kind again at reports/<kind>/latest.json
// and latest.txt, so an operator (or a dashboard) finds the current one without listing. Encrypted by S3 (SSE-S3).
import type { S3Client } from "@aws-sdk/client-s3";
import { putObject } from "./put-object.ts";

export type ReportKind = "memory-audit" | "config-audit" | "capacity" | "native-snapshot";

export interface ReportLocation {
  client: S3Client;
  bucket: string;
  /** Key prefix, e.g. `` or `sluice/` (default empty). */
  prefix?: string;
}

export class ReportStore {
  readonly #location: ReportLocation;

  constructor(location: ReportLocation) {
    this.#location = location;
  }

  /** The report's JSON key for a run at `at` (epoch ms). */
  reportKey(kind: ReportKind, at: number): string {
    const iso = new Date(at).toISOString();
    const [year, month, day] = iso.slice(0, 10).split("-");
    return `${this.#location.prefix ?? ""}reports/${kind}/${year}/${month}/${day}/${iso.replace(/[:.]/g, "")}.json`;
  }

  latestKey(kind: ReportKind): string {
    return `${this.#location.prefix ?? ""}reports/${kind}/latest.json`;
  }

  /** Writes the run's JSON and summary, then the latest copies; resolves to the run's JSON key. */
  async put(kind: ReportKind, at: number, report: unknown, summary: string): Promise<string> {
    const key = this.reportKey(kind, at);
    const json = `${JSON.stringify(report, null, 2)}\n`;
    const text = summary.endsWith("\n") ? summary : `${summary}\n`;
    const latest = this.latestKey(kind);
    await Promise.all([this.#put(key, json, "application/json"), this.#put(txt(key), text, "text/plain")]);
    await Promise.all([
      this.#put(latest, json, "application/json"),
      this.#put(txt(latest), text, "text/plain"),
    ]);
    return key;
  }

  #put(key: string, body: string, type: string): Promise<void> {
    const { client, bucket } = this.#location;
    return putObject(client, bucket, key, body, `${type}; charset=utf-8`);
  }
}

const txt = (jsonKey: string) => jsonKey.replace(/\.json$/, ".txt");
