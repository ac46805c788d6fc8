// A Lua fragment that turns a table into call arguments with no count limit, for scripts that copy whole entries.

/** Values unpack() is asked for at once: Lua's C stack holds at most 8,000 (LUAI_MAXCSTACK), its own 3 arguments included. */
const UNPACK_AT_MOST = 7000;
/** Values moved in front per Lua call: a function has at most 250 registers, and each call copies what it carries. */
const CHUNK = 200;

const chunk = Array.from({ length: CHUNK }, (_, k) => (k === CHUNK - 1 ? "t[i]" : `t[i - ${CHUNK - 1 - k}]`));

/**
 * Defines `spread(t, n)`: t[1..n] as multiple values, e.g. `redis.call('XADD', key, '*', spread(fields, #fields))`.
 * `unpack` alone fails above about 8,000 values ("too many results to unpack": an entry of about 4,000 fields);
 * Lua varargs have no such limit, so the head is put in front of the unpacked tail, CHUNK values per tail call.
 * Each call copies what it carries: about n² / (2 · CHUNK) value copies, some 2 ms for 20,000 values on redis 7.0.
 */
export const spreadValues = `
local function prepend(t, i, ...)
  if i == 0 then return ... end
  return prepend(t, i - ${CHUNK}, ${chunk.join(", ")}, ...)
end
local function spread(t, n)
  if n <= ${UNPACK_AT_MOST} then return unpack(t, 1, n) end
  local head = ${CHUNK} * math.ceil((n - ${UNPACK_AT_MOST}) / ${CHUNK})
  return prepend(t, head, unpack(t, head + 1, n))
end
`;
