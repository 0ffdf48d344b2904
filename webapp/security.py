"""Security headers on every response. All scripts and styles are the app's own files."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from flask import Flask, Response, current_app
from werkzeug.exceptions import HTTPException
from werkzeug.routing import RequestRedirect

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def _headers(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    return response


def init_app(app: Flask) -> None:
    app.after_request(_headers)


# No whitespace, control character or backslash: browsers drop tabs and newlines from a URL
# and read "\\" as "/", so "/\t/evil.example" or "/\\evil.example" would leave the site, and
# CR LF would end the Location header.
_SAFE_TARGET = re.compile(r"/[^\s\x00-\x1f\x7f-\x9f\\]*")


def local_path(target: str | None, default: str = "/") -> str:
    """``target`` when it is a path of this app (with its query string), else ``default``.

    Only a path that one of the app's GET routes answers is returned: no scheme, no host,
    no ``//``, no control characters, spaces or backslashes, so a redirect to it never
    leaves the site nor breaks the response's headers.
    """
    if not target or not _SAFE_TARGET.fullmatch(target) or target.startswith("//"):
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return default
    try:
        current_app.url_map.bind("localhost").match(parts.path, method="GET")
    except RequestRedirect:
        pass  # a path the app redirects itself (a missing trailing slash): still the app's
    except HTTPException:
        return default
    return target
