--[[
  failHead: handling the head entry threw. Count the failure; after the allowed number, move the
  entry to the dead-letter list so one poisoned message cannot block its chat forever. The chat
  is released with a short delay either way.

  KEYS[1] the chat's queue
  KEYS[2] ready set
  KEYS[3] the chat's lease key
  KEYS[4] the chat's failure counter
  KEYS[5] the chat's dead-letter list (sealed entries, openable with the chat key; expires)
  KEYS[6] dead-letter index (zset chat key -> last dead-lettered at), for depth and clean-up
  ARGV[1] lease token
  ARGV[2] chat key
  ARGV[3] max failures
  ARGV[4] retry delay in ms
  ARGV[5] how long a dead letter is kept, in seconds

  Returns the failure count, 0 when the entry was dead-lettered, -1 when the lease was lost.
]]
if redis.call('GET', KEYS[3]) ~= ARGV[1] then return -1 end
local failures = redis.call('INCR', KEYS[4])
local result = failures
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if failures >= tonumber(ARGV[3]) then
  local entry = redis.call('LPOP', KEYS[1])
  if entry then
    redis.call('RPUSH', KEYS[5], entry)
    redis.call('EXPIRE', KEYS[5], ARGV[5])
    redis.call('ZADD', KEYS[6], now, ARGV[2])
  end
  redis.call('DEL', KEYS[4])
  result = 0
end
redis.call('DEL', KEYS[3])
if redis.call('LLEN', KEYS[1]) == 0 then
  redis.call('ZREM', KEYS[2], ARGV[2])
else
  redis.call('ZADD', KEYS[2], now + tonumber(ARGV[4]), ARGV[2])
end
return result
