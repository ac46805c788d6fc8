// The binary writer of sluice.frames.v1 messages, driven by frame-schema.ts's table: it measures the message first,
// allocates its bytes once and writes every field in place, so an image is copied once. protobuf.js's writer grows
// its buffer by doubling, shifts each nested message to fit its length prefix and copies the result out again: four
// or five copies of the image per encode, and the allocations behind them. The output is the same bytes as
// protobuf.js's generated encode (codec.test.ts checks it): fields in number order, proto3 defaults left out, map
// entries with both key and value, and the unknown fields a decoded message kept (`$unknowns`) written back last.
import $protobuf from "protobufjs/minimal.js";
import type { Field, MessageType, ValueType } from "./frame-schema.ts";
import type { Int64Value } from "./int64.ts";

const VARINT = 0;
const FIXED64 = 1;
const LENGTH_DELIMITED = 2;

type Message = Record<string, unknown>;

function wireType(type: ValueType): number {
  if (type === "double") return FIXED64;
  if (type === "string" || type === "bytes") return LENGTH_DELIMITED;
  return typeof type === "string" || type.kind === "enum" ? VARINT : LENGTH_DELIMITED;
}

const tagOf = (number: number, type: ValueType) => ((number << 3) | wireType(type)) >>> 0;
/** A map field's entries are messages `{ 1: key, 2: value }`. */
const mapTag = (number: number) => ((number << 3) | LENGTH_DELIMITED) >>> 0;

function varint32Size(value: number): number {
  return value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;
}

/** A 64-bit integer's halves (two's complement for negatives), as protobuf.js's LongBits reads a number or a Long. */
function halves(value: Int64Value): { lo: number; hi: number } {
  return $protobuf.util.LongBits.from(value as number);
}

function varint64Size({ lo, hi }: { lo: number; hi: number }): number {
  let size = 1;
  while (hi !== 0 || lo > 0x7f) {
    lo = ((lo >>> 7) | (hi << 25)) >>> 0;
    hi >>>= 7;
    size++;
  }
  return size;
}

/** Whether a singular field holding `value` is written: set, and not at its proto3 default. */
export function present(value: unknown, type: ValueType): boolean {
  if (value == null) return false;
  switch (type) {
    case "string":
      return value !== "";
    case "bytes":
      return (value as Uint8Array).length > 0;
    case "bool":
      return value !== false;
    case "uint32":
      return value !== 0;
    case "double":
      return !Object.is(value, 0); // -0 is written, as protobuf.js and protoc do
    case "uint64": {
      if (typeof value === "number") return value !== 0;
      const { low, high } = value as { low: number; high: number };
      return low !== 0 || high !== 0;
    }
  }
  return type.kind === "enum" ? value !== 0 : true;
}

function unknownsOf(message: Message): Uint8Array[] | undefined {
  return Object.hasOwn(message, "$unknowns") ? (message.$unknowns as Uint8Array[] | undefined) : undefined;
}

/**
 * Measures, then writes. The measuring pass records the length of every nested message (in the order the writing
 * pass meets them) and of every string, so nothing is measured twice.
 */
class FrameWriter {
  readonly #lengths: number[] = [];
  #next = 0;
  #buffer = Buffer.alloc(0);
  #pos = 0;

  encode(message: Message, type: MessageType, prefix?: Uint8Array): Buffer {
    const size = this.#messageSize(message, type);
    const offset = prefix?.length ?? 0;
    this.#buffer = Buffer.allocUnsafe(offset + size);
    if (prefix) this.#buffer.set(prefix, 0);
    this.#pos = offset;
    this.#writeMessage(message, type);
    if (this.#pos !== offset + size)
      throw new Error(`frame writer: wrote ${this.#pos - offset} of ${size} bytes`);
    return this.#buffer;
  }

  #messageSize(message: Message, type: MessageType): number {
    let size = 0;
    for (const field of type.fields) {
      const value = message[field.jsonName];
      if (value == null) continue;
      if (field.label === "singular") {
        if (present(value, field.type)) size += this.#fieldSize(field.number, field.type, value);
      } else if (field.label === "repeated") {
        for (const item of value as unknown[]) size += this.#fieldSize(field.number, field.type, item);
      } else {
        for (const key of Object.keys(value as object)) {
          // An entry is a nested message: its length is recorded before its key's and value's.
          const at = this.#lengths.push(0) - 1;
          const entry =
            this.#fieldSize(1, "string", key) + this.#fieldSize(2, field.type, (value as Message)[key]);
          this.#lengths[at] = entry;
          size += varint32Size(mapTag(field.number)) + varint32Size(entry) + entry;
        }
      }
    }
    for (const unknown of unknownsOf(message) ?? []) size += unknown.length;
    return size;
  }

  /** Tag, length prefix if any, and value. */
  #fieldSize(number: number, type: ValueType, value: unknown): number {
    const tag = varint32Size(tagOf(number, type));
    switch (type) {
      case "string": {
        const length = Buffer.byteLength(value as string);
        this.#lengths.push(length);
        return tag + varint32Size(length) + length;
      }
      case "bytes": {
        const length = (value as Uint8Array).length;
        return tag + varint32Size(length) + length;
      }
      case "bool":
        return tag + 1;
      case "double":
        return tag + 8;
      case "uint32":
        return tag + varint32Size((value as number) >>> 0);
      case "uint64":
        return tag + varint64Size(halves(value as Int64Value));
    }
    if (type.kind === "enum") return tag + ((value as number) < 0 ? 10 : varint32Size(value as number));
    // A nested message: its length is recorded before its fields' strings, as the writing pass needs them.
    const at = this.#lengths.push(0) - 1;
    const length =
      type.kind === "timestamp"
        ? this.#timestampSize(value as Message)
        : this.#messageSize(value as Message, type);
    this.#lengths[at] = length;
    return tag + varint32Size(length) + length;
  }

  #timestampSize(timestamp: Message): number {
    const { seconds, nanos } = timestamp;
    let size = 0;
    if (present(seconds, "uint64")) size += 1 + varint64Size(halves(seconds as Int64Value));
    if (nanos != null && nanos !== 0)
      size += 1 + ((nanos as number) < 0 ? 10 : varint32Size(nanos as number));
    for (const unknown of unknownsOf(timestamp) ?? []) size += unknown.length;
    return size;
  }

  #writeMessage(message: Message, type: MessageType): void {
    for (const field of type.fields) {
      const value = message[field.jsonName];
      if (value == null) continue;
      if (field.label === "singular") {
        if (present(value, field.type)) this.#writeField(field.number, field.type, value);
      } else if (field.label === "repeated") {
        for (const item of value as unknown[]) this.#writeField(field.number, field.type, item);
      } else {
        for (const key of Object.keys(value as object))
          this.#writeMapEntry(field, key, (value as Message)[key]);
      }
    }
    for (const unknown of unknownsOf(message) ?? []) this.#raw(unknown);
  }

  #writeMapEntry(field: Field, key: string, value: unknown): void {
    this.#varint32(mapTag(field.number));
    this.#varint32(this.#lengths[this.#next++] as number);
    this.#writeField(1, "string", key);
    this.#writeField(2, field.type, value);
  }

  #writeField(number: number, type: ValueType, value: unknown): void {
    this.#varint32(tagOf(number, type));
    switch (type) {
      case "string": {
        this.#varint32(this.#lengths[this.#next++] as number);
        this.#pos += this.#buffer.write(value as string, this.#pos);
        return;
      }
      case "bytes":
        this.#varint32((value as Uint8Array).length);
        this.#raw(value as Uint8Array);
        return;
      case "bool":
        this.#buffer[this.#pos++] = value ? 1 : 0;
        return;
      case "double":
        this.#pos = this.#buffer.writeDoubleLE(value as number, this.#pos);
        return;
      case "uint32":
        this.#varint32((value as number) >>> 0);
        return;
      case "uint64":
        this.#varint64(halves(value as Int64Value));
        return;
    }
    if (type.kind === "enum") {
      this.#int32(value as number);
      return;
    }
    this.#varint32(this.#lengths[this.#next++] as number);
    if (type.kind === "message") {
      this.#writeMessage(value as Message, type);
      return;
    }
    const { seconds, nanos } = value as Message;
    if (present(seconds, "uint64")) {
      this.#varint32(tagOf(1, "uint64"));
      this.#varint64(halves(seconds as Int64Value));
    }
    if (nanos != null && nanos !== 0) {
      this.#varint32(tagOf(2, "uint32"));
      this.#int32(nanos as number);
    }
    for (const unknown of unknownsOf(value as Message) ?? []) this.#raw(unknown);
  }

  #raw(bytes: Uint8Array): void {
    this.#buffer.set(bytes, this.#pos);
    this.#pos += bytes.length;
  }

  #varint32(value: number): void {
    while (value > 0x7f) {
      this.#buffer[this.#pos++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.#buffer[this.#pos++] = value;
  }

  /** An int32 (an enum, nanos): a negative one is sign-extended to ten bytes, as protobuf requires. */
  #int32(value: number): void {
    if (value < 0) this.#varint64(halves(value));
    else this.#varint32(value);
  }

  #varint64({ lo, hi }: { lo: number; hi: number }): void {
    while (hi !== 0) {
      this.#buffer[this.#pos++] = (lo & 0x7f) | 0x80;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    this.#varint32(lo);
  }
}

/** The binary encoding of `message` (a well-typed one: see checkFrameShape), behind `prefix` when given. */
export function writeMessage(message: object, type: MessageType, prefix?: Uint8Array): Buffer {
  return new FrameWriter().encode(message as Message, type, prefix);
}
