import { InvalidInputError } from "@sluice/streams";

/**
 * The request and reply frames stored in an entry's `d` (and a reply list's element): one tag byte, the length
 * of a small JSON head (u32 big-endian), the head, then the body bytes as they are. The body is never escaped or
 * base64-encoded (a 1 KiB body stays 1 KiB, where JSON + base64 makes it 1,366 bytes and costs an extra copy),
 * and the head keeps its flexibility as JSON.
 *
 * request head: { i: request id, m?: method (omitted for POST), p?: path (omitted for "/"), h?: headers }
 * reply head:   { i: request id, s: status, h?: headers }
 */
const REQUEST_TAG = 0x51; // "Q"
const REPLY_TAG = 0x52; // "R"
const PREFIX = 5;

export interface RequestFrame {
  requestId: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

export interface ReplyFrame {
  requestId: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function toBuffer(data: Uint8Array | string | undefined): Buffer {
  if (data === undefined) return Buffer.alloc(0);
  if (typeof data === "string") return Buffer.from(data);
  return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

function frame(tag: number, head: object, body: Uint8Array | string | undefined): Buffer {
  const headBytes = Buffer.from(JSON.stringify(head));
  const bodyBytes = toBuffer(body);
  const out = Buffer.allocUnsafe(PREFIX + headBytes.length + bodyBytes.length);
  out[0] = tag;
  out.writeUInt32BE(headBytes.length, 1);
  headBytes.copy(out, PREFIX);
  bodyBytes.copy(out, PREFIX + headBytes.length);
  return out;
}

function unframe(tag: number, data: Buffer): { head: Record<string, unknown>; body: Buffer } {
  const what = tag === REQUEST_TAG ? "request" : "reply";
  const bad = (why: string) =>
    new InvalidInputError("requests.invalid_frame", `Not a Sluice ${what} frame: ${why}`);
  if (data.length < PREFIX || data[0] !== tag) throw bad("wrong tag byte");
  const headLength = data.readUInt32BE(1);
  if (PREFIX + headLength > data.length) throw bad("head longer than the frame");
  let head: unknown;
  try {
    head = JSON.parse(data.toString("utf8", PREFIX, PREFIX + headLength));
  } catch {
    throw bad("head is not JSON");
  }
  if (head === null || typeof head !== "object" || typeof (head as { i?: unknown }).i !== "string") {
    throw bad("head has no request id");
  }
  // A view, not a copy: the body shares the entry's buffer.
  return { head: head as Record<string, unknown>, body: data.subarray(PREFIX + headLength) };
}

function headers(value: unknown): Record<string, string> {
  return value !== null && typeof value === "object" ? { ...(value as Record<string, string>) } : {};
}

export function encodeRequestFrame(
  request: Omit<RequestFrame, "body"> & { body?: Uint8Array | string },
): Buffer {
  const head: Record<string, unknown> = { i: request.requestId };
  if (request.method !== "POST") head.m = request.method;
  if (request.path !== "/") head.p = request.path;
  if (Object.keys(request.headers).length > 0) head.h = request.headers;
  return frame(REQUEST_TAG, head, request.body);
}

export function decodeRequestFrame(data: Buffer): RequestFrame {
  const { head, body } = unframe(REQUEST_TAG, data);
  return {
    requestId: head.i as string,
    method: typeof head.m === "string" ? head.m : "POST",
    path: typeof head.p === "string" ? head.p : "/",
    headers: headers(head.h),
    body,
  };
}

export function encodeReplyFrame(
  requestId: string,
  status: number,
  replyHeaders: Record<string, string>,
  body: Uint8Array | string | undefined,
): Buffer {
  const head: Record<string, unknown> = { i: requestId, s: status };
  if (Object.keys(replyHeaders).length > 0) head.h = replyHeaders;
  return frame(REPLY_TAG, head, body);
}

export function decodeReplyFrame(data: Buffer): ReplyFrame {
  const { head, body } = unframe(REPLY_TAG, data);
  const status = Number(head.s);
  return {
    requestId: head.i as string,
    status: Number.isInteger(status) ? status : 500,
    headers: headers(head.h),
    body,
  };
}
