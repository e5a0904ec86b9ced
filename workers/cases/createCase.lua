--[[
  createCase: store a submitted dossier as a new case, once per source entry.

  KEYS[1] source marker (the inbox entry that submitted it) -> case id
  KEYS[2] the case hash
  KEYS[3] the applicant's set of case ids
  KEYS[4] status index for "queued" (zset: id -> created at)
  KEYS[5] the case's event log (list of sealed events)
  ARGV[1] case id
  ARGV[2] now (epoch ms)
  ARGV[3] sealed applicant chat
  ARGV[4] sealed dossier
  ARGV[5] applicant key (lookup hash)
  ARGV[6] sealed "submitted" event

  Returns {1, id} when created, {0, existingId} when this source already made a case,
  {-1} when the id is taken (the caller draws another).
]]
local existing = redis.call('GET', KEYS[1])
if existing then return {0, existing} end
if redis.call('EXISTS', KEYS[2]) == 1 then return {-1} end
redis.call('HSET', KEYS[2], 'id', ARGV[1], 'status', 'queued', 'createdAt', ARGV[2], 'updatedAt', ARGV[2],
  'version', 1, 'applicant', ARGV[3], 'applicantKey', ARGV[5], 'dossier', ARGV[4], 'sourceKey', KEYS[1])
redis.call('SET', KEYS[1], ARGV[1])
redis.call('SADD', KEYS[3], ARGV[1])
redis.call('ZADD', KEYS[4], ARGV[2], ARGV[1])
redis.call('RPUSH', KEYS[5], ARGV[6])
return {1, ARGV[1]}
