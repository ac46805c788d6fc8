// Where backups live on S3, every key of them built here: a snapshot's chunks under snapshots/<id>/ and its
// manifest at manifests/<id>.json, written last (a snapshot without one is incomplete and never restored; the
// manifests list cheaply); the incremental backups' chunks under increments/<stream>/<first id>_<last id> and each
// run's manifest at increment-manifests/<run id>.json. Objects are encrypted by S3 (SSE-S3).
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";

export interface BackupLocation {
  client: S3Client;
  bucket: string;
  /** Key prefix of every backup object, e.g. `` or `redis/` (default empty). */
  prefix?: string;
}

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

  async put(key: string, body: Uint8Array | string, contentType = "application/octet-stream"): Promise<void> {
    const { client, bucket } = this.#location;
    await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: body,
        ContentType: contentType,
        ServerSideEncryption: "AES256",
      }),
    );
  }

  async get(key: string): Promise<Buffer> {
    const { client, bucket } = this.#location;
    const reply = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    if (!reply.Body) throw new Error(`s3://${bucket}/${key} has no body`);
    return Buffer.from(await reply.Body.transformToByteArray());
  }

  /** Ids of the complete snapshots (those with a manifest), oldest first. */
  snapshotIds(): Promise<string[]> {
    return this.#manifestIds("manifests/");
  }

  /** Ids of the incremental runs that completed (those with a manifest), oldest first. */
  incrementRunIds(): Promise<string[]> {
    return this.#manifestIds("increment-manifests/");
  }

  async #manifestIds(folder: string): Promise<string[]> {
    const { client, bucket } = this.#location;
    const prefix = `${this.#location.prefix ?? ""}${folder}`;
    const ids: string[] = [];
    let token: string | undefined;
    do {
      const page = await client.send(
        new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        const match = /^([^/]+)\.json$/.exec((object.Key ?? "").slice(prefix.length));
        if (match?.[1]) ids.push(match[1]);
      }
      token = page.NextContinuationToken;
    } while (token);
    return ids.sort();
  }
}
