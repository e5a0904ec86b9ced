--[[
  takeSendToken: one WhatsApp number's send pace, shared by every process. Two token buckets: the
  whole number's (all traffic) and the bulk lane's (SIARAN letters, digests, reminders,
  escalations), which also draws from the number's. A conversation reply has the first claim: bulk
  takes a token only while the number's bucket is at least half full, so a reply never finds it
  emptied by letters. BullMQ's limiter cannot do this (it has no groups and limits job starts, not
  sends). Time is Redis' own (TIME), so processes with skewed clocks share one pace.

  KEYS[1] the number's bucket (hash: tokens, at)
  KEYS[2] the bulk bucket (hash: tokens, at)
  KEYS[3] the number's back-off mark (set after a 429 from WhatsApp: halves the rate while it lives)
  KEYS[4] the bulk pause mark (set after a 463 reachout timelock: no bulk while it lives)
  ARGV[1] the number's rate, tokens per second (0: unlimited)
  ARGV[2] the number's burst (bucket size)
  ARGV[3] the bulk rate, tokens per second (0: only the number's limit)
  ARGV[4] the bulk burst
  ARGV[5] 1 for a bulk send, 0 for a conversation reply

  Returns 0 when a token was taken (send now), else how many ms to wait before asking again
  (-1 when bulk is paused: the caller reads the pause's own expiry).
]]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local bulk = ARGV[5] == '1'

if bulk and redis.call('EXISTS', KEYS[4]) == 1 then return -1 end

-- Refills a bucket to `now`; returns its tokens (not yet written back).
local function level(key, rate, burst)
  local state = redis.call('HMGET', key, 'tokens', 'at')
  local tokens = tonumber(state[1]) or burst
  local at = tonumber(state[2]) or now
  return math.min(burst, tokens + math.max(0, now - at) * rate / 1000)
end

local function save(key, tokens, rate, burst)
  redis.call('HSET', key, 'tokens', tostring(tokens), 'at', now)
  -- A full bucket needs no key: it expires once it would have refilled anyway.
  redis.call('PEXPIRE', key, math.ceil((burst - tokens) * 1000 / rate) + 1000)
end

local function waitFor(tokens, needed, rate)
  return math.max(1, math.ceil((needed - tokens) * 1000 / rate))
end

local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
if rate > 0 and redis.call('EXISTS', KEYS[3]) == 1 then rate = rate / 2 end
local bulkRate = tonumber(ARGV[3])
local bulkBurst = tonumber(ARGV[4])

local tokens = burst
if rate > 0 then
  tokens = level(KEYS[1], rate, burst)
  local needed = 1
  if bulk then needed = math.max(1, burst / 2) end
  if tokens < needed then return waitFor(tokens, needed, rate) end
end

local bulkTokens = bulkBurst
if bulk and bulkRate > 0 then
  bulkTokens = level(KEYS[2], bulkRate, bulkBurst)
  if bulkTokens < 1 then return waitFor(bulkTokens, 1, bulkRate) end
  save(KEYS[2], bulkTokens - 1, bulkRate, bulkBurst)
end
if rate > 0 then save(KEYS[1], tokens - 1, rate, burst) end
return 0
