"""vis-network served from the installed pyvis package: the explorer never loads anything from elsewhere."""

from __future__ import annotations

from pathlib import Path

import pyvis
from flask import Blueprint, abort, send_from_directory

bp = Blueprint("assets", __name__)

VIS_DIR = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"
FILES = ("vis-network.min.js", "vis-network.css")


@bp.get("/vendor/vis/<name>")
def vis(name: str):
    if name not in FILES:
        abort(404)
    return send_from_directory(VIS_DIR, name, max_age=24 * 3600)
