// title: Attendees of an event
// audience: staff
// description: Who attended an event and, by default, its sessions: each attendee with
//   kind, role (facilitator, moderator, speaker, presenter, host, participant), status
//   (confirmed or tentative), the organisations and cities they are tied to, and the
//   session they attended.
// param: event entity(Event) required — the event: an id, a name or an alias
// param: include_sessions bool = true — also list who attended the sessions of the event
// param: as_of date — only offices held on that date count for organisation and city
// example: munigraph query attendees -p event="dialogues municipaux de CGLU pour la paix"
MATCH (top:Event {id: $event})
MATCH (session:Event)-[:PART_OF*0..3]->(top)
WHERE $include_sessions OR session = top
MATCH (x)-[a:ATTENDED]->(session)
WITH DISTINCT x, a, session,
     [(x)-[r:AFFILIATED_WITH|HOLDS_OFFICE]->(o) WHERE NOT o:City AND ($as_of IS NULL OR ((r.since IS NULL OR left(r.since, 10) <= $as_of) AND (r.until IS NULL OR left(r.until, 10) >= $as_of))) | o.name] AS orgs,
     [(x)-[r:AFFILIATED_WITH|HOLDS_OFFICE]->(c:City) WHERE ($as_of IS NULL OR ((r.since IS NULL OR left(r.since, 10) <= $as_of) AND (r.until IS NULL OR left(r.until, 10) >= $as_of))) | c.name] AS cities
WITH x, a, session,
     reduce(s = [], n IN orgs | CASE WHEN n IN s THEN s ELSE s + n END) AS orgs,
     reduce(s = [], n IN cities | CASE WHEN n IN s THEN s ELSE s + n END) AS cities
RETURN x.id AS id, x.name AS name, labels(x)[0] AS kind, a.role AS role, a.status AS status,
       CASE WHEN size(orgs) = 0 THEN null
            ELSE reduce(s = '', n IN orgs | s + CASE WHEN s = '' THEN '' ELSE '; ' END + n) END AS organisation,
       CASE WHEN size(cities) = 0 THEN null
            ELSE reduce(s = '', n IN cities | s + CASE WHEN s = '' THEN '' ELSE '; ' END + n) END AS city,
       session.id AS event_id, session.name AS event, session.start AS start
ORDER BY start, event_id, name, id
