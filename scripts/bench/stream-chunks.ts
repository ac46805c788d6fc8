// Every entry of a stream, read in XRANGE chunks (raw: ids and fields as Buffers), for the benches that hand a
// stream's entries to something other than the lake writer (the lake bench's baseline and its DuckDB peer).
import { type RedisClient, streamKeys } from "@sluice/streams";

const CHUNK = 5000;

export type RawEntry = [id: Buffer, fields: Buffer[]];

export async function* streamChunks(client: RedisClient, stream: string): AsyncGenerator<RawEntry[]> {
  let start = "-";
  for (;;) {
    const reply = (await client.callBuffer(
      "XRANGE",
      streamKeys(stream).stream,
      start,
      "+",
      "COUNT",
      CHUNK,
    )) as RawEntry[];
    if (reply.length === 0) return;
    yield reply;
    start = `(${(reply[reply.length - 1] as RawEntry)[0].toString()}`;
  }
}
