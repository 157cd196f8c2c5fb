-- wrk script: optional headers from the environment, a status count per thread, and one result line at the end.
--   WRK_COOKIE  value of the Cookie header (e.g. "OPENACE_SESSION=...") - the portal's cookies are Secure,
--               so a client sends them itself over plain http
--   WRK_XFF     value of an X-Forwarded-For header (a simulated client address)
--   WRK_METHOD, WRK_BODY  a POST with a form body (application/x-www-form-urlencoded)
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
  local cookie = os.getenv("WRK_COOKIE")
  if cookie and cookie ~= "" then wrk.headers["Cookie"] = cookie end
  local xff = os.getenv("WRK_XFF")
  if xff and xff ~= "" then wrk.headers["X-Forwarded-For"] = xff end
  wrk.headers["Accept"] = "text/html"
  local method = os.getenv("WRK_METHOD")
  if method and method ~= "" then wrk.method = method end
  local body = os.getenv("WRK_BODY")
  if body and body ~= "" then
    wrk.body = body
    wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  end
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses")
    for code, n in pairs(s) do counts[code] = (counts[code] or 0) + n end
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
