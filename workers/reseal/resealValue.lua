--[[
  resealValue: replaces one sealed value with the same value sealed under the current key, only if it
  is still the value that was read (a write in between wins, and is already sealed with the new key).

  KEYS[1] the key holding the value
  ARGV[1] where: "string", "hash" or "list"
  ARGV[2] the hash field, or the list index, or "" for a string
  ARGV[3] the sealed value as read
  ARGV[4] the value sealed again

  Returns 1 when replaced, 0 when the value had changed.
]]
local where = ARGV[1]
if where == 'string' then
  if redis.call('GET', KEYS[1]) ~= ARGV[3] then return 0 end
  redis.call('SET', KEYS[1], ARGV[4], 'KEEPTTL')
elseif where == 'hash' then
  if redis.call('HGET', KEYS[1], ARGV[2]) ~= ARGV[3] then return 0 end
  redis.call('HSET', KEYS[1], ARGV[2], ARGV[4])
else
  local index = tonumber(ARGV[2])
  if redis.call('LINDEX', KEYS[1], index) ~= ARGV[3] then return 0 end
  redis.call('LSET', KEYS[1], index, ARGV[4])
end
return 1
