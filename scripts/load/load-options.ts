import { parseArgs } from "node:util";
import type { Environment } from "../../functions/config/env.ts";
import { readDevToken } from "../start/dev-token.ts";
import { localDir } from "../start/local-dir.ts";
import { UsageError } from "../usage-error.ts";

export interface LoadOptions {
  mode: "sequential" | "concurrent";
  url: URL;
  count: number;
  concurrency: number;
  route: string;
  body: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token: string;
  timeoutMs: number;
}

export const LOAD_USAGE = `usage: npm run load -- --mode sequential|concurrent --url <base> --count N [--concurrency C]
  [--route R] [--body JSON] [--token TOKEN] [--timeout-ms T]
  sequential sends one request at a time; concurrent keeps C (default 50) in flight. Route default: echo.
  --token: the bearer token sent (default: npm start's development token, .sluice/dev-token).`;

function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw.replaceAll("_", ""));
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new UsageError(`--${name} must be a positive integer\n${LOAD_USAGE}`);
  return value;
}

export function parseLoadOptions(argv: string[], env: Environment = process.env): LoadOptions {
  let values: Record<string, string | undefined>;
  try {
    const flag = { type: "string" as const };
    values = parseArgs({
      args: argv,
      strict: true,
      options: {
        mode: flag,
        url: flag,
        count: flag,
        concurrency: flag,
        route: flag,
        body: flag,
        token: flag,
        "timeout-ms": flag,
      },
    }).values as Record<string, string | undefined>;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${LOAD_USAGE}`);
  }
  const mode = values.mode;
  if (mode !== "sequential" && mode !== "concurrent") {
    throw new UsageError(`--mode must be sequential or concurrent\n${LOAD_USAGE}`);
  }
  let url: URL;
  try {
    url = new URL(values.url ?? "");
  } catch {
    throw new UsageError(`--url must be an http(s) URL such as http://127.0.0.1:3000\n${LOAD_USAGE}`);
  }
  const route = values.route ?? "echo";
  if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(route))
    throw new UsageError(`--route ${JSON.stringify(route)} is not a route name`);
  const body = values.body ?? '{"ping":true}';
  try {
    JSON.parse(body);
  } catch (error) {
    throw new UsageError(`--body must be JSON: ${(error as Error).message}`);
  }
  return {
    mode,
    url,
    count: positive("count", values.count ?? "missing", 0),
    concurrency: mode === "sequential" ? 1 : positive("concurrency", values.concurrency, 50),
    route,
    body,
    token: values.token ?? readDevToken(localDir(env)),
    timeoutMs: positive("timeout-ms", values["timeout-ms"], 30_000),
  };
}
