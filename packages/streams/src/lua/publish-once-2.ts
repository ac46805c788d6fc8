import { defineScript } from "../lua-script.ts";

/**
 * Appends an entry unless its idempotency key was seen within the window: the check, the XADD and the key's write
 * are one step, so concurrent sends with one key write one entry.
 * KEYS[1] stream, KEYS[2] the idempotency key (same hash tag, same slot)
 * ARGV[1] window ms, ARGV[2…] the entry's field/value list
 * Returns { id, 0 } when written, { id of the first write, 1 } when the key matched (a replay). A replay rewrites the
 * key (same id, same expiry) so that it is replicated: a WAIT after it then also covers the first write, whichever
 * connection made it.
 */
export const publishOnceScript = defineScript(
  "publish-once-2",
  2,
  `
local id = redis.call('GET', KEYS[2])
if id then
  redis.call('SET', KEYS[2], id, 'KEEPTTL')
  return { id, 1 }
end
id = redis.call('XADD', KEYS[1], '*', unpack(ARGV, 2))
redis.call('SET', KEYS[2], id, 'PX', ARGV[1])
return { id, 0 }
`,
);
