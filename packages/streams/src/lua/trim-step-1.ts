import { defineScript } from "../lua-script.ts";

/**
 * One bounded step of group-aware retention, atomic so no group can be created or read in between; applyRetention
 * runs steps until one has nothing left to remove. Each step works out the safe point afresh, so protect mode is
 * safe whatever happens between steps.
 * KEYS[1] stream
 * ARGV[1] length cap (0 = none), ARGV[2] age cap as a MINID (0-0 = none), ARGV[3] "drop" or "protect",
 * ARGV[4] a hold id ('' = none), ARGV[5] entries a step removes at most in whole nodes, ARGV[6] entries a step
 * reads at most
 * 1. The safe point is the oldest entry some group still needs: the lower of its oldest pending id and the entry
 *    after its last-delivered id; a hold (the incremental backup's cursor) lowers it to the entry after the hold.
 *    Entries below the safe point go first.
 * 2. Then the caps, each cutting from the head: the age cap below its MINID, the length cap down to its length.
 *    With "protect" they never cut at or past the safe point (so, once step 1 is done, never); with "drop" they cut,
 *    and the entries cut that some group had not acknowledged are counted exactly as dropped, the rest as trimmed,
 *    and released from the pending lists (they can never be delivered again). Entries after the least
 *    last-delivered id were not delivered to that group: they go by whole nodes and all count as dropped. Those up
 *    to it were delivered to every group: they are read (ARGV[6] at most) and each counts as dropped when pending
 *    in some group.
 * With no groups nothing is protected: caps trim and nothing counts as dropped.
 * Removing goes by whole stream nodes (XTRIM … ~ … LIMIT ARGV[5]), then, when no whole node can go, within the first
 * node only (exact XTRIM), so a step never removes more than ARGV[5] entries or one node's (stream-node-max-entries,
 * 100 by default, must stay below ARGV[5]).
 * Returns { trimmed, dropped, entries over the length cap, first remaining id, safe point or '', 1 when it removed
 * something (run another step), length }.
 */
export const trimStepScript = defineScript(
  "trim-step-1",
  1,
  `
if redis.call('EXISTS', KEYS[1]) == 0 then return { 0, 0, 0, '', '', 0, 0 } end
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
local limit, reads = tonumber(ARGV[5]), tonumber(ARGV[6])
local function first()
  local head = redis.call('XRANGE', KEYS[1], '-', '+', 'COUNT', 1)
  if #head == 1 then return head[1][1] end
  return nil
end
local function done(trimmed, dropped, more)
  local length = redis.call('XLEN', KEYS[1])
  local over = 0
  if maxlen > 0 then over = math.max(0, length - maxlen) end
  return { trimmed, dropped, over, first() or '', safe or '', more, length }
end
local function trim(kind, bound)
  local n = redis.call('XTRIM', KEYS[1], kind, '~', bound, 'LIMIT', limit)
  if n == 0 then n = redis.call('XTRIM', KEYS[1], kind, '=', bound) end
  return n
end
-- Releases from every pending list the ids below the given one (all of them when nil).
local function release(below)
  local last = below and ('(' .. below) or '+'
  for _, group in ipairs(groups) do
    while true do
      local rows = redis.call('XPENDING', KEYS[1], group, '-', last, 1000)
      if #rows == 0 then break end
      local ids = {}
      for i, row in ipairs(rows) do ids[i] = row[1] end
      redis.call('XACK', KEYS[1], group, unpack(ids))
    end
  end
end

if safe ~= nil then
  local n = trim('MINID', safe)
  if n > 0 then return done(n, 0, 1) end
end
local head = first()
if head == nil then return done(0, 0, 0) end
local ageCuts = cut ~= '0-0' and less(head, cut)
local over = maxlen > 0 and redis.call('XLEN', KEYS[1]) - maxlen or 0
if not ageCuts and over <= 0 then return done(0, 0, 0) end
if safe == nil then
  if ageCuts then return done(trim('MINID', cut), 0, 1) end
  return done(trim('MAXLEN', maxlen), 0, 1)
end
if mode ~= 'drop' then return done(0, 0, 0) end
if less(delivered, head) then
  local n
  if ageCuts then n = trim('MINID', cut) else n = trim('MAXLEN', maxlen) end
  release(first())
  return done(0, n, 1)
end
-- Delivered to every group: read them, cut the caps' prefix, count those pending in some group.
local entries = redis.call('XRANGE', KEYS[1], '-', delivered, 'COUNT', reads)
local r = math.max(0, math.min(#entries, over))
while r < #entries and cut ~= '0-0' and less(entries[r + 1][1], cut) do r = r + 1 end
local dropped = 0
for i = 1, r do
  local id = entries[i][1]
  for _, group in ipairs(groups) do
    if #redis.call('XPENDING', KEYS[1], group, id, id, 1) == 1 then
      dropped = dropped + 1
      break
    end
  end
end
local below = after(entries[r][1])
local n = redis.call('XTRIM', KEYS[1], 'MINID', '=', below)
release(below)
return done(n - dropped, dropped, 1)
`,
);
