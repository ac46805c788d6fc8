// What most runner tests here start from: a redis-server for the file, a producer on it, and numbered JSON entries.
import { Producer } from "@sluice/streams";
import type { RedisServerOptions } from "@sluice/testing";
import { useRedisServer } from "@sluice/testing/clients";
import { beforeAll } from "vitest";

/** useRedisServer(options) plus `producer`, a Producer on its client; like the rest, it is set by beforeAll. */
export function useRedisWithProducer(options?: RedisServerOptions) {
  const server = useRedisServer(options) as ReturnType<typeof useRedisServer> & { producer: Producer };
  beforeAll(() => {
    server.producer = new Producer(server.client);
  });
  return server;
}

/** `count` entries of type "t", each with the JSON data `{"n":<its index>}`. */
export const numberedEntries = (count: number) =>
  Array.from({ length: count }, (_, n) => ({ type: "t", data: `{"n":${n}}` }));
