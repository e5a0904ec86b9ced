--[[
  transitionCase: move a case to its next state in one step, or refuse and say why.
  Claims, releases, holds, NIBs and rejections all go through here, so two operators acting at once
  can never both succeed, and the claimer's cap is checked in the same step as the claim.

  KEYS[1] the case hash
  KEYS[2] the case's event log (list of sealed events)
  KEYS[3] the claims set (case ids) of the operator the claim action applies to
  KEYS[4] the case timers (zset "id|name|version" -> due epoch ms), armed here with the new version
  KEYS[5] the once-marker of the move's source (used only when ARGV[12] is set)
  ARGV[1] allowed current statuses, comma separated ("queued" or "claimed,waiting_oss")
  ARGV[2] expected version, or "" for any
  ARGV[3] required holder (staff key in field claimedBy), or "" for anyone
  ARGV[4] new status, or "" to keep it
  ARGV[5] claim action: "none" | "take" (holder := ARGV[6], add to KEYS[3]) | "drop" (holder removed, from KEYS[3])
  ARGV[6] staff key for "take"
  ARGV[7] cap on the size of KEYS[3] for "take"
  ARGV[8] now (epoch ms)
  ARGV[9] sealed event to append
  ARGV[10] key prefix of the status indexes ("<prefix>:cases:"), each a zset id -> since
  ARGV[11] timers to arm, "name=dueMs" joined by ",", or ""
  ARGV[12] once-marker lifetime in seconds, or "": a move made once per source (a command handled again
           after a crash is refused with "duplicate", and its caller answers as if it had just succeeded)
  ARGV[13..] field, value pairs to set; an empty value deletes the field

  Returns {1, newVersion} on success, or {0, reason, status, holder}:
  reason "missing" | "duplicate" | "status" | "version" | "holder" | "cap".
]]
local case = KEYS[1]
local status = redis.call('HGET', case, 'status')
if not status then return {0, 'missing', '', ''} end
local holder = redis.call('HGET', case, 'claimedBy') or ''
if ARGV[12] ~= '' and redis.call('EXISTS', KEYS[5]) == 1 then return {0, 'duplicate', status, holder} end

local allowed = false
for s in string.gmatch(ARGV[1], '[^,]+') do
  if s == status then allowed = true end
end
if not allowed then return {0, 'status', status, holder} end
if ARGV[2] ~= '' and redis.call('HGET', case, 'version') ~= ARGV[2] then return {0, 'version', status, holder} end
if ARGV[3] ~= '' and holder ~= ARGV[3] then return {0, 'holder', status, holder} end
if ARGV[5] == 'take' and redis.call('SCARD', KEYS[3]) >= tonumber(ARGV[7]) then return {0, 'cap', status, holder} end

if ARGV[12] ~= '' then redis.call('SET', KEYS[5], '1', 'EX', ARGV[12]) end
local id = redis.call('HGET', case, 'id')
local newStatus = ARGV[4]
if newStatus ~= '' and newStatus ~= status then
  redis.call('ZREM', ARGV[10] .. status, id)
  redis.call('ZADD', ARGV[10] .. newStatus, ARGV[8], id)
  redis.call('HSET', case, 'status', newStatus, 'statusSince', ARGV[8])
end
if ARGV[5] == 'take' then
  redis.call('HSET', case, 'claimedBy', ARGV[6], 'claimedAt', ARGV[8])
  redis.call('SADD', KEYS[3], id)
elseif ARGV[5] == 'drop' then
  redis.call('HDEL', case, 'claimedBy', 'claimedAt')
  redis.call('SREM', KEYS[3], id)
end
for i = 13, #ARGV, 2 do
  if ARGV[i + 1] == '' then redis.call('HDEL', case, ARGV[i]) else redis.call('HSET', case, ARGV[i], ARGV[i + 1]) end
end
redis.call('HSET', case, 'updatedAt', ARGV[8])
local version = redis.call('HINCRBY', case, 'version', 1)
redis.call('RPUSH', KEYS[2], ARGV[9])
for name, due in string.gmatch(ARGV[11], '([%w_]+)=(%d+)') do
  redis.call('ZADD', KEYS[4], due, id .. '|' .. name .. '|' .. version)
end
return {1, version}
