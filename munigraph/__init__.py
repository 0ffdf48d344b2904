"""munigraph: a knowledge graph of the municipal diplomacy network.

The project's folders are installed as one namespace: ``graph/`` is ``munigraph.graph``
(model, store, resolution, analytics), ``loaders/`` is ``munigraph.loaders``, ``queries/``
is ``munigraph.queries`` and ``webapp/`` is ``munigraph.webapp``. The command line
(``munigraph.cli``) sits above all of them; ``graph`` imports nothing above it.
"""

__version__ = "0.1.0"
