--[[
  claimChat: lease the chat that has waited longest among those claimable now, and return its
  first entry and its session, in one round trip (the handler needs both before it can start). A
  lease is the chat's ready score moved to now + lease; if the holder dies, the chat becomes
  claimable again when the score passes.

  KEYS[1] ready set
  ARGV[1] key prefix ("<prefix>:inbox:"), to which "q:" / "lease:" and the chat key are appended
  ARGV[2] lease in ms
  ARGV[3] lease token
  ARGV[4] session key prefix ("<prefix>:session:"), to which the chat key is appended

  Returns {chatKey, firstEntry, sessionVersion|false, sealedSession|false} or {chatKey, false} for
  a stale chat, or {false, msUntilNext} when nothing is claimable (msUntilNext = -1 when the set
  is empty).
]]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local found = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, 1)
local chat = found[1]
if not chat then
  local nextOne = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  if nextOne[2] then return {false, tonumber(nextOne[2]) - now} end
  return {false, -1}
end
local queue = ARGV[1] .. 'q:' .. chat
local head = redis.call('LINDEX', queue, 0)
if not head then
  redis.call('ZREM', KEYS[1], chat)
  redis.call('DEL', ARGV[1] .. 'lease:' .. chat)
  return {chat, false}
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), chat)
redis.call('SET', ARGV[1] .. 'lease:' .. chat, ARGV[3], 'PX', ARGV[2])
local session = redis.call('HMGET', ARGV[4] .. chat, 'v', 'd')
return {chat, head, session[1], session[2]}
