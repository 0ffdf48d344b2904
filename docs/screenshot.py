"""Take the README's screenshot of the explorer with the browser-test tooling (Playwright, Debian Chromium).

python docs/screenshot.py --db ./munigraph-data --entity "Lyon" --depth 2 [--hover city:...]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a loaded graph folder")
    parser.add_argument("--entity", required=True, help="the name or id of the entity to centre on")
    parser.add_argument("--depth", type=int, default=1)
    parser.add_argument("--hover", help="the id of a node whose tooltip to show")
    parser.add_argument("--out", default=str(Path(__file__).with_name("screenshot.png")))
    args = parser.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    app = create_app({"MUNIGRAPH_DB": args.db})
    with serve(app) as base, chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 860})
        if ":" in args.entity:  # an id
            page.goto(f"{base}/graph/{quote(args.entity)}?depth={args.depth}")
        else:
            page.goto(f"{base}/search?q={quote(args.entity)}")
            page.locator("ol.results li a").first.click()
            page.get_by_role("link", name="Show the network").click()
            page.goto(page.url + f"?depth={args.depth}")
        page.wait_for_selector("#network[data-stable='1']", state="attached", timeout=60_000)
        page.locator("#network").scroll_into_view_if_needed()
        if args.hover:  # show a tooltip: hover the node's position on the canvas
            point = page.evaluate(
                "id => { const n = window.munigraphNetwork; return n.canvasToDOM(n.getPositions([id])[id]); }",
                args.hover,
            )
            box = page.locator("#network").bounding_box()
            page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
            page.locator("div.vis-tooltip").wait_for(state="visible")
        page.screenshot(path=args.out, full_page=False)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
