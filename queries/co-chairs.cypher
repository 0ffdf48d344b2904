// title: Co-chairs of a council
// audience: staff
// description: The people who co-chair (or chair, or preside) a council, committee or
//   working group, with their dates and the offices they hold elsewhere.
// param: council entity(Council) required — the council: an id, a name or an alias
// param: as_of date — only those in office on that date, with the offices they then held
// example: munigraph query co-chairs -p council="Policy Council on Opportunities for All, Culture and City Diplomacy"
MATCH (c:Council {id: $council})
CALL (c) {
  MATCH (p:Person)-[r:CO_CHAIRS]->(c) RETURN p, r, 'co-chair' AS role
  UNION
  MATCH (p:Person)-[r:HOLDS_OFFICE]->(c)
  WHERE toLower(r.role) CONTAINS 'chair' OR toLower(r.role) CONTAINS 'presid'
  RETURN p, r, r.role AS role
}
WITH p, r, role
WHERE $as_of IS NULL OR ((r.since IS NULL OR left(r.since, 10) <= $as_of) AND (r.until IS NULL OR left(r.until, 10) >= $as_of))
RETURN p.id AS id, p.name AS name, role, r.since AS since, r.until AS until,
       [(p)-[o:HOLDS_OFFICE]->(x)
        WHERE NOT x:Council
          AND ($as_of IS NULL OR ((o.since IS NULL OR left(o.since, 10) <= $as_of) AND (o.until IS NULL OR left(o.until, 10) >= $as_of)))
        | o.role + ' of ' + x.name] AS offices,
       r.sources AS sources
ORDER BY name, id, since
