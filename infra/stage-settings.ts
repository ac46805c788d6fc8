// The settings of the stage being deployed: the table of infra/stages.ts merged over its defaults and checked. A bad
// or missing value throws a message naming the stage and the setting, which stops the deploy before anything is
// created (sst.config.ts imports this first). The deploying shell's environment is not read.

import { STREAM_NAME } from "@sluice/streams/names";
import { defaults, requiredInProduction, type StageSettings, stages } from "./stages";

/** The checked settings of `stage`; `production` must state every setting of `requiredInProduction` itself. */
export function resolveStageSettings(stage: string): StageSettings {
  const own = stages[stage] ?? {};
  const fail = (message: string): never => {
    throw new Error(`infra/stages.ts, stage "${stage}": ${message}`);
  };
  if (stage === "production") {
    const missing = requiredInProduction.filter((key) => own[key] === undefined);
    if (missing.length > 0) {
      fail(
        `production must set ${missing.join(", ")} in its entry before it can be deployed ` +
          "(see the example there and docs/deployment.md, First deploy)",
      );
    }
  }
  const settings: StageSettings = { ...defaults, ...own };
  const integer = (key: keyof StageSettings, min: number, max: number) => {
    const value = settings[key];
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min || value > max) {
      fail(`${key} must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
    }
  };
  integer("apiRateLimit", 1, 10_000);
  integer("apiBurstLimit", 1, 5000);
  // API Gateway gives up after 30 s; the long routes' handlers stop at 28 s and keep 2 s for Redis.
  integer("requestTimeoutMs", 100, 26_000);
  integer("requestBacklogLimit", 1, 1_000_000);
  integer("proxyTerminals", 1, 1000);
  integer("proxyMinTasks", 1, 1000);
  integer("proxyMaxTasks", settings.proxyMinTasks, 1000);
  integer("gatewayMinTasks", 1, 1000);
  integer("gatewayMaxTasks", settings.gatewayMinTasks, 1000);
  integer("framesMinTasks", 1, 1000);
  integer("framesMaxTasks", settings.framesMinTasks, 1000);
  integer("framesLagAgeTargetMs", 100, 3_600_000);
  integer("lakeBudgetMs", 10_000, 270_000);
  // Lambda's range; above 3,008 MB only where the account's quota was raised.
  integer("lakeWriterMemoryMb", 128, 10_240);
  integer("monitorLivenessMs", 5000, 3_600_000);
  integer("devRedisPort", 1, 65_535);
  const { generation, retiredThrough } = settings.redisAuthToken;
  if (!Number.isSafeInteger(generation) || generation < 1) {
    fail(`redisAuthToken.generation must be a positive integer, got ${generation}`);
  }
  if (!Number.isSafeInteger(retiredThrough) || retiredThrough < 0 || retiredThrough > generation) {
    fail(
      `redisAuthToken.retiredThrough must be an integer from 0 to generation (${generation}), got ${retiredThrough}`,
    );
  }
  if (settings.proxyBacklogPerTask !== null && !(settings.proxyBacklogPerTask > 0)) {
    fail(`proxyBacklogPerTask must be a positive number or null, got ${settings.proxyBacklogPerTask}`);
  }
  // API Gateway matches exact origins, `*`, `https://*` and `http://*`; `https://*.example.com` is not supported.
  for (const origin of settings.corsOrigins) {
    if (!/^(\*|https?:\/\/\*|https?:\/\/[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?)$/i.test(origin)) {
      fail(
        `API Gateway cannot match the CORS origin ${JSON.stringify(origin)}: list exact origins, *, https://*`,
      );
    }
  }
  // The names are checked as the proxy worker checks them, so a typo stops the deploy instead of every task.
  for (const route of settings.proxyRoutes) {
    const name = route.split("=")[0] ?? "";
    if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(name)) fail(`invalid proxy route name ${JSON.stringify(name)}`);
  }
  for (const stream of settings.lakeStreams) {
    if (!STREAM_NAME.test(stream)) fail(`invalid lake stream name ${JSON.stringify(stream)}`);
  }
  if (settings.apiAuth === "none" && stage === "production") fail('apiAuth "none" is refused for production');
  const { callerRateLimit } = settings;
  const whole = (n: number) => Number.isSafeInteger(n) && n >= 1;
  if (callerRateLimit !== "off" && !(whole(callerRateLimit.perSecond) && whole(callerRateLimit.burst))) {
    fail(`callerRateLimit needs whole numbers of at least 1, got ${JSON.stringify(callerRateLimit)}`);
  }
  if (typeof settings.apiAuth === "object") {
    const { issuer, audiences } = settings.apiAuth.jwt;
    if (!/^https:\/\/\S+$/.test(issuer))
      fail(`apiAuth.jwt.issuer must be an https:// URL, got ${JSON.stringify(issuer)}`);
    if (audiences.length === 0) fail("apiAuth.jwt.audiences must name at least one audience");
  }
  if (typeof settings.grpc === "object" && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(settings.grpc.domain)) {
    fail(`grpc.domain must be a domain name, got ${JSON.stringify(settings.grpc.domain)}`);
  }
  if (settings.alarmEmail !== "none" && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(settings.alarmEmail)) {
    fail(`alarmEmail must be an email address or "none", got ${JSON.stringify(settings.alarmEmail)}`);
  }
  if (typeof settings.network === "object") {
    const from = settings.network.shareFrom;
    // Production's VPC holds production's Redis: no other stage may sit next to it.
    if (from === "production" || from === stage) fail(`network cannot share the VPC of stage "${from}"`);
    if ({ ...defaults, ...stages[from] }.network !== "own") {
      fail(`network shares stage "${from}", which owns no VPC (its network is not "own")`);
    }
    if (own.bastion !== undefined)
      fail(`bastion belongs to the VPC: set it on stage "${from}", which owns it`);
  }
  if (stage === "production" && settings.network !== "own") fail('production must have network "own"');
  return settings;
}

/** The settings of the stage being deployed. */
export const stage = resolveStageSettings($app.stage);

export const production = $app.stage === "production";
