"""Errors a user can meet. The command line prints them as one line, never a traceback."""


class MunigraphError(Exception):
    """A problem with the user's input or environment, explained in one line."""


class SchemaError(MunigraphError):
    """A fact that breaks the model: names the kind, the field and the source."""


class StoreError(MunigraphError):
    """The database could not be reached, started or used."""


class QueryError(MunigraphError):
    """A named query or a console query was refused or failed."""


class LoadError(MunigraphError):
    """A source could not be read; the graph is left as it was."""
