--[[
  commitHead: the handled head entry leaves the queue together with the session it produced,
  so a message is consumed exactly when its session change is saved. Compare-and-set on the
  session version; the lease must still be ours. Returns the next entry to handle, if any.

  KEYS[1] the chat's queue
  KEYS[2] ready set
  KEYS[3] the chat's lease key
  KEYS[4] the chat's session (hash: v = version, d = sealed session)
  KEYS[5] the chat's failure counter
  ARGV[1] lease token
  ARGV[2] chat key
  ARGV[3] expected session version ("0" when there was none)
  ARGV[4] new sealed session, or "" to delete it
  ARGV[5] lease in ms (renewed)

  Returns {1, nextEntry|false}, {-1} when the lease was lost, {-2, currentVersion} on a version conflict.
]]
if redis.call('GET', KEYS[3]) ~= ARGV[1] then return {-1} end
local current = redis.call('HGET', KEYS[4], 'v') or '0'
if current ~= ARGV[3] then return {-2, current} end
if ARGV[4] == '' then
  redis.call('DEL', KEYS[4])
else
  redis.call('HSET', KEYS[4], 'v', tonumber(ARGV[3]) + 1, 'd', ARGV[4])
end
redis.call('LPOP', KEYS[1])
redis.call('DEL', KEYS[5])
local nextEntry = redis.call('LINDEX', KEYS[1], 0)
if not nextEntry then
  redis.call('ZREM', KEYS[2], ARGV[2])
  redis.call('DEL', KEYS[3])
  return {1, false}
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('SET', KEYS[3], ARGV[1], 'PX', ARGV[5])
redis.call('ZADD', KEYS[2], 'XX', now + tonumber(ARGV[5]), ARGV[2])
return {1, nextEntry}
