--[[
  simDeliver: put one outbound message into a simulated phone's outbox, once per message id.

  KEYS[1] sent marker for this outbound id (string)
  KEYS[2] the chat's sequence counter
  KEYS[3] the chat's outbox (zset: seq -> sealed message)
  ARGV[1] sealed message without its seq (the seq is added by the caller on read)
  ARGV[2] marker TTL in seconds
  ARGV[3] outbox TTL in seconds, renewed by each delivery (a phone's screen is not an archive)

  Returns the new seq, or 0 when this id was delivered before.
]]
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[2]) then return 0 end
local seq = redis.call('INCR', KEYS[2])
redis.call('ZADD', KEYS[3], seq, seq .. ':' .. ARGV[1])
redis.call('EXPIRE', KEYS[3], ARGV[3])
return seq
