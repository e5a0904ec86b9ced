--[[
  dropSession: deletes a chat's session only if it is still the version that was judged stale, so
  a message handled meanwhile (which bumps the version) keeps its session.

  KEYS[1] the chat's session (hash: v = version, d = sealed session)
  ARGV[1] the version that was read

  Returns 1 when deleted, 0 when the session changed or is gone.
]]
if redis.call('HGET', KEYS[1], 'v') ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
return 1
