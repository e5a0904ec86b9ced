--[[
  releaseChat: a stopping lane hands its chat back at once instead of holding it until the lease
  runs out, so another instance handles the entries still queued without waiting.

  KEYS[1] the chat's queue
  KEYS[2] ready set
  KEYS[3] the chat's lease key
  ARGV[1] lease token
  ARGV[2] chat key

  Returns 1 when released, 0 when the lease was no longer ours (nothing changed).
]]
if redis.call('GET', KEYS[3]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[3])
if redis.call('LLEN', KEYS[1]) == 0 then
  redis.call('ZREM', KEYS[2], ARGV[2])
else
  local t = redis.call('TIME')
  redis.call('ZADD', KEYS[2], tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000), ARGV[2])
end
return 1
