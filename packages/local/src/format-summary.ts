import { streamKeys } from "@sluice/streams";

/** npm start's Bluesky demo producer: the stream it writes to and its rate, or why it is off. */
export type BskyDemo = { stream: string; perSecond: number } | { off: string };

export interface SummaryInfo {
  /** Without secrets. */
  redisUrl: string;
  /** Where it came from: "started here: pid …, data …" or "from REDIS_URL". */
  redisOrigin: string;
  /** How to reach it with redis-cli, e.g. `redis-cli -p 41234` or `redis-cli -u "$REDIS_URL"`. */
  redisCli: string;
  streams: string[];
  group: string;
  consumer: string;
  /** The local HTTP API and whether it wants an API key. */
  /** `tokens`: bearer tokens checked (false: SLUICE_API_AUTH=none). */
  api: { url: string; tokens: boolean };
  /** The proxy worker serving request-reply routes. */
  proxy: { routes: string[]; consumer: string };
  /** The gRPC gateway's address, whether it wants a bearer token and serves reflection. */
  grpc: { address: string; tokens: boolean; reflection: boolean };
  /**
   * The development token: the token, the file holding it (as shown to the user), where the front doors' token table
   * comes from, and a warning when the token may not be in it.
   */
  token: { value: string; file: string; table: string; warning?: string };
  /** The frame pipeline's consumer. */
  frames: { consumer: string };
  demo?: { stream: string; perSecond: number };
  /** The lake writer's streams and schedule, the local S3 server, the directory its objects are in (a folder per
   * stream) and the Bluesky demo feeding it. */
  lake?: {
    streams: string[];
    schedule: string;
    s3: string;
    dir: string;
    bsky: BskyDemo;
  };
  /** The backup jobs' schedules and the S3 server holding bucket `backups`. */
  backups?: { schedule: string; increments: string; verification: string; retention: string; s3: string };
  /** The audits' schedules; their reports go to bucket `reports` of the same S3 server. */
  audits?: { memory: string; config: string; capacity: string; s3: string };
  /** The dashboard page, and the catalog alarms evaluated here: how many, how often, lines replayed from the log. */
  dashboard?: { url: string; localAlarms: number; alarms: number; everyMs: number; replayed: number };
  /** Where the consumers' batch lines and EMF metrics go. */
  logFile: string;
  statusEveryMs: number;
}

function lakeRows({ lake }: SummaryInfo): [string, string[]][] {
  if (!lake) return [];
  return [
    [
      "bsky",
      [
        "off" in lake.bsky
          ? `none (${lake.bsky.off})`
          : `${lake.bsky.perSecond}/s Bluesky-like events → stream ${lake.bsky.stream} (${streamKeys(lake.bsky.stream).stream})`,
      ],
    ],
    [
      "lake",
      [
        `streams ${lake.streams.join(", ")} → Parquet in bucket lake of the S3 server ${lake.s3}, ${lake.schedule} and once now`,
        "the LakeWriter Lambda's handler (functions/jobs/lake-writer.ts); one line per run below",
        `duckdb -c "SELECT count(*) FROM read_parquet('${lake.dir}/*/type=*/**/*.parquet._S3rver_object', union_by_name = true)"`,
      ],
    ],
  ];
}

function backupRows({ backups }: SummaryInfo): [string, string[]][] {
  if (!backups) return [];
  return [
    [
      "backups",
      [
        `full logical snapshot at start and ${backups.schedule}, incremental ${backups.increments} → bucket backups of ${backups.s3}`,
        `verification into a scratch redis-server ${backups.verification}, retention ${backups.retention}`,
        `AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER npm run restore -- --s3-endpoint ${backups.s3} --to redis://…`,
      ],
    ],
  ];
}

function auditRows({ audits }: SummaryInfo): [string, string[]][] {
  if (!audits) return [];
  return [
    [
      "audits",
      [
        `memory ${audits.memory}, configuration ${audits.config}, capacity ${audits.capacity} → bucket reports of ${audits.s3}`,
        "newest of each: reports/<memory-audit|config-audit|capacity>/latest.txt; findings that need you print here",
      ],
    ],
  ];
}

function dashboardRows({ dashboard }: SummaryInfo): [string, string[]][] {
  if (!dashboard) return [];
  const every = Math.round(dashboard.everyMs / 1000);
  return [
    [
      "dashboard",
      [
        `${dashboard.url}  (streams, groups, DLQs, jobs, alarms with their runbooks, charts of the last hour)`,
      ],
    ],
    [
      "alarms",
      [
        `${dashboard.localAlarms} of the ${dashboard.alarms} catalog alarms evaluated here every ${every} s on the EMF metrics (${dashboard.replayed} lines replayed from the log)`,
        "the others watch AWS's own metrics (CloudWatch only); ALARM and OK transitions print below",
      ],
    ],
  ];
}

function tokenRows({ token }: SummaryInfo): [string, string[]][] {
  return [
    [
      "token",
      [
        `${token.value}  (the development token, every scope, in ${token.file})`,
        `token table ${token.table}`,
        `HTTP: header Authorization: Bearer <token> · gRPC: metadata authorization: Bearer <token> (the examples read ${token.file})`,
        ...(token.warning ? [`warning: ${token.warning}`] : []),
      ],
    ],
  ];
}

/** The "what runs where" table printed by `npm start`. */
export function formatSummary(info: SummaryInfo): string {
  const quoted = (key: string) => `'${key}'`;
  // The header as a shell argument that reads the token where it is kept, so a copied command keeps working.
  const bearer = (name: string) => `"${name}: Bearer $(cat ${info.token.file})"`;
  const first = info.streams[0] ?? "events";
  const keys = streamKeys(first);
  const rows: [string, string[]][] = [
    ["redis", [`${info.redisUrl}  (${info.redisOrigin})`]],
    [
      "producer",
      info.demo
        ? [
            `${info.demo.perSecond}/s demo.event JSON → stream ${info.demo.stream} (${streamKeys(info.demo.stream).stream})`,
          ]
        : ["none (SLUICE_DEMO_RATE=0)"],
    ],
    [
      "api",
      [
        `${info.api.url}  (the Lambda handlers of functions/http, API Gateway v2 events${info.api.tokens ? ", Authorization: Bearer <token> required" : ", NO authentication (SLUICE_API_AUTH=none)"})`,
        `curl -s ${info.api.url}/v1/health · curl -s -H ${bearer("Authorization")} ${info.api.url}/v1/streams`,
        `curl -s -X POST ${info.api.url}/v1/requests/echo -H ${bearer("Authorization")} -H 'content-type: application/json' -d '{"hi":1}'`,
      ],
    ],
    ...tokenRows(info),
    [
      "proxy",
      [
        `routes ${info.proxy.routes.join(", ")} · consumer ${info.proxy.consumer}`,
        "the Proxy service's code path (runProxyWorker in functions/services/proxy.ts)",
      ],
    ],
    [
      "grpc",
      [
        `${info.grpc.address}  (sluice.streaming.v1.StreamingService, grpc.health.v1${info.grpc.reflection ? ", reflection" : ""}${info.grpc.tokens ? "; authorization: Bearer <token> required" : ""})`,
        `grpcurl -plaintext -H ${bearer("authorization")} ${info.grpc.address} list · the Gateway service's code path (runGateway)`,
      ],
    ],
    [
      "frames",
      [
        `frames.input → stream_processor → frames.processed → ml_inference → frames.output → output_consumers`,
        `POST ${info.api.url}/v1/frames (protobuf or JSON) · consumer ${info.frames.consumer} · runFramePipeline`,
      ],
    ],
    [
      "consumers",
      [
        `streams ${info.streams.join(", ")} · group ${info.group} · consumer ${info.consumer}`,
        "the Fargate service's code path (runConsumers in functions/services/consumer.ts), event-log handler",
      ],
    ],
    ...lakeRows(info),
    ...backupRows(info),
    ...auditRows(info),
    ...dashboardRows(info),
    [
      "logs",
      [`${info.logFile}  (every component's log: batches, errors in full, EMF metrics; errors also below)`],
    ],
    [
      "status",
      [`every ${Math.round(info.statusEveryMs / 1000)} s below: produced, processed, lag, pending, dlq`],
    ],
    [
      "inspect",
      [
        `${info.redisCli} XINFO GROUPS ${quoted(keys.stream)}`,
        `${info.redisCli} XREVRANGE ${quoted(keys.stream)} + - COUNT 5`,
        `${info.redisCli} XRANGE ${quoted(keys.dlq)} - +`,
      ],
    ],
    [
      "stop",
      ["Ctrl-C (stops the API, the producers, the workers and the lake, then the Redis started here)"],
    ],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.flatMap(([label, values]) =>
    values.map((value, i) => `  ${(i === 0 ? label : "").padEnd(width)}  ${value}`),
  );
  return ["Sluice local runtime", ...lines].join("\n");
}
