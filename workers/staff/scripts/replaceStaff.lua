--[[
  replaceStaff: compare-and-set one roster entry. The roster value is sealed (encrypted with a fresh
  IV each time), so Lua cannot edit it; the caller reads it, changes it, seals it again and swaps it
  in only if nobody wrote in between. Equal sealed strings mean an unchanged value: every seal
  produces a new ciphertext.

  KEYS[1] the roster hash ("<prefix>:staff")
  ARGV[1] the member's field (its staff key)
  ARGV[2] the sealed value the caller read
  ARGV[3] the sealed replacement

  Returns 1 when replaced, 0 when the value changed meanwhile (read again), -1 when the member is gone.
]]
local current = redis.call('HGET', KEYS[1], ARGV[1])
if not current then return -1 end
if current ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return 1
