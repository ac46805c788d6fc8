import { defineScript } from "../lua-script.ts";

/**
 * Group-aware retention, atomic so no group can be created or read in between.
 * KEYS[1] stream
 * ARGV[1] length cap (0 = none), ARGV[2] age cap as a MINID (0-0 = none), ARGV[3] "drop" or "protect"
 * 1. The safe point is the oldest entry some group still needs: its oldest pending id, or else the entry after
 *    its last-delivered id. Everything below the safe point of every group is trimmed.
 * 2. Caps then apply to what is left, all of it unconsumed by some group: with "drop" they trim and the count is
 *    returned as dropped; with "protect" nothing more is trimmed and how far the stream is over its caps is returned.
 * With no groups nothing is protected: caps trim and nothing counts as dropped.
 * Returns { trimmed, dropped, entries over the length cap, first remaining id, safe point or '' }.
 */
export const trimScript = defineScript(
  "trim-1",
  1,
  `
if redis.call('EXISTS', KEYS[1]) == 0 then return { 0, 0, 0, '', '' } end
local function less(a, b)
  local am, as = string.match(a, '^(%d+)-(%d+)$')
  local bm, bs = string.match(b, '^(%d+)-(%d+)$')
  am, as, bm, bs = tonumber(am), tonumber(as), tonumber(bm), tonumber(bs)
  return am < bm or (am == bm and as < bs)
end
local function after(id)
  local ms, seq = string.match(id, '^(%d+)-(%d+)$')
  return ms .. '-' .. tostring(tonumber(seq) + 1)
end
local safe = nil
for _, group in ipairs(redis.call('XINFO', 'GROUPS', KEYS[1])) do
  local info = {}
  for i = 1, #group, 2 do info[group[i]] = group[i + 1] end
  local need = after(info['last-delivered-id'])
  if tonumber(info['pending']) > 0 then
    need = redis.call('XPENDING', KEYS[1], info['name'])[2]
  end
  if safe == nil or less(need, safe) then safe = need end
end
local trimmed, dropped = 0, 0
local maxlen, agecut, mode = tonumber(ARGV[1]), ARGV[2], ARGV[3]
if safe ~= nil then trimmed = redis.call('XTRIM', KEYS[1], 'MINID', '=', safe) end
local unprotected = safe == nil or mode == 'drop'
if unprotected then
  local removed = 0
  if agecut ~= '0-0' then removed = removed + redis.call('XTRIM', KEYS[1], 'MINID', '=', agecut) end
  if maxlen > 0 then removed = removed + redis.call('XTRIM', KEYS[1], 'MAXLEN', '=', maxlen) end
  if safe == nil then trimmed = trimmed + removed else dropped = removed end
end
local over = 0
if maxlen > 0 then over = math.max(0, redis.call('XLEN', KEYS[1]) - maxlen) end
local first = redis.call('XRANGE', KEYS[1], '-', '+', 'COUNT', 1)
local firstId = ''
if #first == 1 then firstId = first[1][1] end
return { trimmed, dropped, over, firstId, safe or '' }
`,
);
