--[[
  recordFunnel: counts one turn of an intake in the funnel, once per cause (an inbox entry, or the
  retention run that dropped the session), so a turn handled again after a crash counts nothing new.
  A stage counts once per intake: the intake's set of reached stages is kept while it runs.

  KEYS[1] the cause's marker (expires)
  KEYS[2] the intake's set of reached stages (expires; deleted when the intake ends)
  KEYS[3] the funnel counters (hash: "reached:<stage>", "left:<stage>")
  ARGV[1] marker lifetime in seconds
  ARGV[2] "1" when a new intake began in this turn (the set starts empty), else "0"
  ARGV[3] lifetime of the set in seconds
  ARGV[4] the position where the intake was left without submission, or ""
  ARGV[5..] stages reached in this turn

  Returns 1 when counted, 0 when this cause was counted before.
]]
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) == false then return 0 end
if ARGV[2] == '1' then redis.call('DEL', KEYS[2]) end
for i = 5, #ARGV do
  if redis.call('SADD', KEYS[2], ARGV[i]) == 1 then redis.call('HINCRBY', KEYS[3], 'reached:' .. ARGV[i], 1) end
end
if ARGV[4] ~= '' then
  redis.call('HINCRBY', KEYS[3], 'left:' .. ARGV[4], 1)
  redis.call('DEL', KEYS[2])
elseif #ARGV >= 5 then
  if ARGV[5] == 'submitted' then redis.call('DEL', KEYS[2]) else redis.call('EXPIRE', KEYS[2], ARGV[3]) end
end
return 1
