// A local S3 server for the benches, in a process of its own so that serving uploads does not share the measured
// process's event loop (S3 is another machine in the cloud). argv: the buckets to create.

import type { S3ClientSettings } from "@sluice/testing";
import { startS3Server } from "@sluice/testing";

const server = await startS3Server({ buckets: process.argv.slice(2) });
process.on("disconnect", () => void server.stop().then(() => process.exit(0)));
process.send?.({ type: "s3", settings: server.client() } satisfies S3ChildMessage);

export interface S3ChildMessage {
  type: "s3";
  settings: S3ClientSettings;
}
