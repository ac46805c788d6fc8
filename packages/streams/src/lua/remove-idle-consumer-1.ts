import { defineScript } from "../lua-script.ts";

/**
 * Deletes a consumer only when it has nothing pending and has been idle long enough, atomically: XGROUP
 * DELCONSUMER would otherwise drop the consumer's pending entries with it.
 * KEYS[1] stream
 * ARGV[1] group, ARGV[2] consumer, ARGV[3] minimum idle ms
 * Returns 1 when deleted, 0 when kept (busy, recently active, or already gone).
 */
export const removeIdleConsumerScript = defineScript(
  "remove-idle-consumer-1",
  1,
  `
for _, consumer in ipairs(redis.call('XINFO', 'CONSUMERS', KEYS[1], ARGV[1])) do
  local info = {}
  for i = 1, #consumer, 2 do info[consumer[i]] = consumer[i + 1] end
  if info['name'] == ARGV[2] then
    if tonumber(info['pending']) == 0 and tonumber(info['idle']) >= tonumber(ARGV[3]) then
      redis.call('XGROUP', 'DELCONSUMER', KEYS[1], ARGV[1], ARGV[2])
      return 1
    end
    return 0
  end
end
return 0
`,
);
