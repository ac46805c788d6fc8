// Typed getters of environment variables for the loaders beside this file. Each reads one variable of an environment
// record and throws InvalidInputError (code `config.invalid_environment`, details.variable) with a message naming the
// variable and what is wrong with its value. An empty value is an unset one (`VAR=` in an env file).
import { assertStreamName, type Durability, InvalidInputError } from "@sluice/streams";

export type Environment = Record<string, string | undefined>;

/** The error of a bad value, naming its variable. */
export function invalid(message: string, name: string): InvalidInputError {
  return new InvalidInputError("config.invalid_environment", message, { details: { variable: name } });
}

/** The variable's value trimmed, or undefined when it is unset or empty. */
export function text(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

/** A positive integer variable: `SLUICE_BATCH_SIZE must be a positive integer, got "abc"`. */
export function positiveInteger(env: Environment, name: string): number | undefined {
  const value = text(env, name);
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1) {
    throw invalid(`${name} must be a positive integer, got ${JSON.stringify(env[name])}`, name);
  }
  return number;
}

/** A positive integer, or exactly `0` (which turns something off). */
export function positiveIntegerOrZero(env: Environment, name: string): number | undefined {
  return text(env, name) === "0" ? 0 : positiveInteger(env, name);
}

/** A TCP port: `SLUICE_HTTP_PORT must be a port from 1 to 65535, got 70000`. */
export function port(env: Environment, name: string): number | undefined {
  const value = positiveInteger(env, name);
  if (value !== undefined && value > 65535) {
    throw invalid(`${name} must be a port from 1 to 65535, got ${value}`, name);
  }
  return value;
}

/** One of a fixed set of words: `SLUICE_REDIS_MODE must be "standalone" or "cluster", got "x"`. */
export function oneOf<T extends string>(
  env: Environment,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const value = text(env, name);
  if (value === undefined || allowed.includes(value as T)) return value as T | undefined;
  const choices = allowed.map((a) => JSON.stringify(a)).join(" or ");
  throw invalid(`${name} must be ${choices}, got ${JSON.stringify(env[name])}`, name);
}

/** `true` or `false` (the default): `SLUICE_FRAMES_CROPS must be "true" or "false", got "yes"`. */
export function boolean(env: Environment, name: string): boolean {
  return oneOf(env, name, ["true", "false"]) === "true";
}

/**
 * `replicated` (writes confirmed once a replica has them: WAIT 1, timeout 1 s) or `none` (the default), the words of
 * the HTTP header Sluice-Durability: `SLUICE_LAKE_DURABILITY must be "replicated" or "none", got "all"`.
 */
export function durability(env: Environment, name: string): Durability {
  return oneOf(env, name, ["replicated", "none"]) === "replicated" ? {} : false;
}

/**
 * A comma-separated list, each item trimmed; `fallback` when unset. Empty items are kept, for the caller to refuse
 * (a stream name) or drop (a CORS origin).
 */
export function list(env: Environment, name: string, fallback = ""): string[] {
  return (text(env, name) ?? fallback).split(",").map((item) => item.trim());
}

/** A list of stream names, each checked, none twice; `fallback` when unset. */
export function streamList(env: Environment, name: string, fallback: string): string[] {
  const streams = list(env, name, fallback);
  for (const stream of streams) {
    try {
      assertStreamName(stream);
    } catch (error) {
      throw invalid(`${name}: ${(error as Error).message}, in ${JSON.stringify(env[name])}`, name);
    }
  }
  if (new Set(streams).size !== streams.length)
    throw invalid(`${name} names a stream twice: ${env[name]}`, name);
  return streams;
}

/** An S3 key prefix: empty by default, else ending with "/" (`redis/`). */
export function keyPrefix(env: Environment, name: string): string {
  const prefix = text(env, name) ?? "";
  if (prefix !== "" && !prefix.endsWith("/")) {
    throw invalid(`${name} must end with "/", got ${JSON.stringify(prefix)}`, name);
  }
  return prefix;
}

/**
 * A bucket: the linked one (`linked`, from resource.ts), else the variable's, else an error naming both:
 * `SLUICE_LAKE_BUCKET is not set and no Lake bucket is linked`.
 */
export function bucketName(env: Environment, linked: string | null, name: string, link: string): string {
  const bucket = linked ?? text(env, name);
  if (bucket === undefined) throw invalid(`${name} is not set and no ${link} bucket is linked`, name);
  return bucket;
}
