import { defineScript } from "@sluice/streams";

/**
 * Renews the writer's lock if this run still holds it (on a timer, so that closing and uploading the files of a
 * long segment never outlives it).
 * KEYS[1] lock
 * ARGV[1] run id, ARGV[2] time-to-live ms
 * Returns 1 when renewed, 0 when the lock is not this run's.
 */
export const renewLockScript = defineScript(
  "renew-lock-1",
  1,
  `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`,
);
