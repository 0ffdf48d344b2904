"""Search lives in :mod:`munigraph.graph.search`: the command line suggests names with it too."""

from munigraph.graph.search import CUTOFF, MAX_AGE, Hit, Searcher

__all__ = ["CUTOFF", "MAX_AGE", "Hit", "Searcher"]
