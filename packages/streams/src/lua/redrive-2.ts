import { defineScript } from "../lua-script.ts";
import { MAX_DEAD_LETTER_FIELDS } from "./dead-letter-3.ts";
import { spreadValues } from "./spread-values.ts";

/** Values one run of the script copies at most (it moves one entry however big): bounds its time and memory. */
const VALUES_PER_RUN = 2 * MAX_DEAD_LETTER_FIELDS;

/**
 * Moves dead-letter entries back, oldest first, atomically per entry.
 * KEYS[1] dead-letter stream, KEYS[2] source stream
 * ARGV[1] first id (inclusive, or exclusive with a leading "("), ARGV[2] last id (inclusive), ARGV[3] how many at
 *   most, ARGV[4] consumer name under which re-pended entries wait, ARGV[5] idle ms to give them (the visibility
 *   timeout: reclaimable at once)
 * When the original entry is still in the stream it becomes pending again for the group that failed it alone
 * (XCLAIM FORCE, delivery count reset), so other groups do not see it twice; when retention has trimmed it, or the
 * record says `x.redrive append` (written by a group that reads by position, such as the lake writer, which never
 * reads a pending list), the entry is appended anew (every group then sees it), with the fields its record holds
 * (of a truncated record, `x.truncated`, the first MAX_DEAD_LETTER_FIELDS). Reads one entry at a time and stops
 * once VALUES_PER_RUN values were read, so a run's time is bounded whatever the entries' field counts.
 * Returns { moved, last id looked at }: moved is 0 only when the range holds nothing more.
 */
export const redriveScript = defineScript(
  "redrive-2",
  2,
  `${spreadValues}
local moved, read, last = 0, 0, ''
local from = ARGV[1]
while moved < tonumber(ARGV[3]) and read < ${VALUES_PER_RUN} do
  local found = redis.call('XRANGE', KEYS[1], from, ARGV[2], 'COUNT', 1)
  if #found == 0 then break end
  local entry = found[1]
  local fields = entry[2]
  local n = #fields
  -- The record ends with the 14 values of x.stream … x.at, then x.truncated and x.redrive when present; an entry
  -- added by hand has none.
  local body = n
  for extra = 0, 2 do
    local at = n - 13 - 2 * extra
    if at >= 1 and fields[at] == 'x.stream' and fields[at + 12] == 'x.at' then
      body = at - 1
      break
    end
  end
  local meta = {}
  for i = body + 1, n, 2 do meta[fields[i]] = fields[i + 1] end
  local original = meta['x.id']
  local group = meta['x.group']
  local still = original and redis.call('XRANGE', KEYS[2], original, original) or {}
  local claimed = {}
  if #still == 1 and group and meta['x.redrive'] ~= 'append' then
    claimed = redis.pcall('XCLAIM', KEYS[2], group, ARGV[4], 0, original, 'IDLE', tonumber(ARGV[5]), 'RETRYCOUNT', 0, 'FORCE', 'JUSTID')
  end
  if (type(claimed) ~= 'table' or #claimed == 0) and body > 0 then
    redis.call('XADD', KEYS[2], '*', spread(fields, body))
  end
  redis.call('XDEL', KEYS[1], entry[1])
  moved = moved + 1
  read = read + n
  last = entry[1]
  from = '(' .. last
end
return { moved, last }
`,
);
