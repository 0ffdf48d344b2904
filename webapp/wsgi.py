"""The explorer for a production WSGI server: ``gunicorn munigraph.webapp.wsgi:app``.

The settings are read here, once, from the environment (see the README's table). Every
worker attaches to the same embedded engine (or Neo4j server); a worker that dies takes
nothing with it.
"""

import logging

from munigraph.graph.settings import Settings
from munigraph.graph.store import NOTIFICATIONS
from munigraph.webapp import create_app

# The driver's notifications (a deprecation Neo4j reports) join gunicorn's error log.
for handler in logging.getLogger("gunicorn.error").handlers:
    NOTIFICATIONS.addHandler(handler)

app = create_app(settings=Settings.from_env())
