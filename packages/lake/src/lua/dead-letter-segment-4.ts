import { DEAD_LETTER_FIELDS, defineScript } from "@sluice/streams";

const fieldNames = DEAD_LETTER_FIELDS.map((name) => `'${name}'`).join(", ");

/**
 * Values kept of an entry's own fields in its dead-letter record, far below unpack's limit (about 8,000 values) and
 * small enough for one script to write many records.
 */
export const MAX_DEAD_LETTER_VALUES = 1000;

/**
 * Writes dead-letter records for malformed entries of the segment being written, in id order, each once: the
 * segment record keeps the last id written (`dlq`), and ids up to it are skipped, so a run that rewrites a crashed
 * segment does not write them again. Each record is the entry's fields (the first 1000 values of an entry with more,
 * then marked `x.truncated <its field count>` as the streams' records are) plus the x.* fields of DEAD_LETTER_FIELDS
 * and `x.redrive append`: the lake reads by position, not from a pending
 * list, so a redrive must append the entry anew rather than re-pend it.
 * KEYS[1] stream, KEYS[2] dead-letter stream, KEYS[3] segment, KEYS[4] lock
 * ARGV[1] group, ARGV[2] run id, ARGV[3] lock time-to-live ms, ARGV[4] cursor, ARGV[5] now (epoch ms),
 * ARGV[6] stream name, ARGV[7…] pairs of entry id, reason, ids ascending
 * Returns the number of records written; errors LOCKLOST, SEGMENTCHANGED.
 */
export const deadLetterSegmentScript = defineScript(
  "dead-letter-segment-4",
  4,
  `
if redis.call('GET', KEYS[4]) ~= ARGV[2] then
  return redis.error_reply('LOCKLOST the lake writer lock of this run expired or is held by another run')
end
if redis.call('HGET', KEYS[3], 'cursor') ~= ARGV[4] then
  return redis.error_reply('SEGMENTCHANGED the segment record does not start after ' .. ARGV[4])
end
local function after(a, b)
  local am, as = string.match(a, '^(%d+)-(%d+)$')
  local bm, bs = string.match(b, '^(%d+)-(%d+)$')
  am, as, bm, bs = tonumber(am), tonumber(as), tonumber(bm), tonumber(bs)
  return am > bm or (am == bm and as > bs)
end
local mark = redis.call('HGET', KEYS[3], 'dlq')
-- The values of DEAD_LETTER_FIELDS, in its order: stream, id, group, error, deliveries, consumer, at.
local names = { ${fieldNames} }
local written = 0
for i = 7, #ARGV - 1, 2 do
  local id = ARGV[i]
  if not mark or after(id, mark) then
    local fields = {}
    local count = 0
    local entry = redis.call('XRANGE', KEYS[1], id, id)
    if #entry == 1 then
      local own = entry[1][2]
      count = #own / 2
      for k = 1, math.min(#own, ${MAX_DEAD_LETTER_VALUES}) do fields[k] = own[k] end
    end
    local values = { ARGV[6], id, ARGV[1], ARGV[i + 1], '1', ARGV[2], ARGV[5] }
    for k = 1, #names do
      table.insert(fields, names[k])
      table.insert(fields, values[k])
    end
    if count > ${MAX_DEAD_LETTER_VALUES / 2} then
      table.insert(fields, 'x.truncated')
      table.insert(fields, tostring(count))
    end
    table.insert(fields, 'x.redrive')
    table.insert(fields, 'append')
    redis.call('XADD', KEYS[2], '*', unpack(fields))
    mark = id
    written = written + 1
  end
end
if mark then redis.call('HSET', KEYS[3], 'dlq', mark) end
redis.call('PEXPIRE', KEYS[4], ARGV[3])
return written
`,
);
