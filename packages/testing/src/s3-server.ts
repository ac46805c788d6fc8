// A local S3 API for tests: s3rver (a Koa app) runs in this process on a port of 127.0.0.1 the OS picks, and keeps
// buckets and objects in its own temp dir. The AWS SDK is not a dependency of this package: `client()` returns
// plain settings that `new S3Client(...)` takes as they are.
import { mkdir, readdir, readFile, rm, stat } from "node:fs/promises";
import type { Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createTempDir, removeTempDir } from "./process-registry.ts";

const HOST = "127.0.0.1";
const REGION = "us-east-1";
/** s3rver knows one account; it checks the key id and accepts any SigV4 signature made with it. */
export const S3_SERVER_CREDENTIALS: Readonly<S3Credentials> = Object.freeze({
  accessKeyId: "S3RVER",
  secretAccessKey: "S3RVER",
});
/** S3's rule for bucket names, without the IP-address and reserved-prefix exceptions. */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export interface S3ServerOptions {
  /** Buckets created before the server accepts requests (existing ones are kept). Default none. */
  buckets?: string[];
  /** Keep buckets and objects here, across restarts (npm start); `stop()` leaves it. Default: a new temp dir. */
  dir?: string;
  /** Port on 127.0.0.1. Default: one the OS picks. */
  port?: number;
}

export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/** What `new S3Client(settings)` of `@aws-sdk/client-s3` needs to talk to the local server. */
export interface S3ClientSettings {
  endpoint: string;
  region: string;
  forcePathStyle: true;
  credentials: S3Credentials;
  /**
   * s3rver does not know the SDK's default CRC32 checksums: with "WHEN_SUPPORTED" the SDK streams uploads as
   * `aws-chunked` bodies with checksum trailers, which s3rver would store as they are.
   */
  requestChecksumCalculation: "WHEN_REQUIRED";
  responseChecksumValidation: "WHEN_REQUIRED";
}

export interface S3Server {
  /** `http://127.0.0.1:<port>` */
  readonly endpoint: string;
  readonly host: string;
  readonly port: number;
  /** Where s3rver keeps buckets and objects; removed by `stop()` unless it was given as `dir`. */
  readonly dir: string;
  readonly region: string;
  readonly credentials: S3Credentials;
  /** The buckets created at start. */
  readonly buckets: readonly string[];
  /** Fresh settings for `new S3Client(...)`. */
  client(): S3ClientSettings;
  /** Closes the server and its open connections and removes `dir`. Calling it again does nothing. */
  stop(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

/** The part of s3rver this module uses (it ships no types). */
interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
  httpServer?: Server;
  /** Koa's middleware list, composed when the server starts listening. */
  middleware: KoaMiddleware[];
}
interface KoaContext {
  method: string;
  path: string;
  query: Record<string, string | string[] | undefined>;
  status: number;
  type: string;
  body: unknown;
}
type KoaMiddleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;
type S3rverConstructor = new (options: {
  port: number;
  address: string;
  directory: string;
  silent: boolean;
  configureBuckets: { name: string }[];
}) => S3rverInstance;

const require = createRequire(import.meta.url);
let s3rverClass: S3rverConstructor | undefined;

/** Starts s3rver on a free port of 127.0.0.1 with its own temp dir; resolves once it accepts requests. */
export async function startS3Server(options: S3ServerOptions = {}): Promise<S3Server> {
  const buckets = validateOptions(options);
  s3rverClass ??= require("s3rver") as S3rverConstructor;
  const owned = options.dir === undefined;
  const dir = options.dir ?? (await createTempDir("sluice-s3-"));
  if (!owned) await mkdir(dir, { recursive: true });
  const removeOwned = () => (owned ? removeTempDir(dir) : Promise.resolve());
  const s3rver = new s3rverClass({
    port: options.port ?? 0,
    address: HOST,
    directory: dir,
    silent: true,
    configureBuckets: buckets.map((name) => ({ name })),
  });
  s3rver.middleware.unshift(abortMultipartUpload(dir), listMultipartUploads(dir));
  let port: number;
  try {
    port = (await s3rver.run()).port;
  } catch (error) {
    await removeOwned();
    throw error;
  }
  const endpoint = `http://${HOST}:${port}`;
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= closeServer(s3rver).finally(removeOwned);
    return stopped;
  };
  return {
    endpoint,
    host: HOST,
    port,
    dir,
    region: REGION,
    credentials: { ...S3_SERVER_CREDENTIALS },
    buckets,
    client: () => ({
      endpoint,
      region: REGION,
      forcePathStyle: true,
      credentials: { ...S3_SERVER_CREDENTIALS },
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    }),
    stop,
    [Symbol.asyncDispose]: stop,
  };
}

function validateOptions(options: S3ServerOptions): string[] {
  if (options === null || typeof options !== "object") throw new TypeError("options must be an object");
  for (const name of Object.keys(options)) {
    if (!["buckets", "dir", "port"].includes(name))
      throw new TypeError(`unknown option ${JSON.stringify(name)}`);
  }
  if (options.dir !== undefined && (typeof options.dir !== "string" || options.dir === "")) {
    throw new TypeError("dir must be a non-empty path");
  }
  const { port } = options;
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    throw new TypeError(`port must be an integer from 0 to 65535, got ${JSON.stringify(port)}`);
  }
  const buckets = options.buckets ?? [];
  if (!Array.isArray(buckets)) throw new TypeError("buckets must be an array of bucket names");
  for (const name of buckets) {
    if (typeof name !== "string" || !BUCKET_NAME.test(name)) {
      throw new TypeError(
        `invalid bucket name ${JSON.stringify(name)}: 3-63 characters a-z 0-9 . -, starting and ending with a letter or digit`,
      );
    }
  }
  if (new Set(buckets).size !== buckets.length) throw new TypeError("buckets has a name twice");
  return [...buckets];
}

/** `close()` waits for keep-alive connections (the SDK keeps them open): close them too once the listener stops. */
async function closeServer(s3rver: S3rverInstance): Promise<void> {
  const closed = s3rver.close();
  s3rver.httpServer?.closeAllConnections();
  await closed;
}

/** s3rver keeps the parts of an unfinished upload in `<dir>/<bucket>/._S3rver_uploads/<uploadId>/`. */
const UPLOAD_ID = /^[0-9a-f]{32}$/;

/**
 * AbortMultipartUpload (`DELETE /<bucket>/<key>?uploadId=…`), which s3rver 3.7 answers with MethodNotAllowed:
 * removes the upload's parts, as S3 does, so that `Upload` of lib-storage can clean up after a failed part.
 */
function abortMultipartUpload(dir: string): KoaMiddleware {
  return async (ctx, next) => {
    const uploadId = ctx.query.uploadId;
    const match = /^\/([^/]+)\/./.exec(ctx.path);
    if (ctx.method !== "DELETE" || typeof uploadId !== "string" || !match?.[1]) return next();
    const uploadDir = join(dir, decodeURIComponent(match[1]), "._S3rver_uploads", uploadId);
    const known = UPLOAD_ID.test(uploadId) && (await stat(uploadDir).catch(() => null))?.isDirectory();
    if (!known) {
      ctx.status = 404;
      ctx.type = "application/xml";
      ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchUpload</Code><Message>The specified upload does not exist.</Message><UploadId>${uploadId.replace(/[^0-9A-Za-z]/g, "")}</UploadId></Error>`;
      return;
    }
    await rm(uploadDir, { recursive: true, force: true });
    ctx.status = 204;
  };
}

const xmlText = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * ListMultipartUploads (`GET /<bucket>?uploads&prefix=…`), which s3rver 3.7 answers with NotImplemented: every
 * unfinished upload of the bucket whose key starts with the prefix, initiated when its upload dir was made, in one
 * page (what a cleanup of abandoned uploads needs).
 */
function listMultipartUploads(dir: string): KoaMiddleware {
  return async (ctx, next) => {
    const match = /^\/([^/]+)\/?$/.exec(ctx.path);
    if (ctx.method !== "GET" || ctx.query.uploads === undefined || !match?.[1]) return next();
    const bucket = decodeURIComponent(match[1]);
    const prefix = typeof ctx.query.prefix === "string" ? ctx.query.prefix : "";
    const uploadsDir = join(dir, bucket, "._S3rver_uploads");
    const ids = (await readdir(uploadsDir).catch(() => [] as string[])).filter((id) => UPLOAD_ID.test(id));
    const uploads = await Promise.all(
      ids.map(async (id) => {
        const keyFile = join(uploadsDir, id, "key");
        const [key, info] = await Promise.all([readFile(keyFile, "utf8"), stat(keyFile)]);
        return { id, key, initiated: info.mtime };
      }),
    );
    const rows = uploads
      .filter((upload) => upload.key.startsWith(prefix))
      .sort((a, b) => a.key.localeCompare(b.key) || a.id.localeCompare(b.id))
      .map(
        (u) =>
          `<Upload><Key>${xmlText(u.key)}</Key><UploadId>${u.id}</UploadId><Initiated>${u.initiated.toISOString()}</Initiated><StorageClass>STANDARD</StorageClass></Upload>`,
      );
    ctx.status = 200;
    ctx.type = "application/xml";
    ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<ListMultipartUploadsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Bucket>${xmlText(bucket)}</Bucket><Prefix>${xmlText(prefix)}</Prefix><MaxUploads>${Math.max(1000, rows.length)}</MaxUploads><IsTruncated>false</IsTruncated>${rows.join("")}</ListMultipartUploadsResult>`;
  };
}
