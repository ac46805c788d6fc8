// The lake writer's clients (job-clients.ts) with the configuration of config/lake.ts: Redis (the client's default
// command timeout) and S3.
import { loadLakeConfig } from "../config/lake.ts";
import { jobClients } from "./job-clients.ts";

const clients = jobClients("sluice:lake-writer");

export function lakeClients() {
  const config = loadLakeConfig();
  return { config, redis: clients.redis(config.redis), s3: clients.s3(config.s3Endpoint) };
}
