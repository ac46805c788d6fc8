// The settings of each stage, in the repository: what a stage deploys never depends on the shell it is deployed from.
// `defaults` hold for every stage (`staging`, a personal `sst dev` stage, …); a stage's entry in `stages` overrides
// them. Production must decide `apiAuth`, `grpc` and `alarmEmail` itself: until its entry sets them a production
// deploy stops with a message, before anything is created (infra/stage-settings.ts checks every value). Plain data with
// no imports, like the route and job tables; the resource-graph test evaluates the app with tables of its own.

export interface StageSettings {
  /**
   * The VPC: "own" creates one (2 Elastic IPs for its NAT); `{ shareFrom }` uses the VPC of that stage of this app,
   * which must be deployed first. AWS allows 5 VPCs and 5 Elastic IPs per region by default, so stages beyond the
   * first two share one.
   */
  network: "own" | { shareFrom: string };
  /**
   * An SSH bastion for `sst tunnel` (key only). Outside production it is the NAT instance itself, free. A stage that
   * shares a VPC uses that VPC's bastion and sets none of its own.
   */
  bastion: boolean;
  /** API auth on every route but the health check: a JWT issuer and audiences, SigV4 ("iam"), or "none". */
  apiAuth: { jwt: { issuer: string; audiences: string[] } } | "iam" | "none";
  /** Origins API Gateway answers CORS for: exact origins, `*`, `https://*` or `http://*`; [] turns CORS off. */
  corsOrigins: string[];
  /** Requests per second per route, and the burst, before API Gateway answers 429. */
  apiRateLimit: number;
  apiBurstLimit: number;
  /**
   * Requests per second per caller (JWT subject, IAM principal; one `anonymous` caller under apiAuth "none"), and
   * the burst, before the handlers answer 429 http.rate_limited (a Redis-backed limiter: HTTP APIs have no usage
   * plans). "off" only when a stage asks for it.
   */
  callerRateLimit: { perSecond: number; burst: number } | "off";
  /** The deadline of a request-reply call that names none, ms (100 to 26,000). */
  requestTimeoutMs: number;
  /** Requests waiting or in progress per route before the ingress answers 503. */
  requestBacklogLimit: number;
  /** The proxy's routes: `name` (built-in echo/delay), `name=echo|delay` or `name=https://upstream/path`. */
  proxyRoutes: string[];
  /** Requests handled at once per route by one proxy task. */
  proxyTerminals: number;
  proxyMinTasks: number;
  proxyMaxTasks: number;
  /** The backlog per proxy task the scaling aims for; null: 0.8 × terminals. */
  proxyBacklogPerTask: number | null;
  /** The gRPC gateway: a public ALB with TLS on this Route 53 domain, or an internal NLB reachable from the VPC. */
  grpc: { domain: string } | "internal";
  gatewayMinTasks: number;
  gatewayMaxTasks: number;
  framesMinTasks: number;
  framesMaxTasks: number;
  /** The frame pipeline's scaling target: the age of the oldest unread frame of the worst stage, ms. */
  framesLagAgeTargetMs: number;
  /** Compress region crops into each frame. */
  framesCrops: boolean;
  /** The streams the lake writer drains. */
  lakeStreams: string[];
  /** The longest a lake writer run reads, ms (10,000 to 270,000). */
  lakeBudgetMs: number;
  /**
   * The lake writer's memory, MB. Lambda gives one vCPU per 1,769 MB; new and limited accounts cap functions at
   * 3,008 MB (1.7 vCPUs). 3,538 MB buys two full vCPUs where the account allows up to 10,240 MB.
   */
  lakeWriterMemoryMb: number;
  /** A consumer that read within this counts as active for the stream monitor, ms. */
  monitorLivenessMs: number;
  /** An email address subscribed to the alarm topic, or "none" (subscribe chat or paging by other means). */
  alarmEmail: string | "none";
  /** `sst dev`: the port of the local Redis it starts (or finds running) on 127.0.0.1. */
  devRedisPort: number;
  /**
   * The Redis auth token: raising `generation` deploys a new token while ElastiCache keeps accepting the previous one;
   * a second deploy with `retiredThrough` equal to `generation` retires the previous one (docs/deployment.md,
   * Rotation). Below `generation`, ElastiCache accepts the previous token too.
   */
  redisAuthToken: { generation: number; retiredThrough: number };
}

export const defaults: StageSettings = {
  network: { shareFrom: "staging" },
  bastion: true,
  apiAuth: "iam",
  corsOrigins: [],
  apiRateLimit: 50,
  apiBurstLimit: 100,
  callerRateLimit: { perSecond: 100, burst: 200 },
  requestTimeoutMs: 10_000,
  requestBacklogLimit: 1000,
  proxyRoutes: ["echo", "delay"],
  proxyTerminals: 5,
  proxyMinTasks: 1,
  proxyMaxTasks: 2,
  proxyBacklogPerTask: null,
  grpc: "internal",
  gatewayMinTasks: 1,
  gatewayMaxTasks: 2,
  framesMinTasks: 1,
  framesMaxTasks: 2,
  framesLagAgeTargetMs: 2000,
  framesCrops: false,
  lakeStreams: ["bsky", "frames.output"],
  lakeBudgetMs: 240_000,
  lakeWriterMemoryMb: 3008,
  monitorLivenessMs: 60_000,
  alarmEmail: "none",
  devRedisPort: 6379,
  redisAuthToken: { generation: 1, retiredThrough: 0 },
};

/** The settings production must state in its own entry (a default would decide exposure or paging silently). */
export const requiredInProduction = ["apiAuth", "grpc", "alarmEmail"] as const;

export const stages: Record<string, Partial<StageSettings>> = {
  production: {
    network: "own",
    // Opt in for an incident only (SSH open to the internet): set true, deploy, and back to false afterwards.
    bastion: false,
    apiRateLimit: 1000,
    apiBurstLimit: 2000,
    proxyMinTasks: 15,
    proxyMaxTasks: 30,
    gatewayMinTasks: 2,
    gatewayMaxTasks: 10,
    framesMinTasks: 2,
    framesMaxTasks: 20,
    // Required before the first production deploy (docs/deployment.md, "First deploy"), for example:
    //   apiAuth: { jwt: { issuer: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf", audiences: ["…"] } },
    //   grpc: { domain: "grpc.example.com" },
    //   alarmEmail: "oncall@example.com",
  },
  // The stage that owns the VPC every other non-production stage shares.
  staging: { network: "own" },
};
