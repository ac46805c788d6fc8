import { defineScript } from "../lua-script.ts";

/**
 * Destroys a consumer group only if it is still where the stream monitor saw it (same last-delivered id, same number
 * pending) and no consumer of it read since: a reader that came back between the monitor's look and the expiry
 * keeps its group.
 * KEYS[1] stream
 * ARGV[1] group, ARGV[2] last-delivered id seen, ARGV[3] pending seen, ARGV[4] least idle ms of every consumer
 * Returns 1 when destroyed, 0 when kept (moved, read, or already gone).
 */
export const destroyStaleGroupScript = defineScript(
  "destroy-stale-group-1",
  1,
  `
local function fields(row)
  local info = {}
  for i = 1, #row, 2 do info[row[i]] = row[i + 1] end
  return info
end
for _, row in ipairs(redis.call('XINFO', 'GROUPS', KEYS[1])) do
  local group = fields(row)
  if group['name'] == ARGV[1] then
    if group['last-delivered-id'] ~= ARGV[2] or tonumber(group['pending']) ~= tonumber(ARGV[3]) then return 0 end
    for _, consumer in ipairs(redis.call('XINFO', 'CONSUMERS', KEYS[1], ARGV[1])) do
      if tonumber(fields(consumer)['idle']) < tonumber(ARGV[4]) then return 0 end
    end
    redis.call('XGROUP', 'DESTROY', KEYS[1], ARGV[1])
    return 1
  end
end
return 0
`,
);
