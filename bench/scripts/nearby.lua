-- wrk script for issue 6's nearby-services target: each request asks for a random compound of the district with
-- random filters (5/10/15 minutes, elderly pace now and then, a pinyin search now and then), as residents would.
-- Used by nearby-wrk.sh, which passes the compound ids and a think time in ms (0: each connection sends its next
-- request as soon as the last is answered; T: it waits between T/2 and 3T/2 first, as a person reading the answer
-- would): wrk ... -s nearby.lua -- 1,2,3 1000
local ids = {}
local think = 0
local minutes = {5, 10, 15}
local searches = {"", "", "", "", "yd", "超市", "cs"}

function init(args)
  for id in string.gmatch(args[1] or "", "%d+") do
    table.insert(ids, id)
  end
  think = tonumber(args[2] or "0")
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function delay()
  if think <= 0 then return 0 end
  return math.random(math.floor(think / 2), math.floor(think * 3 / 2))
end

function request()
  local path = "/api/v1/portal/compounds/" .. ids[math.random(#ids)] .. "/nearby?minutes="
      .. minutes[math.random(#minutes)]
  if math.random(4) == 1 then path = path .. "&elderly=true" end
  local q = searches[math.random(#searches)]
  if q ~= "" then path = path .. "&q=" .. q:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end) end
  return wrk.format("GET", path, {["Accept-Language"] = "zh-CN"})
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (non-2xx/3xx %d), %.0f/s\n", summary.requests,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
      summary.errors.status, summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%-5s %8.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max    %8.2f ms\n", latency.max / 1000))
end
