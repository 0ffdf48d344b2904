// title: Events two entities both attended
// audience: staff
// description: The events attended by both a and b (people, organisations, cities,
//   sections or councils), with the role and status of each.
// param: a entity(Person, Organisation, City, Section, Council) required — the first attendee
// param: b entity(Person, Organisation, City, Section, Council) required — the second attendee
// example: munigraph query co-attendance -p a="Emilia Saiz" -p b="Shams Asadi"
MATCH (e:Event)<-[ra:ATTENDED]-(x)
WHERE x.id = $a
MATCH (e)<-[rb:ATTENDED]-(y)
WHERE y.id = $b
RETURN e.id AS id, e.name AS name, e.start AS start, e.end AS `end`,
       ra.role AS role_a, ra.status AS status_a, rb.role AS role_b, rb.status AS status_b
ORDER BY start, id
