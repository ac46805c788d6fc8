// The URL a forwarder sends a request to: its configured upstream plus the request's path, built with URL and
// held to the upstream's origin and base path. The path comes from a request frame in Redis, which anyone who can
// write the route's stream controls: a path that could leave the upstream (another host, a parent directory,
// an encoded slash the upstream may decode) is refused, never normalised into something that looks allowed.
import { InvalidInputError } from "@sluice/streams";

const INVALID_PATH = "requests.invalid_path";
// Control characters (C0, DEL, C1) and spaces: never raw in a request target (fetch would encode them).
const RAW_CONTROL = /[\p{Cc} ]/u;
// Encoded, a space is a name; a control character is a header injection waiting for an upstream that decodes.
const CONTROL = /\p{Cc}/u;
// Percent-decoding is applied this many times: an upstream or a router in front of it may decode once more.
const DECODE_ROUNDS = 3;

function refuse(path: string, why: string): never {
  throw new InvalidInputError(INVALID_PATH, `The request's path is refused: ${why}`, {
    details: { path: path.slice(0, 200) },
  });
}

/** A path segment as an upstream decoding it (up to DECODE_ROUNDS times) would see it; undefined if undecodable. */
function decoded(segment: string): string | undefined {
  let text = segment;
  for (let round = 0; round < DECODE_ROUNDS && text.includes("%"); round++) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return undefined;
    }
  }
  return text;
}

/** Why the pathname (the part before `?`) could leave the base path, or undefined when it cannot. */
function pathProblem(pathname: string): string | undefined {
  if (!pathname.startsWith("/"))
    return "it must start with / (an absolute URL or a relative path is not a path)";
  if (pathname.startsWith("//")) return "it starts with // (a host of its own)";
  if (pathname.includes("\\")) return "it holds a backslash";
  if (pathname.includes("@")) return "it holds an @ (user information)";
  for (const segment of pathname.slice(1).split("/")) {
    const text = decoded(segment);
    if (text === undefined) return "it holds an invalid percent-encoding";
    if (text === "." || text === "..") return "it holds a . or .. segment";
    if (/[/\\@]/.test(text) || CONTROL.test(text)) return "it holds an encoded /, \\, @ or control character";
  }
  return undefined;
}

/** Whether `url` is on `base`'s origin and at or below its path. */
function within(base: URL, url: URL): boolean {
  const root = base.pathname.replace(/\/+$/, "");
  return (
    url.origin === base.origin &&
    url.username === base.username &&
    url.password === base.password &&
    (url.pathname === base.pathname || url.pathname === root || url.pathname.startsWith(`${root}/`))
  );
}

/**
 * The upstream URL for a request: `base` for the path `/`, else base's path plus the request's path; the request's
 * query after base's own. Throws InvalidInputError `requests.invalid_path` (the forwarder answers 400) for a path
 * that is not a plain absolute path below base: an absolute URL, `//host`, `.`/`..` segments (also percent-encoded,
 * up to three times), encoded slashes, backslashes, `@`, control characters, spaces or a fragment.
 */
export function upstreamUrl(base: URL, path: string): URL {
  if (RAW_CONTROL.test(path)) refuse(path, "it holds a control character or a space");
  if (path.includes("#")) refuse(path, "it holds a fragment (#)");
  const query = path.indexOf("?");
  const pathname = query >= 0 ? path.slice(0, query) : path;
  const search = query >= 0 ? path.slice(query + 1) : "";
  const problem = pathProblem(pathname || "/");
  if (problem) refuse(path, problem);
  const url = new URL(base);
  if (pathname !== "/" && pathname !== "") url.pathname = `${base.pathname.replace(/\/+$/, "")}${pathname}`;
  if (search) url.search = base.search ? `${base.search.slice(1)}&${search}` : search;
  // The checks above should make this impossible; it stays as the rule itself, should a case slip past them.
  if (!within(base, url)) refuse(path, "it leads outside the upstream's base path");
  return url;
}
