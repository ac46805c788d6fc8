import { defineScript } from "@sluice/streams";

/**
 * Stores a camera's background model unless a newer frame's model is already there, so that frames analysed out of
 * order (two consumers, a retry, a redelivery) never replace a newer model with an older one; and keeps the number
 * of models bounded in the same call: each store marks the camera used (server time) in a sorted set, entries older
 * than the TTL (their models expired) are removed, and past `max` the least recently stored models are deleted.
 * Every key carries the stream's hash tag; the dropped models' keys are built here from the prefix, in that slot.
 * KEYS[1] the camera's model hash: `t` capture time (epoch ms) of the latest frame folded in, `s` the model
 * KEYS[2] the sorted set of cameras with a model, scored by when their model was last stored (epoch ms)
 * ARGV[1] this model's capture time, ARGV[2] the model, ARGV[3] TTL ms, ARGV[4] most models kept,
 * ARGV[5] the model keys' prefix (KEYS[1] is ARGV[5] .. ARGV[6]), ARGV[6] the camera id
 * Returns 1 when stored, 0 when the stored model is as new or newer.
 */
export const saveBackgroundScript = defineScript(
  "save-background-2",
  2,
  `
local stored = tonumber(redis.call('HGET', KEYS[1], 't') or '-1')
if tonumber(ARGV[1]) <= stored then return 0 end
redis.call('HSET', KEYS[1], 't', ARGV[1], 's', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. (now - tonumber(ARGV[3])))
-- Out of the set while the oldest are dropped, so that the model just stored is never one of them.
redis.call('ZREM', KEYS[2], ARGV[6])
local over = redis.call('ZCARD', KEYS[2]) + 1 - tonumber(ARGV[4])
if over > 0 then
  local oldest = redis.call('ZPOPMIN', KEYS[2], over)
  for i = 1, #oldest, 2 do redis.call('DEL', ARGV[5] .. oldest[i]) end
end
redis.call('ZADD', KEYS[2], now, ARGV[6])
return 1
`,
);
