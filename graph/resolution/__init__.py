"""Entity resolution: one node per real thing, whatever surface form a source uses.

``people`` (names, particles, titles), ``orgs`` (acronyms and names in fr/en/es),
``places`` (cities and countries through the gazetteer) and ``merges`` (the record of
every merge, listable and undoable).
"""
