--[[
  reassignCase: hand a case to another staff member in one step (TUGASKAN). The previous holder's
  claim, if any, goes; the new holder's is taken under their cap; the timers the new claim needs are
  armed. Two separate moves (release, then claim) would let another operator claim in between.

  KEYS[1] the case hash
  KEYS[2] the case's event log (list of sealed events)
  KEYS[3] the previous holder's claims set (any key when the case is held by nobody)
  KEYS[4] the new holder's claims set
  KEYS[5] the case timers (zset "id|name|version" -> due epoch ms)
  KEYS[6] the once-marker of the move's source (used only when ARGV[10] is set)
  ARGV[1] allowed current statuses, comma separated
  ARGV[2] expected previous holder (staff key), or "" when the case must be held by nobody
  ARGV[3] the new holder's staff key
  ARGV[4] cap on the size of KEYS[4]
  ARGV[5] new status, or "" to keep it
  ARGV[6] now (epoch ms)
  ARGV[7] sealed event to append
  ARGV[8] key prefix of the status indexes ("<prefix>:cases:"), each a zset id -> since
  ARGV[9] timers to arm with the new version, "name=dueMs" joined by ",", or ""
  ARGV[10] once-marker lifetime in seconds, or ""

  Returns {1, newVersion}, or {0, reason, status, holder}:
  reason "missing" | "duplicate" | "status" | "holder" | "same" | "cap".
]]
local case = KEYS[1]
local status = redis.call('HGET', case, 'status')
if not status then return {0, 'missing', '', ''} end
local holder = redis.call('HGET', case, 'claimedBy') or ''
if ARGV[10] ~= '' and redis.call('EXISTS', KEYS[6]) == 1 then return {0, 'duplicate', status, holder} end

local allowed = false
for s in string.gmatch(ARGV[1], '[^,]+') do
  if s == status then allowed = true end
end
if not allowed then return {0, 'status', status, holder} end
if holder == ARGV[3] then return {0, 'same', status, holder} end
if holder ~= ARGV[2] then return {0, 'holder', status, holder} end
if redis.call('SCARD', KEYS[4]) >= tonumber(ARGV[4]) then return {0, 'cap', status, holder} end

if ARGV[10] ~= '' then redis.call('SET', KEYS[6], '1', 'EX', ARGV[10]) end
local id = redis.call('HGET', case, 'id')
local newStatus = ARGV[5]
if newStatus ~= '' and newStatus ~= status then
  redis.call('ZREM', ARGV[8] .. status, id)
  redis.call('ZADD', ARGV[8] .. newStatus, ARGV[6], id)
  redis.call('HSET', case, 'status', newStatus, 'statusSince', ARGV[6])
end
if holder ~= '' then redis.call('SREM', KEYS[3], id) end
redis.call('HSET', case, 'claimedBy', ARGV[3], 'claimedAt', ARGV[6], 'updatedAt', ARGV[6])
redis.call('SADD', KEYS[4], id)
local version = redis.call('HINCRBY', case, 'version', 1)
redis.call('RPUSH', KEYS[2], ARGV[7])
for name, due in string.gmatch(ARGV[9], '([%w_]+)=(%d+)') do
  redis.call('ZADD', KEYS[5], due, id .. '|' .. name .. '|' .. version)
end
return {1, version}
