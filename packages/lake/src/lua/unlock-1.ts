import { defineScript } from "@sluice/streams";

/**
 * Releases the writer's lock if this run still holds it (a run whose lock expired must not free its successor's).
 * KEYS[1] lock
 * ARGV[1] run id
 * Returns 1 when released, 0 when the lock was not this run's.
 */
export const unlockScript = defineScript(
  "unlock-1",
  1,
  `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`,
);
