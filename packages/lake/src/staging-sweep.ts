// The bucket lifecycle rules of the lake's staging prefix (infra/storage.ts), applied by hand where there are none: a
// local S3 server (npm start) keeps a dead run's staged objects and incomplete multipart uploads forever otherwise.
// The same age as the rules: STAGING_EXPIRY_DAYS.
import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  type S3Client,
} from "@aws-sdk/client-s3";
import { STAGING_EXPIRY_DAYS, STAGING_PREFIX } from "./staging-layout.ts";

const DAY_MS = 86_400_000;

export interface SweepOptions {
  client: S3Client;
  bucket: string;
  /** Epoch ms to judge ages at (default now). */
  now?: number;
}

export interface SweepResult {
  /** Staged objects deleted. */
  objects: number;
  /** Incomplete multipart uploads aborted. */
  uploads: number;
}

/** Removes staged objects and aborts multipart uploads under the staging prefix older than STAGING_EXPIRY_DAYS. */
export async function sweepStaging(options: SweepOptions): Promise<SweepResult> {
  const { client, bucket } = options;
  const before = (options.now ?? Date.now()) - STAGING_EXPIRY_DAYS * DAY_MS;
  const old = (date: Date | undefined) => date !== undefined && date.getTime() < before;
  const result: SweepResult = { objects: 0, uploads: 0 };
  let token: string | undefined;
  do {
    const page = await client.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: STAGING_PREFIX, ContinuationToken: token }),
    );
    for (const object of page.Contents ?? []) {
      if (!old(object.LastModified)) continue;
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: object.Key }));
      result.objects += 1;
    }
    token = page.NextContinuationToken;
  } while (token);
  let marker: { KeyMarker?: string; UploadIdMarker?: string } = {};
  for (;;) {
    const page = await client.send(
      new ListMultipartUploadsCommand({ Bucket: bucket, Prefix: STAGING_PREFIX, ...marker }),
    );
    for (const upload of page.Uploads ?? []) {
      if (!old(upload.Initiated)) continue;
      await client.send(
        new AbortMultipartUploadCommand({ Bucket: bucket, Key: upload.Key, UploadId: upload.UploadId }),
      );
      result.uploads += 1;
    }
    if (!page.IsTruncated) return result;
    marker = { KeyMarker: page.NextKeyMarker, UploadIdMarker: page.NextUploadIdMarker };
  }
}
