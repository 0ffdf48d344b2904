"""Take the README's screenshots of the explorer, in its three languages, with the browser-test
tooling (Playwright driving Debian's Chromium, the app served in a thread).

python docs/screenshots.py --db ./munigraph-data --city Utrecht --to "Saint-Étienne" [--only screenshot-map]
    [--langs en fr es] [--out DIR]

Writes docs/screenshot.png (the network view) and docs/screenshot-<page>-<lang>.png, each page
in the README's language; ``--langs`` takes every page in each of the given languages instead
(to look at a change in all three), ``--out`` writes elsewhere than docs/.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from munigraph.webapp import create_app  # noqa: E402
from munigraph.webapp.live import chromium, serve  # noqa: E402

HERE = Path(__file__).parent


def city_id(app, name: str) -> str:
    """The best-connected city called ``name``: what a user would pick from the search."""
    with app.test_client() as client:
        results = client.get(f"/search?format=json&kind=City&q={quote(name)}").get_json()["results"]
    if not results:
        raise SystemExit(f"no city called {name!r} in this graph")
    return results[0]["id"]


def busiest(app, query: str) -> str | None:
    """The id the ``query`` returns first (the event with most attendees, the most-cited document)."""
    from munigraph.webapp.db import get_store

    with app.app_context():
        rows = get_store().read(query)
    return rows[0]["id"] if rows else None


EVENT = "MATCH (e:Event)<-[r:ATTENDED]-() WITH e, count(r) AS n ORDER BY n DESC LIMIT 1 RETURN e.id AS id"
DOCUMENT = (
    "MATCH (d:Document)<-[r:MENTIONED_IN]-() WHERE d.text IS NOT NULL "
    "WITH d, count(r) AS n ORDER BY n DESC LIMIT 1 RETURN d.id AS id"
)


def shots(app, city: str, name: str, target: str) -> list[tuple[str, str, str, str]]:
    """(file stem, language, path, what to wait for) for each screenshot."""
    c = quote(city)
    found = [
        ("screenshot", "en", f"/graph/{c}?depth=1", "#network[data-stable='1']"),
        ("screenshot-entity", "fr", "/entity/org:uclg", "h1"),
        ("screenshot-map", "en", f"/map/{c}", "#map[data-stable='1']"),
        ("screenshot-map-path", "fr", f"/map?from={quote(name)}&to={quote(target)}", "#map[data-stable='1']"),
        ("screenshot-timeline", "es", "/timeline/org:uclg", "h1"),
        ("screenshot-query", "es", f"/queries/suggest-partners?city={quote(name)}&run=1", "table.results-table"),
        ("screenshot-home", "en", "/", "h1"),
        ("screenshot-timeline-network", "en", "/timeline", "h1"),
    ]
    event, document = busiest(app, EVENT), busiest(app, DOCUMENT)
    if event:
        found.append(("screenshot-event", "fr", f"/event/{quote(event)}", "h1"))
    if document:
        found.append(("screenshot-document", "fr", f"/documents/{quote(document)}", "article.doctext"))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a loaded graph folder")
    parser.add_argument("--city", default="Utrecht", help="the city the network, map and timeline are about")
    parser.add_argument("--to", default="Saint-Étienne", help="the far end of the twinning path on the map")
    parser.add_argument("--only", nargs="*", help="only these file stems")
    parser.add_argument("--langs", nargs="*", help="take each page in these languages (default: the README's one)")
    parser.add_argument("--out", type=Path, default=HERE, help="folder for the pictures (default docs/)")
    args = parser.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    app = create_app({"MUNIGRAPH_DB": args.db})
    city = city_id(app, args.city)
    with serve(app) as base, chromium() as browser:
        args.out.mkdir(parents=True, exist_ok=True)
        for stem, readme_lang, path, ready in shots(app, city, args.city, args.to):
            if args.only and stem not in args.only:
                continue
            for lang in args.langs or [readme_lang]:
                page = browser.new_page(viewport={"width": 1280, "height": 860})
                page.goto(f"{base}/lang/{lang}?next={quote(path, safe='')}")
                page.wait_for_selector(ready, state="attached", timeout=60_000)
                named = stem == "screenshot" and not args.langs
                out = args.out / (f"{stem}.png" if named else f"{stem}-{lang}.png")
                page.screenshot(path=str(out), full_page=False)
                page.close()
                print(f"wrote {out}")


if __name__ == "__main__":
    main()
