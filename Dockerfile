# The explorer image for docker-compose.yml: munigraph with gunicorn, talking to Neo4j.
FROM python:3.12-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY graph graph
COPY loaders loaders
COPY queries queries
COPY webapp webapp
RUN pip install --no-cache-dir '.[prod]'
RUN useradd --create-home munigraph
USER munigraph
EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "munigraph.webapp.wsgi:app"]
