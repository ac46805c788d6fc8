import { defineScript } from "../lua-script.ts";

/**
 * Registers a stream name under a declared pattern unless the pattern already holds its quota of streams: the
 * check and the add are one step, so concurrent first publishes of many names never pass the quota.
 * KEYS[1] the pattern's set of stream names; ARGV[1] the stream's name, ARGV[2] the quota
 * Returns 1 when the name is registered (now or before), 0 when the quota is used up.
 */
export const registerStreamScript = defineScript(
  "register-stream-1",
  1,
  `
if redis.call('SISMEMBER', KEYS[1], ARGV[1]) == 1 then return 1 end
if redis.call('SCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('SADD', KEYS[1], ARGV[1])
return 1
`,
);
