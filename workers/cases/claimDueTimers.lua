--[[
  claimDueTimers: takes the case timers due by the office clock for one runner, so that two
  processes ticking at the same moment never both fire a timer. A taken timer is moved a lease
  ahead: its taker fires it and removes it, or, if the taker dies first, it is due again once the
  lease has run out and another process fires it.

  KEYS[1] the case timers (zset "id|name|version" -> due epoch ms)
  ARGV[1] now (office clock, epoch ms)
  ARGV[2] lease (ms)
  ARGV[3] at most this many

  Returns a flat list: member, due (its score before the lease), member, due, …
]]
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'WITHSCORES', 'LIMIT', 0, tonumber(ARGV[3]))
local leased = tonumber(ARGV[1]) + tonumber(ARGV[2])
for i = 1, #due, 2 do
  redis.call('ZADD', KEYS[1], 'XX', leased, due[i])
end
return due
