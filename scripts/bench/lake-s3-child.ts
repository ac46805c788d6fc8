// The local S3 server of `npm run bench -- lake`, in a process of its own so that serving uploads does not share
// the writer's event loop (S3 is another machine in the cloud).
import { startS3Server } from "@sluice/testing";
import type { FromLakeChild } from "./lake-protocol.ts";

const server = await startS3Server({ buckets: ["lake"] });
process.on("disconnect", () => void server.stop().then(() => process.exit(0)));
process.send?.({ type: "s3", settings: server.client() } satisfies FromLakeChild);
