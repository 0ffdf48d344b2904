// title: Partners of an organisation
// audience: analysts
// description: The partner organisations (and councils) of an organisation, by default
//   the world organisation, with their dates and the sources stating the partnership.
// param: organisation entity(Organisation) = org:uclg — the organisation: an id, a name or an acronym
// param: as_of date — only partnerships in force on that date
// example: munigraph query partners -p organisation=CGLU
MATCH (o:Organisation {id: $organisation})-[r:PARTNER_OF]-(p)
WHERE $as_of IS NULL OR ((r.since IS NULL OR left(r.since, 10) <= $as_of) AND (r.until IS NULL OR left(r.until, 10) >= $as_of))
RETURN p.id AS id, p.name AS name, labels(p)[0] AS kind, p.acronym AS acronym, r.since AS since, r.until AS until,
       r.sources AS sources, r.provenance AS provenance
ORDER BY name, id
