"""Named queries: ``NAME.cypher`` and ``NAME.py`` files with a header (see graph/named.py)."""
