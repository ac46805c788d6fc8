import { defineScript } from "@sluice/streams";

/**
 * Writes a reply at most once per request: the guard key is set (NX) in the same script that writes the reply,
 * and both carry the reply key's hash tag, so the script is legal in cluster mode.
 * KEYS[1] reply key: a list (`sluice:reply:{id}`) or a reply stream (`sluice:replies:{ingress}`)
 * KEYS[2] guard key (`<reply key>:sent:<request id>`)
 * ARGV[1] "l" list or "s" stream, ARGV[2] reply frame, ARGV[3] guard TTL ms,
 * ARGV[4] list: its TTL ms; stream: its approximate MAXLEN
 * Returns 1 written, 0 already replied (duplicate), -1 the caller is gone (its reply stream no longer exists).
 */
export const replyScript = defineScript(
  "reply-2",
  2,
  `
if not redis.call('SET', KEYS[2], '1', 'NX', 'PX', ARGV[3]) then return 0 end
if ARGV[1] == 'l' then
  redis.call('RPUSH', KEYS[1], ARGV[2])
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
  return 1
end
-- A reply stream exists while its ingress lives (it refreshes the TTL): never recreate one without a TTL.
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[4], '*', 'd', ARGV[2])
return 1
`,
);
