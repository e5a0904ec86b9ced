--[[
  appendEventOnce: appends an event to a case's log once per source (the inbox entry or staff
  message that caused it), so a handler retried after a crash does not log it twice.

  KEYS[1] the case's event log (list of sealed events)
  KEYS[2] the source's marker (expires)
  ARGV[1] sealed event
  ARGV[2] marker lifetime in seconds

  Returns 1 when appended, 0 when this source's event is already there.
]]
if redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[2]) == false then return 0 end
redis.call('RPUSH', KEYS[1], ARGV[1])
return 1
