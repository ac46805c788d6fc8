import { defineScript } from "@sluice/streams";

/**
 * Commits a segment once S3 holds every file of it and its dead letters are written: the group's last-delivered
 * id moves to the segment's end (which acknowledges the range: group-aware retention may now trim it), the
 * segment record is deleted and the lock renewed, in one atomic step. Nothing happens unless this run holds the
 * lock and the group is still where the segment started, so a range is committed once.
 * KEYS[1] stream, KEYS[2] segment, KEYS[3] lock
 * ARGV[1] group, ARGV[2] run id, ARGV[3] lock time-to-live ms, ARGV[4] cursor, ARGV[5] segment end id,
 * ARGV[6] entries in the segment
 * Returns 1; errors LOCKLOST, CURSORCHANGED, NOGROUP.
 */
export const commitSegmentScript = defineScript(
  "commit-segment-3",
  3,
  `
if redis.call('GET', KEYS[3]) ~= ARGV[2] then
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
if type(entriesRead) == 'number' then
  redis.call('XGROUP', 'SETID', KEYS[1], ARGV[1], ARGV[5], 'ENTRIESREAD', entriesRead + tonumber(ARGV[6]))
else
  redis.call('XGROUP', 'SETID', KEYS[1], ARGV[1], ARGV[5])
end
redis.call('DEL', KEYS[2])
redis.call('PEXPIRE', KEYS[3], ARGV[3])
return 1
`,
);
