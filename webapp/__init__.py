"""The explorer: a read-only Flask web app over the graph (flaskr-style app factory).

>>> app = create_app({"MUNIGRAPH_DB": "/tmp/demo-db"})      # doctest: +SKIP
>>> app.run()                                               # doctest: +SKIP
"""

from __future__ import annotations

import atexit
from typing import Any

from flask import Flask
from munigraph.graph.settings import Settings
from munigraph.webapp import db, errors, i18n, labels, present, security
from munigraph.webapp.db import close_store, open_early
from munigraph.webapp.render import cell, node_link, sentence


def create_app(test_config: dict[str, Any] | None = None, settings: Settings | None = None) -> Flask:
    """Build the explorer.

    Parameters
    ----------
    test_config
        Flask settings that override the defaults, e.g. ``MUNIGRAPH_DB`` (the database folder).
    settings
        munigraph's settings, built by the entry point (``munigraph serve``, the WSGI
        module); read from the environment when not given.
    """
    settings = settings or Settings.from_env()
    app = Flask(__name__)
    app.config.from_mapping(
        MUNIGRAPH_SETTINGS=settings,
        MUNIGRAPH_DB=settings.db,
        # A database folder that does not exist is reported, not silently created empty.
        MUNIGRAPH_REQUIRE_DB=True,
        SEARCH_LIMIT=50,
        GRAPH_HUB_CAP=40,
        GRAPH_MAX_NODES=2500,
        ENTITY_PER_TYPE=100,
        JSON_SORT_KEYS=False,
    )
    if test_config:
        app.config.from_mapping(test_config)

    i18n.init_app(app)
    labels.init_app(app)
    present.init_app(app)
    app.jinja_env.filters["cell"] = cell
    app.jinja_env.globals.update(node_link_html=node_link, sentence_html=sentence)  # the macros' bodies
    security.init_app(app)
    errors.init_app(app)
    db.init_app(app)

    from munigraph.webapp.views import (
        assets,
        console,
        documents,
        entity,
        events,
        main,
        maps,
        network,
        queries,
        timeline,
    )

    for blueprint in (
        assets.bp,
        main.bp,
        entity.bp,
        network.bp,
        events.bp,
        queries.bp,
        console.bp,
        documents.bp,
        maps.bp,
        timeline.bp,
    ):
        app.register_blueprint(blueprint)
    open_early(app)
    atexit.register(close_store, app)
    return app
