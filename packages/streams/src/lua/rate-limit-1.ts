import { defineScript } from "../lua-script.ts";

/**
 * One request of a caller against its rate, by GCRA (the generic cell rate algorithm): the key holds the caller's
 * theoretical arrival time (TAT, µs on the server's clock, so every front door process agrees). A request is allowed
 * while the TAT is at most `tolerance` ahead of now, and then moves it one `interval` on; the key expires once the
 * caller's whole burst is available again, so an idle caller holds no key.
 * KEYS[1] the caller's key; ARGV[1] interval µs (1e6 / requests per second), ARGV[2] tolerance µs
 * (interval × (burst − 1))
 * Returns 0 when the request is allowed, else the µs until it would be.
 */
export const rateLimitScript = defineScript(
  "rate-limit-1",
  1,
  `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
if tat - now > tolerance then return math.ceil(tat - now - tolerance) end
local next = tat + interval
redis.call('SET', KEYS[1], string.format('%.0f', next), 'PX', math.ceil((next - now) / 1000) + 1)
return 0
`,
);
