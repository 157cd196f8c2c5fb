-- wrk script: a flood of wrong passwords on POST /sign-in.
--   WRK_CSRF, WRK_XSRF_COOKIE   a CSRF token from the sign-in page and its cookie (fetched by the caller)
--   WRK_XFF                     the attacker's client address (X-Forwarded-For), e.g. 10.66.0.1
--   WRK_ROTATE=n                instead: a new address every n requests (10.(100+t).x.y per wrk thread t), so
--                               that no address reaches the per-address limit (a distributed attacker)
-- Prints one RESULT line with the status counts (429 = refused before hashing, 401 = a password was hashed).
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
  sent = 0
  rotate = tonumber(os.getenv("WRK_ROTATE") or "0")
  xff = os.getenv("WRK_XFF") or "10.66.0.1"
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  wrk.headers["Accept"] = "text/html"
  wrk.headers["Cookie"] = "XSRF-TOKEN=" .. os.getenv("WRK_XSRF_COOKIE")
  wrk.body = "_csrf=" .. os.getenv("WRK_CSRF") .. "&acknowledge=yes&username=flood.nobody&password=wrong+password+guess"
end

function request()
  local address = xff
  if rotate > 0 then
    local n = math.floor(sent / rotate)
    address = string.format("10.%d.%d.%d", 100 + id, math.floor(n / 250) % 250, n % 250 + 1)
  end
  sent = sent + 1
  wrk.headers["X-Forwarded-For"] = address
  return wrk.format()
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    for code, n in pairs(thread:get("statuses")) do counts[code] = (counts[code] or 0) + n end
  end
  local codes = {}
  for code, n in pairs(counts) do table.insert(codes, string.format("%d:%d", code, n)) end
  table.sort(codes)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f socket_errors=%d statuses=%s\n",
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors,
    table.concat(codes, ",")))
end
