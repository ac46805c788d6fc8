// A stream's entries as a consumer decodes them, each with its payload as text: what tests of the publish routes
// compare with what was sent.
import { decodeEntry, type RedisClient, streamKeys } from "@sluice/streams";

export async function storedEntries(client: RedisClient, stream: string) {
  const rows = (await client.xrangeBuffer(streamKeys(stream).stream, "-", "+")) as [Buffer, Buffer[]][];
  return rows.map(([id, fields]) => {
    const decoded = decodeEntry(id.toString(), fields);
    if (!("entry" in decoded)) throw new Error(decoded.foreign);
    return { ...decoded.entry, data: decoded.entry.data.toString("utf8") };
  });
}
