// The local development token: one random bearer token with every scope, which npm start and the launcher create in
// their directory on first run and reuse after — `<dir>/dev-token` (the token alone, one line, mode 0600) and
// `<dir>/tokens.json` (the token → scopes table their HTTP server and gRPC gateway read through SLUICE_TOKENS_FILE,
// mode 0600). People may add tokens to tokens.json by hand: a table that parses is kept as it is. Every local client
// (the load tool, the benches, chaos, soak) reads the token back with readDevToken and sends it (bearer-auth.ts);
// a bench serving the front doors in its own process points its environment at the table with serveWithDevToken.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { chmod, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { TokenTable } from "@sluice/streams";
import type { Environment } from "../../functions/config/env.ts";
import { localDir } from "./local-dir.ts";

export const DEV_TOKEN_FILE = "dev-token";
export const TOKENS_FILE = "tokens.json";
/** The name the development token has in the table (the caller's name in audit records). */
export const DEV_TOKEN_NAME = "dev";
/** 32 random bytes, 43 characters of base64url. */
const TOKEN_BYTES = 32;
const PRIVATE = 0o600;

export interface DevToken {
  token: string;
  /** `<dir>/dev-token`. */
  file: string;
  /** `<dir>/tokens.json`. */
  tokensFile: string;
  /** Whether this call wrote either file (first run, or one of them was missing). */
  created: boolean;
  /** Whether the table knows the token: false only when someone took it out of a hand-edited tokens.json. */
  inTable: boolean;
}

/** The development token of `dir`: the files' if they exist, else new ones; throws when tokens.json does not parse. */
export async function ensureDevToken(dir: string): Promise<DevToken> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, DEV_TOKEN_FILE);
  const tokensFile = join(dir, TOKENS_FILE);
  const tableText = await readIfExists(tokensFile);
  // A table that is there but broken is someone's hand edit: refuse rather than overwrite their tokens.
  const table = tableText === undefined ? undefined : TokenTable.parse(tableText, tokensFile);
  let token = (await readIfExists(file))?.trim() ?? "";
  let created = false;
  if (token === "") {
    // dev-token deleted but the table kept: its `dev` entry is the token the user's tools still hold.
    token = (tableText && devEntryToken(tableText)) || randomBytes(TOKEN_BYTES).toString("base64url");
    await writePrivate(file, `${token}\n`);
    created = true;
  } else await chmod(file, PRIVATE);
  if (table === undefined) {
    const text = `${JSON.stringify([{ name: DEV_TOKEN_NAME, token, scopes: ["*"] }], null, 2)}\n`;
    TokenTable.parse(text, `the table for ${file}`); // a token edited into something no table takes fails here
    await writePrivate(tokensFile, text);
    created = true;
  } else await chmod(tokensFile, PRIVATE);
  const inTable = table === undefined || table.lookup(token) !== undefined;
  return { token, file, tokensFile, created, inTable };
}

/**
 * The token a local client sends: `<dir>/dev-token` (dir: SLUICE_LOCAL_DIR, else .sluice), read at once; throws
 * saying how to get one when there is none.
 */
export function readDevToken(dir: string): string {
  const file = join(dir, DEV_TOKEN_FILE);
  let token = "";
  try {
    token = readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  if (token === "") {
    throw new Error(`no development token in ${file}: run npm start once (it writes one) or pass --token`);
  }
  return token;
}

/**
 * The variables that point a local server at the table: SLUICE_TOKENS_FILE, unless the environment already names a
 * table (SLUICE_TOKENS or SLUICE_TOKENS_FILE), which then wins.
 */
export function tokenTableEnvironment(env: Environment, dev: DevToken): Record<string, string> {
  return env.SLUICE_TOKENS?.trim() || env.SLUICE_TOKENS_FILE?.trim()
    ? {}
    : { SLUICE_TOKENS_FILE: dev.tokensFile };
}

/**
 * For a script that serves the front doors in its own process (the benches): the development token of npm start's
 * directory, created if need be, with its table set in `env` for the local server to read. Returns the token to send.
 */
export async function serveWithDevToken(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const dev = await ensureDevToken(localDir(env));
  Object.assign(env, tokenTableEnvironment(env, dev));
  return dev.token;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** The plain token of the table's `dev` entry, if it has one. */
function devEntryToken(tableText: string): string | undefined {
  const entries = JSON.parse(tableText) as { name?: unknown; token?: unknown }[];
  const token = entries.find((entry) => entry.name === DEV_TOKEN_NAME)?.token;
  return typeof token === "string" ? token : undefined;
}

/** Writes `text` to a new file of mode 0600 and renames it over `path`: never a half-written or readable file. */
async function writePrivate(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await rm(temporary, { force: true }); // left by a run that crashed here with the same pid
  await writeFile(temporary, text, { mode: PRIVATE, flag: "wx" });
  await rename(temporary, path);
}
