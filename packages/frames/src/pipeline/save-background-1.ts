import { defineScript } from "@sluice/streams";

/**
 * Stores a camera's background model unless a newer frame's model is already there, so that frames analysed out of
 * order (two consumers, a retry, a redelivery) never replace a newer model with an older one.
 * KEYS[1] the camera's model hash: `t` capture time (epoch ms) of the latest frame folded in, `s` the model
 * ARGV[1] this model's capture time, ARGV[2] the model, ARGV[3] TTL ms
 * Returns 1 when stored, 0 when the stored model is as new or newer.
 */
export const saveBackgroundScript = defineScript(
  "save-background-1",
  1,
  `
local stored = tonumber(redis.call('HGET', KEYS[1], 't') or '-1')
if tonumber(ARGV[1]) <= stored then return 0 end
redis.call('HSET', KEYS[1], 't', ARGV[1], 's', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
`,
);
