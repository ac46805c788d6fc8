import { defineScript } from "@sluice/streams";

/**
 * Records the segment being written, while this run still holds the writer's lock (and renews it): where it
 * starts (the group's position), how far it reaches so far, and the file layout it is written with. Called before
 * the entries up to `to` go into any file, so a crashed run's successor rewrites exactly the same range with the
 * same layout, and every file gets the same key and the same rows.
 * KEYS[1] lock, KEYS[2] segment (a hash: cursor, to, layout, attempts, dlq)
 * ARGV[1] run id, ARGV[2] lock time-to-live ms, ARGV[3] cursor, ARGV[4] the segment's last id so far,
 * ARGV[5] layout (JSON), ARGV[6] '1' when this run takes over a segment another run left (counted in attempts)
 * Returns the segment's attempts so far; errors LOCKLOST, SEGMENTCHANGED (a record of another start).
 */
export const extendSegmentScript = defineScript(
  "extend-segment-2",
  2,
  `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return redis.error_reply('LOCKLOST the lake writer lock of this run expired or is held by another run')
end
local cursor = redis.call('HGET', KEYS[2], 'cursor')
if cursor and cursor ~= ARGV[3] then
  return redis.error_reply('SEGMENTCHANGED the segment record starts after ' .. cursor .. ', not ' .. ARGV[3])
end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('HSET', KEYS[2], 'cursor', ARGV[3], 'to', ARGV[4])
redis.call('HSETNX', KEYS[2], 'layout', ARGV[5])
if ARGV[6] == '1' then return redis.call('HINCRBY', KEYS[2], 'attempts', 1) end
return tonumber(redis.call('HGET', KEYS[2], 'attempts') or '0')
`,
);
