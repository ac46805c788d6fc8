// Where the jobs' handlers find their buckets and S3 when npm start or `npm run ops` runs them: they read their
// configuration like a Lambda does, from the environment. npm start's local S3 server (s3rver) listens on
// 127.0.0.1:4568 (SLUICE_S3_PORT) with buckets `lake`, `backups` and `reports`, and knows one account.
import { S3_SERVER_CREDENTIALS } from "@sluice/testing";
import type { Environment } from "../../functions/config/env.ts";

export const LOCAL_BUCKETS = ["lake", "backups", "reports"] as const;
export const LOCAL_S3_PORT = 4568;
export const LOCAL_S3_ENDPOINT = `http://127.0.0.1:${LOCAL_S3_PORT}`;

/** The variables the handlers read for the local S3 server at `endpoint`. */
export function localJobEnvironment(endpoint: string): Environment {
  const [lake, backups, reports] = LOCAL_BUCKETS;
  return {
    SLUICE_LAKE_BUCKET: lake,
    SLUICE_BACKUP_BUCKET: backups,
    SLUICE_REPORTS_BUCKET: reports,
    SLUICE_S3_ENDPOINT: endpoint,
    AWS_ACCESS_KEY_ID: S3_SERVER_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: S3_SERVER_CREDENTIALS.secretAccessKey,
  };
}
