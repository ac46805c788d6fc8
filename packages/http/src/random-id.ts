// Random ids made per request (new trace ids, the local server's API Gateway request ids), drawn from a pool of
// CSPRNG bytes refilled 4 KiB at a time, as Node does for randomUUID: crypto.randomBytes makes one getrandom system
// call per call, which showed in the HTTP server's profile under load (two per request).
import { randomFillSync } from "node:crypto";

const POOL_BYTES = 4096;
const pool = Buffer.alloc(POOL_BYTES);
let offset = POOL_BYTES;

/** `bytes` fresh random bytes (at most 4096), encoded; no byte of the pool is handed out twice. */
export function randomId(bytes: number, encoding: "hex" | "base64"): string {
  if (!Number.isInteger(bytes) || bytes < 1 || bytes > POOL_BYTES)
    throw new RangeError(`randomId takes 1 to ${POOL_BYTES} bytes, got ${bytes}`);
  if (offset + bytes > POOL_BYTES) {
    randomFillSync(pool);
    offset = 0;
  }
  const id = pool.toString(encoding, offset, offset + bytes);
  offset += bytes;
  return id;
}
