--[[
  acceptInbound: dedupe a message by id and append it to its chat's queue, in one atomic step.

  KEYS[1] seen key for this message id (string, expires)
  KEYS[2] the chat's queue (list of sealed entries)
  KEYS[3] ready set (zset: chat key -> epoch ms when it may next be claimed)
  KEYS[4] wake list (a token per newly ready chat, for blocked sequencers)
  ARGV[1] sealed entry
  ARGV[2] seen TTL in seconds
  ARGV[3] chat key

  Returns 1 when appended, 0 when the id was seen before (a duplicate).
]]
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[2]) then
  return 0
end
redis.call('RPUSH', KEYS[2], ARGV[1])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
-- NX: a chat under lease keeps its lease expiry as score; its holder drains the new entry too.
if redis.call('ZADD', KEYS[3], 'NX', now, ARGV[3]) == 1 then
  redis.call('RPUSH', KEYS[4], ARGV[3])
  redis.call('LTRIM', KEYS[4], -1000, -1)
end
return 1
