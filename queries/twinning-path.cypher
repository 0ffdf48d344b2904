// title: Shortest twinning chains between two cities
// audience: diplomats
// description: The shortest chains of twinning links from one city to another, one row
//   per chain, with the number of hops and the cities along it.
// param: from entity(City) required — the first city
// param: to entity(City) required — the last city
// param: max_hops int = 6 — the longest chain considered
// param: as_of date — only links in force on that date
// example: munigraph query twinning-path -p from=Utrecht -p to=Daejeon
MATCH (a:City {id: $from}), (b:City {id: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:TWINNED_WITH*..$max_hops]-(b))
WHERE all(r IN relationships(p) WHERE $as_of IS NULL
          OR ((r.since IS NULL OR left(r.since, 10) <= $as_of) AND (r.until IS NULL OR left(r.until, 10) >= $as_of)))
RETURN length(p) AS hops, [n IN nodes(p) | {id: n.id, name: n.name, country: n.country}] AS cities
ORDER BY reduce(s = '', n IN nodes(p) | s + n.name + ' ' + n.id + ' ')
