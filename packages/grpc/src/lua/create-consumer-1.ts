import { defineScript } from "@sluice/streams";

/**
 * Creates a consumer in a group unless it exists, refusing it when the group already has its quota of consumers:
 * the count and the creation are one step (XGROUP CREATECONSUMER, Redis 6.2+).
 * KEYS[1] stream
 * ARGV[1] group, ARGV[2] consumer, ARGV[3] most consumers the group may have
 * Returns 1 when created, 0 when it existed, -1 when the quota is used up; NOGROUP when the group does not exist.
 */
export const createConsumerScript = defineScript(
  "create-consumer-1",
  1,
  `
local consumers = redis.call('XINFO', 'CONSUMERS', KEYS[1], ARGV[1])
for _, consumer in ipairs(consumers) do
  if consumer[2] == ARGV[2] then return 0 end
end
if #consumers >= tonumber(ARGV[3]) then return -1 end
redis.call('XGROUP', 'CREATECONSUMER', KEYS[1], ARGV[1], ARGV[2])
return 1
`,
);
