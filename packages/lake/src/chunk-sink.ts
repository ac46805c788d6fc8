// Where a Parquet file's bytes go, chunk by chunk: a local file here, an S3 multipart upload in the lake writer.
// The writer awaits each call before encoding more, so a slow sink applies back-pressure instead of buffering.
import { randomUUID } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";

/** Receives the file's bytes in order. The chunk is the sink's to keep: the writer never reuses it. */
export type ChunkSink = (chunk: Uint8Array) => Promise<void>;

export interface FileSink {
  sink: ChunkSink;
  /** Closes the file (after the writer finished, or to give up on it). */
  close(): Promise<void>;
}

/** A sink that writes to a new local file (truncating one that exists). */
export async function fileSink(path: string): Promise<FileSink> {
  const handle = await open(path, "w");
  return {
    sink: async (chunk) => {
      await handle.write(chunk);
    },
    close: () => handle.close(),
  };
}

/**
 * A FileTarget (see partitioner.ts) for a local directory: writes `<dir>/.<random>.tmp`, renames it to
 * `<dir>/<key>` on commit (creating the partition's directories), removes it on abort.
 */
export async function localFileTarget(dir: string): Promise<{
  sink: ChunkSink;
  commit(key: string): Promise<void>;
  abort(): Promise<void>;
}> {
  const temp = join(dir, `.${randomUUID()}.tmp`);
  await mkdir(dir, { recursive: true });
  const file = await fileSink(temp);
  return {
    sink: file.sink,
    async commit(key) {
      await file.close();
      const path = join(dir, key);
      await mkdir(dirname(path), { recursive: true });
      await rename(temp, path);
    },
    async abort() {
      await file.close().catch(() => {});
      await rm(temp, { force: true });
    },
  };
}
