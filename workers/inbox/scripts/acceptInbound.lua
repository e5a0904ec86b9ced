--[[
  acceptInbound: dedupe a message by id and append it to its chat's queue, in one atomic step.

  KEYS[1] seen key for this message id (string, expires)
  KEYS[2] the chat's queue (list of sealed entries)
  KEYS[3] ready set (zset: chat key -> epoch ms when it may next be claimed)
  KEYS[4] wake list (a token per newly ready chat, for blocked sequencers)
  ARGV[1] sealed entry
  ARGV[2] seen TTL in seconds
  ARGV[3] chat key
  ARGV[4] attempt token: the same for every try of one accept call, so that a try whose answer was
          lost (a timeout while Redis applied it) is recognised as this call's own, not a duplicate

  Returns {1, 0} when appended; {2, 0} when this attempt's earlier try appended it; {0, ageMs} when
  another delivery of the id was appended ageMs ago (a duplicate). The seen key holds
  "<attempt token>|<accepted at ms>".
]]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if not redis.call('SET', KEYS[1], ARGV[4] .. '|' .. now, 'NX', 'EX', ARGV[2]) then
  local seen = redis.call('GET', KEYS[1]) or ''
  local bar = string.find(seen, '|', 1, true)
  if bar and string.sub(seen, 1, bar - 1) == ARGV[4] then return {2, 0} end
  local at = bar and tonumber(string.sub(seen, bar + 1)) or 0
  return {0, now - at}
end
redis.call('RPUSH', KEYS[2], ARGV[1])
-- NX: a chat under lease keeps its lease expiry as score; its holder drains the new entry too.
if redis.call('ZADD', KEYS[3], 'NX', now, ARGV[3]) == 1 then
  redis.call('RPUSH', KEYS[4], ARGV[3])
  redis.call('LTRIM', KEYS[4], -1000, -1)
end
return {1, 0}
