// title: Sister cities of a city
// audience: diplomats
// description: The cities twinned with a city: each twin with its country, the kind of
//   link (twinning, sister_city, friendship, cooperation, partnership), since and until
//   when, whether one side or both state it, and the sources that say so.
// param: city entity(City) required — the city: an id, a name or an alias ("Paris, FR" picks between homonyms)
// param: kind string — only links of this kind
// param: as_of date — only links in force on that date
// example: munigraph query sister-cities -p city=Utrecht
MATCH (c:City {id: $city})-[r:TWINNED_WITH]-(t:City)
WHERE ($kind IS NULL OR r.kind = $kind)
  AND ($as_of IS NULL OR ((r.since IS NULL OR left(r.since, 10) <= $as_of) AND (r.until IS NULL OR left(r.until, 10) >= $as_of)))
RETURN t.id AS id, t.name AS name, t.country AS country, r.kind AS kind, r.since AS since, r.until AS until,
       r.stated_by AS stated_by, r.sources AS sources
ORDER BY name, id
