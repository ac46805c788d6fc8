import { defineScript } from "../lua-script.ts";

/**
 * Group-aware retention, atomic so no group can be created or read in between.
 * KEYS[1] stream
 * ARGV[1] length cap (0 = none), ARGV[2] age cap as a MINID (0-0 = none), ARGV[3] "drop" or "protect",
 * ARGV[4] a hold id ('' = none)
 * 1. The safe point is the oldest entry some group still needs: the lower of its oldest pending id and the entry
 *    after its last-delivered id; a hold (the incremental backup's cursor) lowers it to the entry after the hold.
 *    Everything below the safe point is trimmed.
 * 2. Caps then cut at the later of their two points. With "protect" (or when nothing above the safe point would
 *    go) they never cut past the safe point and report how far the stream is over its length cap; with "drop"
 *    they cut, and the entries cut that some group had not acknowledged (undelivered to it, or pending in it)
 *    are counted exactly as dropped, the rest as trimmed, and released from the pending lists (they can never
 *    be delivered again). The count costs O(entries dropped + pending).
 * With no groups nothing is protected: caps trim and nothing counts as dropped.
 * Returns { trimmed, dropped, entries over the length cap, first remaining id, safe point or '' }.
 */
export const trimScript = defineScript(
  "trim-2",
  1,
  `
if redis.call('EXISTS', KEYS[1]) == 0 then return { 0, 0, 0, '', '' } end
local function parse(id)
  local ms, seq = string.match(id, '^(%d+)-(%d+)$')
  return tonumber(ms), tonumber(seq)
end
local function less(a, b)
  local am, as = parse(a)
  local bm, bs = parse(b)
  return am < bm or (am == bm and as < bs)
end
local function after(id)
  local ms, seq = parse(id)
  return string.format('%d-%d', ms, seq + 1)
end
local groups = {}
local safe = nil
local delivered = nil
for _, group in ipairs(redis.call('XINFO', 'GROUPS', KEYS[1])) do
  local info = {}
  for i = 1, #group, 2 do info[group[i]] = group[i + 1] end
  table.insert(groups, info['name'])
  local need = after(info['last-delivered-id'])
  if delivered == nil or less(info['last-delivered-id'], delivered) then delivered = info['last-delivered-id'] end
  if tonumber(info['pending']) > 0 then
    -- Pending entries can sit above the last-delivered id (XCLAIM FORCE, XGROUP SETID back): the lower one counts.
    local oldest = redis.call('XPENDING', KEYS[1], info['name'])[2]
    if less(oldest, need) then need = oldest end
  end
  if safe == nil or less(need, safe) then safe = need end
end
if safe ~= nil and ARGV[4] ~= '' and less(ARGV[4], safe) then safe = after(ARGV[4]) end
local maxlen, cut, mode = tonumber(ARGV[1]), ARGV[2], ARGV[3]
local trimmed, dropped = 0, 0
if safe ~= nil then trimmed = redis.call('XTRIM', KEYS[1], 'MINID', '=', safe) end
local length = redis.call('XLEN', KEYS[1])
if maxlen > 0 and length > maxlen then
  local head = redis.call('XRANGE', KEYS[1], '-', '+', 'COUNT', length - maxlen + 1)
  local keep = head[#head][1]
  if less(cut, keep) then cut = keep end
end
if cut ~= '0-0' and (safe == nil or mode == 'drop' or not less(safe, cut)) then
  local pendingCut = {}
  if safe ~= nil and less(safe, cut) then
    -- Unconsumed among [safe, cut): every id after the least last-delivered id, plus ids pending in any group.
    local unconsumed = {}
    local beyond = redis.call('XRANGE', KEYS[1], '(' .. delivered, '(' .. cut)
    for _, entry in ipairs(beyond) do unconsumed[entry[1]] = true end
    for _, group in ipairs(groups) do
      local ids = {}
      local from = '-'
      while true do
        local rows = redis.call('XPENDING', KEYS[1], group, from, '(' .. cut, 1000)
        for _, row in ipairs(rows) do
          -- A pending list can name entries already gone (deleted): count only those still there.
          local id = row[1]
          table.insert(ids, id)
          if not unconsumed[id] and #redis.call('XRANGE', KEYS[1], id, id) == 1 then unconsumed[id] = true end
        end
        if #rows < 1000 then break end
        from = '(' .. rows[#rows][1]
      end
      pendingCut[group] = ids
    end
    for _ in pairs(unconsumed) do dropped = dropped + 1 end
  end
  trimmed = trimmed + redis.call('XTRIM', KEYS[1], 'MINID', '=', cut) - dropped
  -- Dropped entries can never be delivered again: release them from the pending lists too.
  for group, ids in pairs(pendingCut) do
    for i = 1, #ids, 1000 do
      redis.call('XACK', KEYS[1], group, unpack(ids, i, math.min(i + 999, #ids)))
    end
  end
end
local over = 0
if maxlen > 0 then over = math.max(0, redis.call('XLEN', KEYS[1]) - maxlen) end
local first = redis.call('XRANGE', KEYS[1], '-', '+', 'COUNT', 1)
local firstId = ''
if #first == 1 then firstId = first[1][1] end
return { trimmed, dropped, over, firstId, safe or '' }
`,
);
