// A stage passes a frame on with a few fields changed. Protobuf lets it append the changed fields to the bytes it
// received instead of encoding the whole frame again (an image and all): a parser takes the last value of a singular
// field it meets twice. That holds for every parser only for scalars; for a message field parsers differ (protoc's
// merge the two, protobuf.js keeps the last), and a repeated or map field gains the appended elements. So a changed
// message, repeated or map field is appended only where the frame has none yet, and any other change (or a scalar
// set back to its default, which the encoding leaves out) re-encodes the frame.
import type { FrameProperties, ProcessedFrame } from "./codec.ts";
import { type Field, PROCESSED_FRAME } from "./frame-schema.ts";
import { checkFrameRules, checkFrameShape } from "./frame-validation.ts";
import { present, writeMessage } from "./frame-writer.ts";

function isEmpty(value: unknown, field: Field): boolean {
  if (value == null) return true;
  if (field.label === "repeated") return (value as unknown[]).length === 0;
  if (field.label === "map") return Object.keys(value as object).length === 0;
  return false;
}

/** Whether setting `field` of `frame` to `value` can be written by appending it. */
function appendable(frame: Record<string, unknown>, field: Field, value: unknown): boolean {
  const current = frame[field.jsonName];
  const { type } = field;
  if (field.label === "singular" && (typeof type === "string" || type.kind === "enum")) {
    // A default is not written at all: appending it is right only when the frame holds the default too.
    return present(value, type) || !present(current, type);
  }
  return isEmpty(current, field) && !isEmpty(value, field);
}

/**
 * The encoding of `frame` (decoded from `bytes`) with `changes` made, and `frame` updated with them. The changed
 * fields are validated (their shape, and the frame's rules with them in place); the rest of the frame is taken as it
 * was decoded, which is why this is for frames the platform wrote (see decodeFrame's `validate`). When every change
 * can be appended the result is `bytes` followed by the changed fields: one allocation, one copy of `bytes`
 * (no changes: `bytes` itself); otherwise the updated frame is encoded whole.
 */
export function updateFrame(bytes: Uint8Array, frame: ProcessedFrame, changes: FrameProperties): Uint8Array {
  checkFrameShape(changes);
  checkFrameRules(Object.assign(Object.create(frame) as ProcessedFrame, changes));
  const fields = frame as unknown as Record<string, unknown>;
  const entries = Object.entries(changes);
  let append = true;
  for (const [key, value] of entries) {
    const field = PROCESSED_FRAME.fieldsByKey.get(key);
    if (field === undefined || field.jsonName !== key) {
      throw new TypeError(`updateFrame: ${key} is not a field of ProcessedFrame (by its JSON name)`);
    }
    append &&= appendable(fields, field, value);
  }
  Object.assign(frame, changes);
  if (entries.length === 0) return bytes;
  return append ? writeMessage(changes, PROCESSED_FRAME, bytes) : writeMessage(frame, PROCESSED_FRAME);
}
