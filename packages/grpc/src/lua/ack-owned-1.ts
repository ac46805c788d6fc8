import { defineScript } from "@sluice/streams";

/**
 * Acknowledges entries only when each one pending is pending to one of the caller's consumers (their names start
 * with the caller's prefix): one id pending to anyone else's and nothing is acknowledged. Ids pending to nobody
 * (acknowledged already, never delivered) are skipped. Checking and acknowledging in one step, no consumer can take
 * an entry over in between.
 * KEYS[1] stream
 * ARGV[1] group, ARGV[2] the caller's consumer name prefix, ARGV[3…] entry ids
 * Returns { acknowledged, ids pending to others' consumers }; NOGROUP when the stream or the group does not exist.
 */
export const ackOwnedScript = defineScript(
  "ack-owned-1",
  1,
  `
local mine, others = {}, {}
for i = 3, #ARGV do
  local row = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[i], ARGV[i], 1)[1]
  if row then
    if string.sub(row[2], 1, #ARGV[2]) == ARGV[2] then
      mine[#mine + 1] = ARGV[i]
    else
      others[#others + 1] = ARGV[i]
    end
  end
end
if #others > 0 or #mine == 0 then return { 0, others } end
return { redis.call('XACK', KEYS[1], ARGV[1], unpack(mine)), others }
`,
);
