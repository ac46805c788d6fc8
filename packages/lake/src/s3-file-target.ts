// A FileTarget (partitioner.ts) on S3. A lake file's key names its last stream id, known only once the file is
// complete, so bytes are held until the key is known: a file that stays under one part is sent with one PutObject
// at commit; a larger one is streamed as a multipart upload to a staging key (staging-layout.ts: no reader looks
// there) and copied to its key at commit (one server-side CopyObject, atomic: the key appears whole or not at all),
// then the staging object is deleted. An upload cut short by a crash leaves only an incomplete multipart upload or a
// staging object, never a partial lake file; the bucket's lifecycle rules remove both (infra/storage.ts), and
// sweepStaging where there are none.
import { randomUUID } from "node:crypto";
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  PutObjectCommand,
  type S3Client,
  UploadPartCommand,
} from "@aws-sdk/client-s3";
import type { FileTarget } from "./partitioner.ts";
import { STAGING_SUFFIX } from "./staging-layout.ts";

export interface S3FileTargetOptions {
  client: S3Client;
  bucket: string;
  /** Where multipart uploads are staged until their key is known: `stagingPrefix(stream)`, `_staging/bsky/`. */
  stagingPrefix: string;
  /**
   * Part size; files below it take one PutObject. S3 needs at least 5 MiB, the default: the main thread holds up to
   * a part per open file (files of 5 GiB, the most a lake file is, take 1,024 parts of S3's 10,000).
   */
  partBytes?: number;
}

export const MIN_PART_BYTES = 5 * 1024 * 1024;
/** The largest object one CopyObject copies: the cap on a lake file's size. */
export const MAX_COPY_BYTES = 5 * 1024 ** 3;
/**
 * The largest `maxFileBytes` for files on S3. A file's size estimate counts the characters of its strings, and
 * UTF-8 takes up to 3 bytes a character, so even a file that zstd could not shrink stays within one CopyObject.
 */
export const MAX_S3_FILE_ESTIMATE = Math.floor(MAX_COPY_BYTES / 3);
const DEFAULT_PART_BYTES = MIN_PART_BYTES;
const CONTENT_TYPE = "application/vnd.apache.parquet";

/** Opens a target for one new file. */
export function s3FileTarget(options: S3FileTargetOptions): FileTarget {
  const partBytes = options.partBytes ?? DEFAULT_PART_BYTES;
  if (!(Number.isSafeInteger(partBytes) && partBytes >= MIN_PART_BYTES)) {
    throw new RangeError(
      `partBytes must be an integer of at least ${MIN_PART_BYTES} (S3's minimum part size)`,
    );
  }
  return new S3FileTarget(options, partBytes);
}

class S3FileTarget implements FileTarget {
  readonly #options: S3FileTargetOptions;
  readonly #partBytes: number;
  #held: Uint8Array[] = [];
  #heldBytes = 0;
  #upload: { key: string; uploadId: string; parts: { ETag: string; PartNumber: number }[] } | undefined;

  constructor(options: S3FileTargetOptions, partBytes: number) {
    this.#options = options;
    this.#partBytes = partBytes;
  }

  readonly sink = async (chunk: Uint8Array): Promise<void> => {
    this.#held.push(chunk);
    this.#heldBytes += chunk.byteLength;
    while (this.#heldBytes >= this.#partBytes) await this.#uploadPart(this.#take(this.#partBytes));
  };

  async commit(key: string): Promise<void> {
    const { client, bucket } = this.#options;
    const rest = this.#take(this.#heldBytes);
    if (this.#upload === undefined) {
      await client.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: rest, ContentType: CONTENT_TYPE }),
      );
      return;
    }
    if (rest.byteLength > 0) await this.#uploadPart(rest);
    const upload = this.#upload;
    await client.send(
      new CompleteMultipartUploadCommand({
        Bucket: bucket,
        Key: upload.key,
        UploadId: upload.uploadId,
        MultipartUpload: { Parts: upload.parts },
      }),
    );
    this.#upload = undefined;
    await client.send(
      new CopyObjectCommand({
        Bucket: bucket,
        Key: key,
        CopySource: `${bucket}/${upload.key.split("/").map(encodeURIComponent).join("/")}`,
        ContentType: CONTENT_TYPE,
        MetadataDirective: "REPLACE",
      }),
    );
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: upload.key }));
  }

  async abort(): Promise<void> {
    this.#held = [];
    this.#heldBytes = 0;
    const upload = this.#upload;
    this.#upload = undefined;
    if (upload === undefined) return;
    const { client, bucket } = this.#options;
    await client.send(
      new AbortMultipartUploadCommand({ Bucket: bucket, Key: upload.key, UploadId: upload.uploadId }),
    );
  }

  /** The first `bytes` held bytes as one buffer (chunks are split where a part ends). */
  #take(bytes: number): Uint8Array {
    const out = Buffer.allocUnsafe(bytes);
    let filled = 0;
    while (filled < bytes) {
      const chunk = this.#held[0] as Uint8Array;
      const used = Math.min(chunk.byteLength, bytes - filled);
      out.set(chunk.subarray(0, used), filled);
      filled += used;
      if (used === chunk.byteLength) this.#held.shift();
      else this.#held[0] = chunk.subarray(used);
    }
    this.#heldBytes -= bytes;
    return out;
  }

  async #uploadPart(body: Uint8Array): Promise<void> {
    const { client, bucket, stagingPrefix } = this.#options;
    if (this.#upload === undefined) {
      const key = `${stagingPrefix}${randomUUID()}${STAGING_SUFFIX}`;
      const created = await client.send(
        new CreateMultipartUploadCommand({ Bucket: bucket, Key: key, ContentType: CONTENT_TYPE }),
      );
      if (!created.UploadId) throw new Error(`S3 CreateMultipartUpload for ${key} returned no UploadId`);
      this.#upload = { key, uploadId: created.UploadId, parts: [] };
    }
    const upload = this.#upload;
    const PartNumber = upload.parts.length + 1;
    const reply = await client.send(
      new UploadPartCommand({
        Bucket: bucket,
        Key: upload.key,
        UploadId: upload.uploadId,
        PartNumber,
        Body: body,
      }),
    );
    if (!reply.ETag) throw new Error(`S3 UploadPart ${PartNumber} of ${upload.key} returned no ETag`);
    upload.parts.push({ ETag: reply.ETag, PartNumber });
  }
}
