import { defineScript } from "@sluice/streams";

/**
 * Reads a stream's state at one instant: its XINFO STREAM (last generated id, entries added, max deleted id,
 * length), each group's XINFO GROUPS row, its consumers (XINFO CONSUMERS) and its whole pending list (XPENDING,
 * 1000 at a time), and the server's time, so that idle times turn into delivery times. Atomic, so the groups'
 * positions and pending ids agree with the last generated id the entries are then read up to. O(groups + pending).
 * KEYS[1] stream
 * Returns { XINFO STREAM reply, { { group row, consumer rows, pending rows }, ... }, TIME reply }.
 */
export const captureStreamScript = defineScript(
  "capture-stream-1",
  1,
  `
local info = redis.call('XINFO', 'STREAM', KEYS[1])
local groups = {}
for _, row in ipairs(redis.call('XINFO', 'GROUPS', KEYS[1])) do
  local name
  for i = 1, #row, 2 do if row[i] == 'name' then name = row[i + 1] end end
  local pending = {}
  local start = '-'
  while true do
    local rows = redis.call('XPENDING', KEYS[1], name, start, '+', 1000)
    for _, r in ipairs(rows) do table.insert(pending, r) end
    if #rows < 1000 then break end
    start = '(' .. rows[#rows][1]
  end
  table.insert(groups, { row, redis.call('XINFO', 'CONSUMERS', KEYS[1], name), pending })
end
return { info, groups, redis.call('TIME') }
`,
);
