// title: Events of a person, organisation or city
// audience: staff
// description: The events an entity took part in, in date order: attended (with role
//   and status), organised, hosted as the city they were held in, or attended by one of
//   its people (via names the person).
// param: entity entity(Person, Organisation, City, Section, Council) required — who: an id, a name or an alias
// param: as_of date — only people holding office on that date count as representing an organisation or city
// example: munigraph query events-of -p entity="Emilia Saiz"
CALL () {
  MATCH (e:Event)<-[a:ATTENDED]-(x) WHERE x.id = $entity
  RETURN e, 'attended' AS tie, a.role AS role, a.status AS status, null AS via
  UNION
  MATCH (e:Event)-[o:ORGANISED_BY]->(x) WHERE x.id = $entity
  RETURN e, 'organised' AS tie, coalesce(o.role, 'organiser') AS role, null AS status, null AS via
  UNION
  MATCH (e:Event)-[:HELD_IN]->(x) WHERE x.id = $entity
  RETURN e, 'held in' AS tie, 'host city' AS role, null AS status, null AS via
  UNION
  MATCH (e:Event)<-[a:ATTENDED]-(p:Person)-[r:AFFILIATED_WITH|HOLDS_OFFICE]->(x)
  WHERE x.id = $entity AND ($as_of IS NULL OR ((r.since IS NULL OR left(r.since, 10) <= $as_of) AND (r.until IS NULL OR left(r.until, 10) >= $as_of)))
  RETURN e, 'represented' AS tie, a.role AS role, a.status AS status, p.name AS via
}
RETURN e.id AS id, e.name AS name, e.start AS start, e.end AS `end`, tie, role, status, via
ORDER BY start, id, tie, via
