// Secrets taken out of a log line before it is written, whatever wrote it: a JSON record, util.inspect's text of an
// error, a plain message. Every log writer of the repository goes through redactSecrets (log-writer.ts), so a URL,
// a header or a config object logged anywhere cannot carry a password, a token or a signature to CloudWatch or to
// npm start's log file. It works on the text, not on parsed JSON, so it also covers lines that are not JSON and
// values nested as text inside other values. Each pattern starts only where a token starts (a lookbehind or a
// delimiter) and bounds the names it reads (40 characters either side of the word that makes them secret), so a
// long line costs linear time: a log line may hold a caller's input.

/** What replaces a secret. */
export const REDACTED = "***";

// `scheme://user:password@host`: the password goes (Redis URLs, upstream URLs). The userinfo ends at the last `@`
// before the host's end, as a URL parser reads it.
const URL_PASSWORD = /(?<![a-z0-9+.-])([a-z][a-z0-9+.-]{0,30}:\/\/[^\s/?#@"':]*):[^\s/?#"']*@/gi;

// A query parameter whose name says secret: `?token=…`, `&X-Amz-Signature=…`, `&api_key=…`, `&sig=…`.
const QUERY_SECRET =
  /([?&;][^\s=&#"'\\?;]{0,40}?(?:token|key|secret|passw(?:or)?d|pwd|signature|sig|auth|credential|session)[^\s=&#"'\\?;]{0,40}=)[^\s&#"'\\]*/gi;

// `Bearer <token>` in a header value or a message.
const BEARER_WORD = /bearer/i;
const BEARER = /\b(bearer\s+)[a-z0-9._~+/-]+=*/gi;

// A field named like a secret, in JSON (`"password":"…"`), in JSON nested as text (`\"password\":\"…\"`), in
// util.inspect (`password: '…'`) or in text (`token=…`, `Authorization: Basic …`): its value goes, whether quoted,
// bare (with its auth scheme) or a flat array.
const SECRET_NAME =
  "password|passwd|secret|token|authorization|api[-_]?key|cookie|credential|private[-_]?key";
const SECRET_WORD = new RegExp(SECRET_NAME, "i");
const SECRET_FIELD = new RegExp(
  String.raw`(\\{0,7}["']|)(?<![\w.-])([\w.-]{0,40}(?:${SECRET_NAME})[\w.-]{0,40})\1(\s*[:=]\s*)` +
    String.raw`(\\+"(?:(?!\\+").)*\\+"|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\[[^\][{}]*\]|` +
    String.raw`(?:(?:basic|bearer|digest)\s+)?[^\s,;&"'{}[\]\\]+)`,
  "gi",
);

/**
 * A secret field's value replaced, in its own quotes (those of its name when it was bare, so JSON stays JSON);
 * `null`, `true` and `false` say there is no secret and stay.
 */
function redactedValue(quote: string, value: string): string {
  if (value === "null" || value === "true" || value === "false") return value;
  const delimiter = /^\\*["']/.exec(value)?.[0] ?? (quote.endsWith('"') ? quote : "");
  if (value.startsWith("[")) return `[${delimiter || '"'}${REDACTED}${delimiter || '"'}]`;
  return `${delimiter}${REDACTED}${delimiter}`;
}

/**
 * `text` with secrets replaced by `***`: URL passwords, query values of secret-looking parameters, bearer tokens and
 * the values of fields named like secrets (password, token, authorization, apiKey, secret, cookie, credentials…).
 * Names, hosts and the shape of the line stay, so the line still says what happened and stays valid JSON.
 */
export function redactSecrets(text: string): string {
  // Cheap looks first: most lines (EMF metrics, routine records) hold none of what the patterns look for.
  let line = text;
  if (line.includes("@")) line = line.replace(URL_PASSWORD, `$1:${REDACTED}@`);
  if (line.includes("=")) line = line.replace(QUERY_SECRET, `$1${REDACTED}`);
  if (BEARER_WORD.test(line)) line = line.replace(BEARER, `$1${REDACTED}`);
  if (!SECRET_WORD.test(line)) return line;
  return line.replace(
    SECRET_FIELD,
    (_match, quote: string, name: string, separator: string, value: string) =>
      `${quote}${name}${quote}${separator}${redactedValue(quote, value)}`,
  );
}
