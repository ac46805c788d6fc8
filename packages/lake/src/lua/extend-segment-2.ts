import { defineScript } from "@sluice/streams";

/**
 * Records how far the segment being written reaches, while this run still holds the writer's lock (and renews it).
 * Called before the entries up to `to` go into any file, so a crashed run's successor rewrites exactly the same
 * range and every file gets the same key and the same rows.
 * KEYS[1] lock, KEYS[2] segment
 * ARGV[1] run id, ARGV[2] lock time-to-live ms, ARGV[3] cursor (the group's position the segment starts after),
 * ARGV[4] the segment's last id so far
 * Returns 1, or the error LOCKLOST when another run holds the lock or it expired.
 */
export const extendSegmentScript = defineScript(
  "extend-segment-2",
  2,
  `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return redis.error_reply('LOCKLOST the lake writer lock of this run expired or is held by another run')
end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('SET', KEYS[2], ARGV[3] .. ' ' .. ARGV[4])
return 1
`,
);
