import type { MiddlewareObj } from "@middy/core";
import { InvalidInputError, jsonTooDeepAt, MAX_JSON_DEPTH, TooLargeError } from "@sluice/streams";
import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { UnsupportedMediaTypeError } from "./errors.ts";
import { jsonErrorPosition, lineAndColumn } from "./json-error-position.ts";
import { stateOf } from "./request-state.ts";

/** `application/json` and `application/<anything>+json`, with parameters such as `; charset=utf-8`. */
export const JSON_MEDIA_TYPE = /^application\/(?:[a-z0-9.!#$&^_-]+\+)?json\s*(?:;.*)?$/i;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decoded size of a base64 string, without decoding it. */
function base64Bytes(text: string): number {
  const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  return Math.floor((text.length * 3) / 4) - padding;
}

function parse(bytes: Buffer): unknown {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InvalidInputError("http.malformed_json", "Malformed JSON body: it is not valid UTF-8");
  }
  // Before parsing, so that nothing recursive (JSON.stringify, validators, the error position scan) meets it.
  const tooDeep = jsonTooDeepAt(bytes);
  if (tooDeep !== undefined) {
    throw new InvalidInputError(
      "http.json_too_deep",
      `JSON body nests deeper than the limit of ${MAX_JSON_DEPTH} levels of arrays and objects (at byte ${tooDeep})`,
      { details: { limit: MAX_JSON_DEPTH, position: tooDeep } },
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    const position = jsonErrorPosition(text);
    if (position === undefined) throw new InvalidInputError("http.malformed_json", "Malformed JSON body");
    const { line, column } = lineAndColumn(text, position);
    const found =
      position < text.length ? `unexpected ${JSON.stringify(text[position])}` : "unexpected end of input";
    throw new InvalidInputError(
      "http.malformed_json",
      `Malformed JSON body: ${found} at position ${position} (line ${line}, column ${column})`,
      { details: { position, line, column } },
    );
  }
}

/**
 * Reads the body: base64-decoded when API Gateway encoded it, at most `maxBodyBytes` (413 beyond). With `json` (the
 * default) only JSON is accepted (415 for another content type, 400 with the parse position when malformed or when it
 * nests deeper than MAX_JSON_DEPTH) and parsed into `body`; without, the bytes are handed over as they are in `rawBody`, whatever their type (request-reply
 * forwards them). A request without a body passes with `body` undefined: routes that need one say so.
 */
export function jsonBody({
  maxBodyBytes,
  json = true,
}: {
  maxBodyBytes: number;
  json?: boolean;
}): MiddlewareObj<APIGatewayProxyEventV2> {
  return {
    before(request) {
      const { body, isBase64Encoded, headers } = request.event;
      if (body === undefined || body === null || body === "") return;
      const size = isBase64Encoded ? base64Bytes(body) : Buffer.byteLength(body);
      if (size > maxBodyBytes) {
        throw new TooLargeError(
          "http.body_too_large",
          `Request body of ${size} bytes is over the limit of ${maxBodyBytes} bytes`,
          { details: { bytes: size, limit: maxBodyBytes } },
        );
      }
      const contentType = headers?.["content-type"];
      if (json && (contentType === undefined || !JSON_MEDIA_TYPE.test(contentType))) {
        throw new UnsupportedMediaTypeError(
          "http.unsupported_media_type",
          `Content-Type must be application/json, got ${contentType === undefined ? "none" : JSON.stringify(contentType)}`,
          { details: { contentType: contentType ?? null } },
        );
      }
      const state = stateOf(request.event);
      state.rawBody = Buffer.from(body, isBase64Encoded ? "base64" : "utf8");
      if (json) state.body = parse(state.rawBody);
    },
  };
}
