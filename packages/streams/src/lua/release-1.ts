import { defineScript } from "../lua-script.ts";

/**
 * Hands pending entries back for others to take at once, keeping their delivery counts: each entry this consumer
 * still owns gets the idle time given (XCLAIM … IDLE … JUSTID to itself). An entry another consumer reclaimed
 * meanwhile is left alone, so a stopping consumer never takes work back from a live one.
 * KEYS[1] stream
 * ARGV[1] group, ARGV[2] consumer, ARGV[3] idle ms to set, ARGV[4…] entry ids
 * Returns how many entries were handed back.
 */
export const releaseScript = defineScript(
  "release-1",
  1,
  `
local released = 0
for i = 4, #ARGV do
  local row = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[i], ARGV[i], 1)[1]
  if row and row[2] == ARGV[2] then
    redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, ARGV[i], 'IDLE', tonumber(ARGV[3]), 'JUSTID')
    released = released + 1
  end
end
return released
`,
);
