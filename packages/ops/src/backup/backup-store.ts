// Where backups live on S3, every key of them built here: a snapshot's chunks under snapshots/<id>/ and its
// manifest at manifests/<id>.json, written last (a snapshot without one is incomplete and never restored; the
// manifests list cheaply); the incremental backups' chunks under increments/<stream>/<first id>_<last id> and each
// run's manifest at increment-manifests/<run id>.json; a snapshot's verification report at verifications/<id>.json.
// Objects are encrypted by S3 (SSE-S3).
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  type S3Client,
} from "@aws-sdk/client-s3";
import { putObject } from "../put-object.ts";

export interface BackupLocation {
  client: S3Client;
  bucket: string;
  /** Key prefix of every backup object, e.g. `` or `redis/` (default empty). */
  prefix?: string;
}

/** An object as a listing shows it. */
export interface StoredObject {
  key: string;
  /** Epoch ms. */
  lastModified: number;
}

/** DeleteObjects takes at most this many keys. */
const DELETE_BATCH = 1000;

const pad = (n: number) => String(n).padStart(6, "0");

/** A Redis key as a path segment: base64url of its bytes (keys may hold `/`, `{`, anything). */
export function keySegment(key: string): string {
  return Buffer.from(key).toString("base64url");
}

export class BackupStore {
  readonly #location: BackupLocation;

  constructor(location: BackupLocation) {
    this.#location = location;
  }

  get bucket(): string {
    return this.#location.bucket;
  }

  snapshotPrefix(id: string): string {
    return `${this.#location.prefix ?? ""}snapshots/${id}/`;
  }

  manifestKey(id: string): string {
    return `${this.#location.prefix ?? ""}manifests/${id}.json`;
  }

  streamChunkKey(id: string, stream: string, n: number): string {
    return `${this.snapshotPrefix(id)}streams/${keySegment(stream)}/${pad(n)}.chunk.zst`;
  }

  keysChunkKey(id: string, n: number): string {
    return `${this.snapshotPrefix(id)}keys/${pad(n)}.chunk.zst`;
  }

  /** An incremental chunk: named by its id range, so a retried run that reads the same range writes the same key. */
  incrementChunkKey(stream: string, firstId: string, lastId: string): string {
    return `${this.#location.prefix ?? ""}increments/${keySegment(stream)}/${firstId}_${lastId}.chunk.zst`;
  }

  incrementManifestKey(runId: string): string {
    return `${this.#location.prefix ?? ""}increment-manifests/${runId}.json`;
  }

  /** What verifyBackup found when it restored snapshot `id` (written by the verification job). */
  verificationKey(id: string): string {
    return `${this.#location.prefix ?? ""}verifications/${id}.json`;
  }

  /** The folders of backup objects, each under the prefix: what retention lists. */
  folder(name: "snapshots" | "increments" | "verifications"): string {
    return `${this.#location.prefix ?? ""}${name}/`;
  }

  put(key: string, body: Uint8Array | string, contentType = "application/octet-stream"): Promise<void> {
    return putObject(this.#location.client, this.#location.bucket, key, body, contentType);
  }

  async get(key: string): Promise<Buffer> {
    const { client, bucket } = this.#location;
    const reply = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    if (!reply.Body) throw new Error(`s3://${bucket}/${key} has no body`);
    return Buffer.from(await reply.Body.transformToByteArray());
  }

  /** Every object under `prefix` (a full key prefix), in key order. */
  async list(prefix: string): Promise<StoredObject[]> {
    const { client, bucket } = this.#location;
    const objects: StoredObject[] = [];
    let token: string | undefined;
    do {
      const page = await client.send(
        new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        if (object.Key) objects.push({ key: object.Key, lastModified: object.LastModified?.getTime() ?? 0 });
      }
      token = page.NextContinuationToken;
    } while (token);
    return objects;
  }

  /** Deletes the keys, a thousand per request; throws naming the first key S3 would not delete. */
  async delete(keys: string[]): Promise<void> {
    const { client, bucket } = this.#location;
    for (let i = 0; i < keys.length; i += DELETE_BATCH) {
      const batch = keys.slice(i, i + DELETE_BATCH);
      const reply = await client.send(
        new DeleteObjectsCommand({
          Bucket: bucket,
          Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true },
        }),
      );
      const failed = reply.Errors?.[0];
      if (failed) {
        throw new Error(
          `s3://${bucket}/${failed.Key}: not deleted (${failed.Code}: ${failed.Message}); ${reply.Errors?.length} of ${batch.length} failed`,
        );
      }
    }
  }

  /** Ids of the complete snapshots (those with a manifest), oldest first. */
  snapshotIds(): Promise<string[]> {
    return this.#manifestIds("manifests/");
  }

  /** Ids of the incremental runs that completed (those with a manifest), oldest first. */
  incrementRunIds(): Promise<string[]> {
    return this.#manifestIds("increment-manifests/");
  }

  /** Ids of the snapshots that have a verification report (passed or not), oldest first. */
  verificationIds(): Promise<string[]> {
    return this.#manifestIds("verifications/");
  }

  async #manifestIds(folder: string): Promise<string[]> {
    const prefix = `${this.#location.prefix ?? ""}${folder}`;
    const ids: string[] = [];
    for (const { key } of await this.list(prefix)) {
      const match = /^([^/]+)\.json$/.exec(key.slice(prefix.length));
      if (match?.[1]) ids.push(match[1]);
    }
    return ids.sort();
  }
}
