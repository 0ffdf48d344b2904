// title: Offices held by a person
// audience: staff
// description: The offices a person holds or held (mayor, president, secretary general,
//   co-chair ...) with the body, the role and the dates; plain affiliations ("Hans
//   Sakkers, Utrecht") are listed too, with tie = affiliation and no role.
// param: person entity(Person) required — the person: an id, a name or an alias
// param: as_of date — only offices held on that date (affiliations have no dates and always show)
// example: munigraph query offices-of -p person="Emilia Saiz"
MATCH (p:Person {id: $person})
CALL (p) {
  MATCH (p)-[r:HOLDS_OFFICE]->(x) RETURN x, r, r.role AS role, 'office' AS tie
  UNION
  MATCH (p)-[r:CO_CHAIRS]->(x) RETURN x, r, 'co-chair' AS role, 'office' AS tie
  UNION
  MATCH (p)-[r:AFFILIATED_WITH]->(x) RETURN x, r, null AS role, 'affiliation' AS tie
}
WITH x, r, role, tie
WHERE $as_of IS NULL OR ((r.since IS NULL OR left(r.since, 10) <= $as_of) AND (r.until IS NULL OR left(r.until, 10) >= $as_of))
RETURN x.id AS id, x.name AS name, labels(x)[0] AS kind, role, tie, r.since AS since, r.until AS until,
       r.sources AS sources
ORDER BY tie DESC, since, name, role
