// The audit log on a real redis-server: a record is an entry of sluice.audit with who, what, which stream and when,
// written by the platform's capability even though the catalog reserves the stream (no other producer may).
import { AUDIT_STREAM, AuditLog, decodeEntry, Producer, streamKeys } from "@sluice/streams";
import { useRedisServer } from "@sluice/testing/clients";
import { expect, it } from "vitest";

const server = useRedisServer();
const reserved = (stream: string) => (stream === AUDIT_STREAM ? { reservedTo: "the audit log" } : {});

it("appends who, what, which stream and when; a producer without the capability cannot", async () => {
  const log = new AuditLog(server.client, reserved);
  const before = Date.now();
  const id = await log.record({ who: "ops", action: "redrive", stream: "orders", details: { limit: 10 } });
  const [[storedId, fields]] = (await server.client.xrangeBuffer(
    streamKeys(AUDIT_STREAM).stream,
    "-",
    "+",
  )) as [[Buffer, Buffer[]]];
  expect(storedId.toString()).toBe(id);
  const decoded = decodeEntry(id, fields);
  const entry = "entry" in decoded ? decoded.entry : undefined;
  expect(entry?.type).toBe("audit.redrive");
  const record = JSON.parse(String(entry?.data));
  expect(record).toMatchObject({ who: "ops", action: "redrive", stream: "orders", details: { limit: 10 } });
  expect(Date.parse(record.at)).toBeGreaterThanOrEqual(before - 1000);
  const caller = new Producer(server.client, { settingsFor: reserved });
  await expect(caller.send(AUDIT_STREAM, { type: "audit.redrive", data: "{}" })).rejects.toMatchObject({
    code: "streams.reserved_stream",
  });
});
