import { defineScript } from "@sluice/streams";

/**
 * Creates a consumer group (and the stream, MKSTREAM) unless it exists, refusing it when the stream already has its
 * quota of groups: the count and the creation are one step, so concurrent creations never pass the quota.
 * KEYS[1] stream
 * ARGV[1] group, ARGV[2] start id ("0" or "$"), ARGV[3] most groups the stream may have
 * Returns 1 when created, 0 when it existed, -1 when the quota is used up.
 */
export const createGroupScript = defineScript(
  "create-group-1",
  1,
  `
if redis.call('EXISTS', KEYS[1]) == 1 then
  local groups = redis.call('XINFO', 'GROUPS', KEYS[1])
  for _, group in ipairs(groups) do
    if group[2] == ARGV[1] then return 0 end
  end
  if #groups >= tonumber(ARGV[3]) then return -1 end
end
redis.call('XGROUP', 'CREATE', KEYS[1], ARGV[1], ARGV[2], 'MKSTREAM')
return 1
`,
);
