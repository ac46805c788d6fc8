import { DEAD_LETTER_FIELDS, defineScript } from "@sluice/streams";

const fieldNames = DEAD_LETTER_FIELDS.map((name) => `'${name}'`).join(", ");

/**
 * Commits a segment once S3 holds every file of it, in one atomic step: each malformed entry goes to the
 * dead-letter stream (its fields plus the x.* fields of DEAD_LETTER_FIELDS), the group's last-delivered id moves
 * to the segment's end (which acknowledges the range: group-aware retention may now trim it), the segment record
 * is deleted and the lock renewed. Nothing happens unless this run holds the lock and the group is still where the
 * segment started, so a range is committed once.
 * KEYS[1] stream, KEYS[2] dead-letter stream, KEYS[3] segment, KEYS[4] lock
 * ARGV[1] group, ARGV[2] run id, ARGV[3] lock time-to-live ms, ARGV[4] cursor, ARGV[5] segment end id,
 * ARGV[6] entries in the segment, ARGV[7] now (epoch ms), ARGV[8] stream name, ARGV[9…] pairs of entry id, reason
 * Returns the number of entries dead-lettered; errors LOCKLOST, CURSORCHANGED, NOGROUP.
 */
export const commitSegmentScript = defineScript(
  "commit-segment-4",
  4,
  `
if redis.call('GET', KEYS[4]) ~= ARGV[2] then
  return redis.error_reply('LOCKLOST the lake writer lock of this run expired or is held by another run')
end
local entriesRead = nil
local found = false
for _, group in ipairs(redis.call('XINFO', 'GROUPS', KEYS[1])) do
  local info = {}
  for i = 1, #group, 2 do info[group[i]] = group[i + 1] end
  if info['name'] == ARGV[1] then
    found = true
    if info['last-delivered-id'] ~= ARGV[4] then
      return redis.error_reply('CURSORCHANGED group ' .. ARGV[1] .. ' is at ' .. info['last-delivered-id'] ..
        ', not at ' .. ARGV[4] .. ' where the segment started')
    end
    entriesRead = info['entries-read']
  end
end
if not found then return redis.error_reply('NOGROUP no group ' .. ARGV[1] .. ' on ' .. KEYS[1]) end
local dead = 0
-- The values of DEAD_LETTER_FIELDS, in its order: stream, id, group, error, deliveries, consumer, at.
local names = { ${fieldNames} }
for i = 9, #ARGV - 1, 2 do
  local fields = {}
  local entry = redis.call('XRANGE', KEYS[1], ARGV[i], ARGV[i])
  if #entry == 1 then fields = entry[1][2] end
  local values = { ARGV[8], ARGV[i], ARGV[1], ARGV[i + 1], '1', ARGV[2], ARGV[7] }
  for k = 1, #names do
    table.insert(fields, names[k])
    table.insert(fields, values[k])
  end
  redis.call('XADD', KEYS[2], '*', unpack(fields))
  dead = dead + 1
end
if type(entriesRead) == 'number' then
  redis.call('XGROUP', 'SETID', KEYS[1], ARGV[1], ARGV[5], 'ENTRIESREAD', entriesRead + tonumber(ARGV[6]))
else
  redis.call('XGROUP', 'SETID', KEYS[1], ARGV[1], ARGV[5])
end
redis.call('DEL', KEYS[3])
redis.call('PEXPIRE', KEYS[4], ARGV[3])
return dead
`,
);
