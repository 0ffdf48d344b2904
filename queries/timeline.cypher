// title: Timeline of events
// audience: analysts
// description: Events in date order, all of them or those an entity took part in
//   (attended, organised, hosted, or attended through a session), between optional dates.
//   Events with no known date come last.
// param: entity entity — limit to the events of this entity (any kind)
// param: from date — first day
// param: to date — last day
// example: munigraph query timeline -p from=2022-01-01 -p to=2022-12-31
MATCH (e:Event)
WHERE ($from IS NULL OR (e.start IS NOT NULL AND left(coalesce(e.end, e.start), 10) >= $from))
  AND ($to IS NULL OR (e.start IS NOT NULL AND left(e.start, 10) <= $to))
  AND ($entity IS NULL OR e.id = $entity
       OR exists { MATCH (e)-[:ORGANISED_BY|HELD_IN|PART_OF]->(x) WHERE x.id = $entity }
       OR exists { MATCH (e)<-[:ATTENDED]-(x) WHERE x.id = $entity }
       OR exists { MATCH (e)<-[:PART_OF]-(:Event)<-[:ATTENDED]-(x) WHERE x.id = $entity })
RETURN e.id AS id, e.name AS name, e.start AS start, e.end AS `end`, e.format AS format,
       [(e)-[:HELD_IN]->(c:City) | c.name] AS held_in,
       [(e)-[:ORGANISED_BY]->(o) | o.name] AS organised_by,
       [(e)-[:PART_OF]->(s:Event) | s.name] AS part_of
ORDER BY start, id
