"""The explorer for a production WSGI server: ``gunicorn webapp.wsgi:app``."""

from munigraph.webapp import create_app

app = create_app()
