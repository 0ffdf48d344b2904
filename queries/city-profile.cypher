// title: Profile of a city
// audience: analysts
// description: Everything about a city in one row: its names, country, coordinates and
//   population; its twins; the sections and organisations it belongs to; the people who
//   hold office in it or speak for it; the events it attended, hosted or organised (or
//   its people attended); the documents that mention it. Lists are sorted by name or date.
// param: city entity(City) required — the city: an id, a name or an alias
// param: as_of date — only twinning links, memberships and offices in force on that date
// example: munigraph query city-profile -p city=Utrecht
MATCH (c:City {id: $city})
CALL (c) {
  OPTIONAL MATCH (c)-[r:TWINNED_WITH]-(t:City)
  WHERE $as_of IS NULL OR ((r.since IS NULL OR left(r.since, 10) <= $as_of) AND (r.until IS NULL OR left(r.until, 10) >= $as_of))
  WITH t, r ORDER BY t.name, t.id
  RETURN collect(CASE WHEN t IS NULL THEN null
                      ELSE {id: t.id, name: t.name, country: t.country, kind: r.kind, since: r.since} END) AS twins
}
CALL (c) {
  OPTIONAL MATCH (c)-[r:MEMBER_OF]->(s)
  WHERE $as_of IS NULL OR ((r.since IS NULL OR left(r.since, 10) <= $as_of) AND (r.until IS NULL OR left(r.until, 10) >= $as_of))
  WITH s, r ORDER BY s.name, s.id
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {id: s.id, name: s.name, kind: labels(s)[0], since: r.since} END) AS memberships
}
CALL (c) {
  OPTIONAL MATCH (p:Person)-[r:HOLDS_OFFICE]->(c)
  WHERE $as_of IS NULL OR ((r.since IS NULL OR left(r.since, 10) <= $as_of) AND (r.until IS NULL OR left(r.until, 10) >= $as_of))
  WITH p, r ORDER BY r.since, p.name
  RETURN collect(CASE WHEN p IS NULL THEN null
                      ELSE {id: p.id, name: p.name, role: r.role, since: r.since, until: r.until} END) AS officials
}
CALL (c) {
  OPTIONAL MATCH (p:Person)-[:AFFILIATED_WITH]->(c)
  WITH p ORDER BY p.name, p.id
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {id: p.id, name: p.name} END) AS people
}
CALL (c) {
  OPTIONAL MATCH (e:Event)
  WHERE exists { MATCH (c)-[:ATTENDED]->(e) } OR exists { MATCH (e)-[:HELD_IN|ORGANISED_BY]->(c) }
     OR exists { MATCH (c)<-[:HOLDS_OFFICE|AFFILIATED_WITH]-(:Person)-[:ATTENDED]->(e) }
  WITH e ORDER BY e.start, e.id
  RETURN collect(CASE WHEN e IS NULL THEN null ELSE {id: e.id, name: e.name, start: e.start} END) AS events
}
CALL (c) {
  OPTIONAL MATCH (c)-[:MENTIONED_IN]->(d:Document)
  WITH d ORDER BY d.title, d.id
  RETURN collect(CASE WHEN d IS NULL THEN null ELSE {id: d.id, title: d.title, path: coalesce(d.path, d.url)} END) AS documents
}
RETURN c.id AS id, c.name AS name, c.aliases AS aliases, c.country AS country,
       [(c)-[:IN_COUNTRY]->(k:Country) | k.name][0] AS country_name,
       c.lat AS lat, c.lon AS lon, c.population AS population, c.geonames_id AS geonames_id,
       c.wikidata_id AS wikidata_id, size(twins) AS twin_count, twins, memberships, officials, people, events,
       documents, c.sources AS sources
