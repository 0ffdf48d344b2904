// title: Members of a section or organisation
// audience: analysts
// description: The members of a section or organisation (cities and organisations), and
//   for an organisation also its sections and the councils and bodies that are part of it.
// param: of entity(Section, Organisation) required — the section or organisation
// param: as_of date — only memberships in force on that date
// example: munigraph query members -p of=UCLG
CALL () {
  MATCH (o:Section {id: $of}) RETURN o
  UNION
  MATCH (o:Organisation {id: $of}) RETURN o
}
CALL (o) {
  MATCH (m)-[r:MEMBER_OF]->(o)
  RETURN m, r, 'member' AS tie
  UNION
  MATCH (m:Section)-[r:SECTION_OF]->(o)
  RETURN m, r, 'section' AS tie
  UNION
  MATCH (m)-[r:PART_OF]->(o)
  RETURN m, r, 'part' AS tie
}
WITH m, r, tie
WHERE $as_of IS NULL OR ((r.since IS NULL OR left(r.since, 10) <= $as_of) AND (r.until IS NULL OR left(r.until, 10) >= $as_of))
RETURN m.id AS id, m.name AS name, labels(m)[0] AS kind, m.country AS country, tie, r.since AS since,
       r.until AS until, r.sources AS sources
ORDER BY tie, name, id
