import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Readable } from "node:stream";
import {
  AbortMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { describe, expect, it } from "vitest";
import { freePort, type S3Server, startS3Server } from "../src/index.ts";
import { exists } from "./helpers.ts";

const MiB = 1024 * 1024;

function clientFor(server: S3Server): S3Client {
  return new S3Client(server.client());
}

async function readObject(client: S3Client, Bucket: string, Key: string): Promise<Buffer> {
  const reply = await client.send(new GetObjectCommand({ Bucket, Key }));
  if (!reply.Body) throw new Error(`no body for ${Key}`);
  return Buffer.from(await reply.Body.transformToByteArray());
}

async function listKeys(client: S3Client, Bucket: string, Prefix?: string): Promise<string[]> {
  const reply = await client.send(new ListObjectsV2Command({ Bucket, Prefix }));
  return (reply.Contents ?? []).map((object) => object.Key ?? "");
}

/** 12 MiB that differ per part, so a part written twice or out of order would show. */
function patterned(bytes: number): Buffer {
  const data = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i += 4) data.writeUInt32BE(i >>> 2, i);
  return data;
}

describe("startS3Server", () => {
  it("serves the S3 API on 127.0.0.1 with the configured buckets, and plain client settings", async () => {
    await using server = await startS3Server({ buckets: ["lake", "lake-archive"] });
    expect(server.endpoint).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.buckets).toEqual(["lake", "lake-archive"]);
    expect(server.client()).toEqual({
      endpoint: server.endpoint,
      region: "us-east-1",
      forcePathStyle: true,
      credentials: server.credentials,
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
    const client = clientFor(server);
    try {
      await client.send(new PutObjectCommand({ Bucket: "lake", Key: "bsky/post/a.json", Body: '{"a":1}' }));
      await client.send(new PutObjectCommand({ Bucket: "lake", Key: "bsky/like/b.json", Body: "ü€😀" }));
      await client.send(new PutObjectCommand({ Bucket: "lake-archive", Key: "other", Body: "x" }));

      expect((await readObject(client, "lake", "bsky/post/a.json")).toString()).toBe('{"a":1}');
      expect((await readObject(client, "lake", "bsky/like/b.json")).toString()).toBe("ü€😀");
      expect(await listKeys(client, "lake")).toEqual(["bsky/like/b.json", "bsky/post/a.json"]);
      expect(await listKeys(client, "lake", "bsky/post/")).toEqual(["bsky/post/a.json"]);
      expect(await listKeys(client, "lake-archive")).toEqual(["other"]);
      await expect(readObject(client, "lake", "missing")).rejects.toMatchObject({ name: "NoSuchKey" });
    } finally {
      client.destroy();
    }
  });

  it("stores a streamed body as sent (the settings turn off the SDK's aws-chunked checksum trailers)", async () => {
    await using server = await startS3Server({ buckets: ["lake"] });
    const client = clientFor(server);
    try {
      const Body = Readable.from([Buffer.from("hello "), Buffer.from("stream")]);
      await client.send(new PutObjectCommand({ Bucket: "lake", Key: "s", Body, ContentLength: 12 }));
      expect((await readObject(client, "lake", "s")).toString()).toBe("hello stream");
    } finally {
      client.destroy();
    }
  });

  it("completes a 12 MiB multipart upload of 5 MiB parts with lib-storage", async () => {
    await using server = await startS3Server({ buckets: ["lake"] });
    const client = clientFor(server);
    try {
      const data = patterned(12 * MiB);
      const parts: number[] = [];
      const upload = new Upload({
        client,
        params: { Bucket: "lake", Key: "big.parquet", Body: Readable.from([data]) },
        partSize: 5 * MiB,
        queueSize: 2,
      });
      upload.on("httpUploadProgress", (progress) => {
        if (progress.part !== undefined) parts.push(progress.part);
      });
      const result = await upload.done();

      // s3rver gives a multipart object the MD5 of its whole content as ETag (S3 would add "-3").
      expect(result.ETag).toMatch(/^"[0-9a-f]{32}"$/);
      expect(new Set(parts)).toEqual(new Set([1, 2, 3]));
      const read = await readObject(client, "lake", "big.parquet");
      expect(read.length).toBe(data.length);
      expect(read.equals(data)).toBe(true);
      expect(await listKeys(client, "lake")).toEqual(["big.parquet"]);
    } finally {
      client.destroy();
    }
  });

  it("leaves no object behind when a multipart upload is aborted", async () => {
    await using server = await startS3Server({ buckets: ["lake"] });
    const client = clientFor(server);
    try {
      const { UploadId } = await client.send(
        new CreateMultipartUploadCommand({ Bucket: "lake", Key: "aborted.parquet" }),
      );
      expect(UploadId).toBeTruthy();
      expect(await exists(join(server.dir, "lake", "._S3rver_uploads", UploadId ?? ""))).toBe(true);
      await client.send(
        new UploadPartCommand({
          Bucket: "lake",
          Key: "aborted.parquet",
          UploadId,
          PartNumber: 1,
          Body: Buffer.alloc(5 * MiB, 1),
        }),
      );
      await client.send(
        new AbortMultipartUploadCommand({ Bucket: "lake", Key: "aborted.parquet", UploadId }),
      );

      expect(await listKeys(client, "lake")).toEqual([]);
      await expect(readObject(client, "lake", "aborted.parquet")).rejects.toMatchObject({
        name: "NoSuchKey",
      });
      // Its parts are gone too (s3rver keeps them under the bucket's ._S3rver_uploads dir)...
      expect(await exists(join(server.dir, "lake", "._S3rver_uploads", UploadId ?? ""))).toBe(false);
      // ...and the upload id is no longer known.
      await expect(
        client.send(new AbortMultipartUploadCommand({ Bucket: "lake", Key: "aborted.parquet", UploadId })),
      ).rejects.toMatchObject({ name: "NoSuchUpload", $metadata: { httpStatusCode: 404 } });
    } finally {
      client.destroy();
    }
  });

  it("lets lib-storage abort a multipart upload whose body fails, leaving no object and no parts", async () => {
    await using server = await startS3Server({ buckets: ["lake"] });
    const client = clientFor(server);
    try {
      async function* failingBody() {
        yield Buffer.alloc(6 * MiB, 2);
        throw new Error("source failed");
      }
      const upload = new Upload({
        client,
        params: { Bucket: "lake", Key: "failed.parquet", Body: Readable.from(failingBody()) },
        partSize: 5 * MiB,
      });
      await expect(upload.done()).rejects.toThrow(/source failed/);

      expect(await listKeys(client, "lake")).toEqual([]);
      const uploads = await readdir(join(server.dir, "lake", "._S3rver_uploads")).catch(() => []);
      expect(uploads).toEqual([]);
    } finally {
      client.destroy();
    }
  });

  it("removes its temp dir on stop, even with a client connection still open; stop() twice is fine", async () => {
    const server = await startS3Server({ buckets: ["lake"] });
    const client = clientFor(server);
    await client.send(new PutObjectCommand({ Bucket: "lake", Key: "k", Body: "v" }));
    expect(await exists(server.dir)).toBe(true);

    await server.stop();
    await server.stop();

    expect(await exists(server.dir)).toBe(false);
    await expect(
      client.send(new PutObjectCommand({ Bucket: "lake", Key: "k", Body: "v" })),
    ).rejects.toThrow();
    client.destroy();
  });

  it("runs two servers at once on different ports with separate data", async () => {
    await using first = await startS3Server({ buckets: ["lake"] });
    await using second = await startS3Server({ buckets: ["lake"] });
    expect(first.port).not.toBe(second.port);
    expect(first.dir).not.toBe(second.dir);
    const a = clientFor(first);
    const b = clientFor(second);
    try {
      await a.send(new PutObjectCommand({ Bucket: "lake", Key: "only-in-first", Body: "1" }));
      await b.send(new PutObjectCommand({ Bucket: "lake", Key: "only-in-second", Body: "2" }));
      expect(await listKeys(a, "lake")).toEqual(["only-in-first"]);
      expect(await listKeys(b, "lake")).toEqual(["only-in-second"]);
    } finally {
      a.destroy();
      b.destroy();
    }
  });

  it("keeps a given dir and its objects across a restart on a given port", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "s3-keep-")), "data");
    const port = await freePort();
    try {
      const first = await startS3Server({ buckets: ["lake"], dir, port });
      expect([first.dir, first.port]).toEqual([dir, port]);
      const a = clientFor(first);
      await a.send(new PutObjectCommand({ Bucket: "lake", Key: "kept/k", Body: "v" }));
      a.destroy();
      await first.stop();
      expect(await exists(dir)).toBe(true);
      await using second = await startS3Server({ buckets: ["lake"], dir, port });
      const b = clientFor(second);
      try {
        expect(await listKeys(b, "lake")).toEqual(["kept/k"]);
        expect((await readObject(b, "lake", "kept/k")).toString()).toBe("v");
      } finally {
        b.destroy();
      }
    } finally {
      await rm(dirname(dir), { recursive: true, force: true });
    }
  });

  it("rejects invalid bucket names and unknown options", async () => {
    await expect(startS3Server({ port: 70000 })).rejects.toThrow(/port must be an integer/);
    await expect(startS3Server({ dir: "" })).rejects.toThrow(/dir must be/);
    await expect(startS3Server({ buckets: ["ab"] })).rejects.toThrow(/invalid bucket name "ab"/);
    await expect(startS3Server({ buckets: ["Lake"] })).rejects.toThrow(TypeError);
    await expect(startS3Server({ buckets: ["lake", "lake"] })).rejects.toThrow(/twice/);
    await expect(startS3Server({ bucket: ["lake"] } as never)).rejects.toThrow(/unknown option "bucket"/);
  });
});
