import { InvalidInputError } from "@sluice/streams";

/**
 * An optional JSON object body with known fields only: `{}` when there was no body, 400 for anything else than an
 * object or for a field not in `fields` (so a typo is an error, not silently ignored).
 */
export function objectBody(body: unknown, fields: readonly string[]): Record<string, unknown> {
  if (body === undefined) return {};
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new InvalidInputError(
      "http.invalid_body",
      `The body must be a JSON object with fields ${fields.join(", ")}`,
    );
  }
  const unknown = Object.keys(body).filter((name) => !fields.includes(name));
  if (unknown.length > 0) {
    throw new InvalidInputError(
      "http.invalid_body",
      `Unknown field ${unknown.map((n) => JSON.stringify(n)).join(", ")}: use ${fields.join(", ")}`,
      { details: { unknown } },
    );
  }
  return body as Record<string, unknown>;
}
