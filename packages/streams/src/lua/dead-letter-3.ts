import { defineScript } from "../lua-script.ts";
import { spreadValues } from "./spread-values.ts";

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
 * Fields of an entry copied to its dead-letter record at most. An entry with more (another tool wrote it) keeps its
 * first MAX_DEAD_LETTER_FIELDS fields, and its record ends with `x.truncated <its field count>` after `x.at`. Bounds
 * the script's time: 10,000 fields take a few ms to copy.
 */
export const MAX_DEAD_LETTER_FIELDS = 10_000;

/**
 * Moves one pending entry to the dead-letter stream and acknowledges it, atomically.
 * KEYS[1] stream, KEYS[2] dead-letter stream, KEYS[3] last-error hash of the group
 * ARGV[1] group, ARGV[2] entry id, ARGV[3] consumer, ARGV[4] reason ('' to use the last recorded handler error),
 * ARGV[5] now (epoch ms), ARGV[6] stream name, ARGV[7] reason when ARGV[4] is '' and no error was recorded
 * Returns the dead-letter entry id, or false when the entry is no longer pending for this consumer (acknowledged,
 * dead-lettered, or reclaimed by another consumer that now works on it), so an entry is never dead-lettered twice
 * nor taken from a live consumer. The delivery count is Redis's own. Whatever the entry's field count: see
 * MAX_DEAD_LETTER_FIELDS.
 */
export const deadLetterScript = defineScript(
  "dead-letter-3",
  3,
  `${spreadValues}
local pending = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[2], ARGV[2], 1)
if #pending == 0 or pending[1][2] ~= ARGV[3] then return false end
local reason = ARGV[4]
if reason == '' then reason = redis.call('HGET', KEYS[3], ARGV[2]) or ARGV[7] end
local fields = {}
local found = redis.call('XRANGE', KEYS[1], ARGV[2], ARGV[2])
if #found == 1 then fields = found[1][2] end
local count = #fields / 2
for i = #fields, 2 * ${MAX_DEAD_LETTER_FIELDS} + 1, -1 do fields[i] = nil end
table.insert(fields, 'x.stream') table.insert(fields, ARGV[6])
table.insert(fields, 'x.id') table.insert(fields, ARGV[2])
table.insert(fields, 'x.group') table.insert(fields, ARGV[1])
table.insert(fields, 'x.error') table.insert(fields, reason)
table.insert(fields, 'x.deliveries') table.insert(fields, tostring(pending[1][4]))
table.insert(fields, 'x.consumer') table.insert(fields, ARGV[3])
table.insert(fields, 'x.at') table.insert(fields, ARGV[5])
if count > ${MAX_DEAD_LETTER_FIELDS} then
  table.insert(fields, 'x.truncated') table.insert(fields, tostring(count))
end
local id = redis.call('XADD', KEYS[2], '*', spread(fields, #fields))
redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
redis.call('HDEL', KEYS[3], ARGV[2])
return id
`,
);
