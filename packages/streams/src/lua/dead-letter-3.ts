import { defineScript } from "../lua-script.ts";

/** Appended after the entry's own fields in a dead-letter entry; redrive strips exactly these. */
export const DEAD_LETTER_FIELDS = [
  "x.stream",
  "x.id",
  "x.group",
  "x.error",
  "x.deliveries",
  "x.consumer",
  "x.at",
];

/**
 * Moves one pending entry to the dead-letter stream and acknowledges it, atomically.
 * KEYS[1] stream, KEYS[2] dead-letter stream, KEYS[3] last-error hash of the group
 * ARGV[1] group, ARGV[2] entry id, ARGV[3] consumer, ARGV[4] reason ('' to use the last recorded handler error),
 * ARGV[5] now (epoch ms), ARGV[6] stream name, ARGV[7] reason when ARGV[4] is '' and no error was recorded
 * Returns the dead-letter entry id, or false when the entry is no longer pending for this consumer (acknowledged,
 * dead-lettered, or reclaimed by another consumer that now works on it), so an entry is never dead-lettered twice
 * nor taken from a live consumer. The delivery count is Redis's own.
 */
export const deadLetterScript = defineScript(
  "dead-letter-3",
  3,
  `
local pending = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[2], ARGV[2], 1)
if #pending == 0 or pending[1][2] ~= ARGV[3] then return false end
local reason = ARGV[4]
if reason == '' then reason = redis.call('HGET', KEYS[3], ARGV[2]) or ARGV[7] end
local fields = {}
local found = redis.call('XRANGE', KEYS[1], ARGV[2], ARGV[2])
if #found == 1 then fields = found[1][2] end
table.insert(fields, 'x.stream') table.insert(fields, ARGV[6])
table.insert(fields, 'x.id') table.insert(fields, ARGV[2])
table.insert(fields, 'x.group') table.insert(fields, ARGV[1])
table.insert(fields, 'x.error') table.insert(fields, reason)
table.insert(fields, 'x.deliveries') table.insert(fields, tostring(pending[1][4]))
table.insert(fields, 'x.consumer') table.insert(fields, ARGV[3])
table.insert(fields, 'x.at') table.insert(fields, ARGV[5])
local id = redis.call('XADD', KEYS[2], '*', unpack(fields))
redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
redis.call('HDEL', KEYS[3], ARGV[2])
return id
`,
);
