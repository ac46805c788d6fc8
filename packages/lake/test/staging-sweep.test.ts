// The lake bucket's staging lifecycle rules applied by hand (sweepStaging), against the local S3 server: staged
// objects and incomplete multipart uploads older than STAGING_EXPIRY_DAYS go; younger ones, the tables and the
// manifests stay.
import {
  CreateMultipartUploadCommand,
  ListMultipartUploadsCommand,
  PutObjectCommand,
  UploadPartCommand,
} from "@aws-sdk/client-s3";
import { BUCKET, listKeys, useLakeKit } from "@sluice/lake/testing";
import { uniqueStream } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";
import { STAGING_EXPIRY_DAYS, STAGING_SUFFIX, stagingPrefix, sweepStaging } from "../src/index.ts";

const kit = useLakeKit();
const DAY_MS = 86_400_000;

async function put(key: string): Promise<void> {
  await kit.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: "x" }));
}

async function uploads(prefix: string): Promise<string[]> {
  const page = await kit.s3.send(new ListMultipartUploadsCommand({ Bucket: BUCKET, Prefix: prefix }));
  return (page.Uploads ?? []).map((upload) => upload.Key as string);
}

describe("sweepStaging", () => {
  it("removes staged objects and aborts uploads older than the lifecycle rule's age, and nothing else", async () => {
    const stream = uniqueStream("sweep");
    const staged = `${stagingPrefix(stream)}left${STAGING_SUFFIX}`;
    const unfinished = `${stagingPrefix(stream)}cut${STAGING_SUFFIX}`;
    const kept = [`${stream}/type=like_v1/year=2025/f.parquet`, `${stream}/_manifests/m.json`];
    for (const key of [staged, ...kept]) await put(key);
    const { UploadId } = await kit.s3.send(
      new CreateMultipartUploadCommand({ Bucket: BUCKET, Key: unfinished }),
    );
    await kit.s3.send(
      new UploadPartCommand({ Bucket: BUCKET, Key: unfinished, UploadId, PartNumber: 1, Body: "part" }),
    );
    expect(await uploads(stagingPrefix(stream))).toEqual([unfinished]);

    // Younger than the rule's age: left for the run that may still complete it.
    const now = Date.now();
    const almost = now + STAGING_EXPIRY_DAYS * DAY_MS - 60_000;
    expect(await sweepStaging({ client: kit.s3, bucket: BUCKET, now: almost })).toEqual({
      objects: 0,
      uploads: 0,
    });
    expect(await listKeys(kit.s3, stagingPrefix(stream))).toEqual([staged]);

    const later = now + STAGING_EXPIRY_DAYS * DAY_MS + 60_000;
    const swept = await sweepStaging({ client: kit.s3, bucket: BUCKET, now: later });
    expect(swept.objects).toBeGreaterThanOrEqual(1);
    expect(swept.uploads).toBeGreaterThanOrEqual(1);
    expect(await listKeys(kit.s3, stagingPrefix(stream))).toEqual([]);
    expect(await uploads(stagingPrefix(stream))).toEqual([]);
    expect(await listKeys(kit.s3, `${stream}/`)).toEqual([...kept].sort());
  });
});
