import { defineScript } from "../lua-script.ts";

/**
 * Moves dead-letter entries back, oldest first, atomically per entry.
 * KEYS[1] dead-letter stream, KEYS[2] source stream
 * ARGV[1] first id (inclusive), ARGV[2] last id (inclusive), ARGV[3] how many at most, ARGV[4] consumer name
 *   under which re-pended entries wait, ARGV[5] idle ms to give them (the visibility timeout: reclaimable at once)
 * When the original entry is still in the stream it becomes pending again for the group that failed it alone
 * (XCLAIM FORCE, delivery count reset), so other groups do not see it twice; when retention has trimmed it, or the
 * record says `x.redrive append` (written by a group that reads by position, such as the lake writer, which never
 * reads a pending list), the entry is appended anew (every group then sees it). Returns { moved, last id looked at }.
 */
export const redriveScript = defineScript(
  "redrive-2",
  2,
  `
local entries = redis.call('XRANGE', KEYS[1], ARGV[1], ARGV[2], 'COUNT', tonumber(ARGV[3]))
local moved = 0
local last = ''
for _, entry in ipairs(entries) do
  local fields = entry[2]
  local meta = {}
  local payload = {}
  local n = #fields
  -- The last 14 fields are the dead-letter record when they start with x.stream (16 with x.redrive at the end);
  -- an entry added by hand has none.
  local body = n
  if n >= 16 and fields[n - 15] == 'x.stream' and fields[n - 1] == 'x.redrive' then body = n - 16
  elseif n >= 14 and fields[n - 13] == 'x.stream' then body = n - 14 end
  for i = 1, body, 2 do
    table.insert(payload, fields[i]) table.insert(payload, fields[i + 1])
  end
  for i = body + 1, n, 2 do meta[fields[i]] = fields[i + 1] end
  local original = meta['x.id']
  local group = meta['x.group']
  local still = original and redis.call('XRANGE', KEYS[2], original, original) or {}
  local claimed = {}
  if #still == 1 and group and meta['x.redrive'] ~= 'append' then
    claimed = redis.pcall('XCLAIM', KEYS[2], group, ARGV[4], 0, original, 'IDLE', tonumber(ARGV[5]), 'RETRYCOUNT', 0, 'FORCE', 'JUSTID')
  end
  if type(claimed) ~= 'table' or #claimed == 0 then
    if #payload > 0 then redis.call('XADD', KEYS[2], '*', unpack(payload)) end
  end
  redis.call('XDEL', KEYS[1], entry[1])
  moved = moved + 1
  last = entry[1]
end
return { moved, last }
`,
);
