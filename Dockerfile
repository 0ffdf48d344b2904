# The explorer image for docker-compose.yml: the munigraph wheel with gunicorn, talking to Neo4j.
# Stage 1 builds the wheel from the checkout; stage 2 installs only that wheel, so the image
# runs the same package a user gets from `pip install`, not a copy of the source tree.
FROM python:3.12-slim AS build
WORKDIR /src
COPY . .
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

FROM python:3.12-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir "$(ls /wheels/munigraph-*.whl)[prod]" && rm -rf /wheels
RUN useradd --create-home munigraph && mkdir -p /work && chown munigraph /work
USER munigraph
# rejected rows and the salt file are written here (a volume in docker-compose.yml)
WORKDIR /work
EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "munigraph.webapp.wsgi:app"]
