-- wrk script for dyad serve's load figures: each request asks for a different dyad (two
-- of the generated store's 40 countries, either direction) over a different one-year
-- period, so the answers do not come from a warm path for one query.
-- `article` asks for a random article of the generated store instead, and `cameo` for one
-- week's events with a random CAMEO code: requests whose queries are index lookups, which
-- measure the server itself rather than the store's query plans.
--   wrk -t2 -c16 -d20s --latency -s requests.lua http://127.0.0.1:PORT -- timeline|events|article|cameo
local countries = {"USA", "RUS", "CHN", "UKR", "FRA", "DEU", "GBR", "IRN", "ISR", "PSE", "SYR", "TUR",
  "IND", "PAK", "AFG", "IRQ", "SAU", "EGY", "JPN", "KOR", "PRK", "BRA", "MEX", "COL",
  "VEN", "NGA", "ETH", "SDN", "SOM", "KEN", "ZAF", "LBY", "YEM", "LBN", "JOR", "QAT",
  "POL", "ITA", "ESP", "CAN"}
local endpoint = "timeline"
local counter = 0

function init(args)
  endpoint = args[1] or "timeline"
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

function request()
  counter = counter + 1
  local a = countries[math.random(#countries)]
  local b = a
  while b == a do b = countries[math.random(#countries)] end
  local year = 2015 + math.random(0, 9)
  local period = string.format("from=%d-01-01&to=%d-12-31", year, year)
  local path
  local cameos = {"010", "036", "042", "043", "051", "057", "061", "071", "111", "112", "130", "141", "173", "190", "193"}
  if endpoint == "article" then
    path = string.format("/api/article?id=gen-1-%d", math.random(0, 99999))
  elseif endpoint == "cameo" then
    local day = math.random(1, 28)
    path = string.format("/api/events?cameo=%s&from=%d-06-%02d&to=%d-07-%02d&limit=50",
      cameos[math.random(#cameos)], year, day, year, day)
  elseif endpoint == "events" then
    path = string.format("/api/events?dyad=%s,%s&%s&limit=50", a, b, period)
  else
    path = string.format("/api/timeline?dyad=%s,%s&%s&bucket=month", a, b, period)
  end
  return wrk.format("GET", path)
end

-- Any answer but 200 is counted and reported, so a run full of errors cannot pass.
local errors = 0
function response(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx or socket errors: %d\n",
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
