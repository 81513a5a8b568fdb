-- wrk script of the load test (benchmarks/site.py): each request asks the next of three pages.
local paths = { "/fr/", "/fr/evenements/evenement-1/", "/fr/evenements/" }
local counter = 0

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
