"""The compliance console's static files (docs/console.md), served by the function app itself at `/console/`.

The files are public: every call the page makes is signed in the browser like any other client's. A strict
Content-Security-Policy allows only this origin's scripts, styles and API calls, and no framing.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..api.http import HttpResult

STATIC = Path(__file__).with_name("static")
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                           "frame-ancestors 'none'")
_CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                  ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png",
                  ".ico": "image/x-icon", ".json": "application/json; charset=utf-8"}
# Names the console ships: lower-case words, one optional folder, a known extension. Anything else, including
# "..", encoded slashes and hidden files, is simply not found.
_ASSET_NAME = re.compile(r"(?:[a-z0-9][a-z0-9-]*/)?[a-z0-9][a-z0-9.-]*\.(?:html|js|css|svg|png|ico|json)")
_SECURITY_HEADERS = {"Content-Security-Policy": CONTENT_SECURITY_POLICY, "X-Content-Type-Options": "nosniff",
                     "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY",
                     "Cross-Origin-Opener-Policy": "same-origin"}


def console_asset(path: str, url_path: str) -> HttpResult:
    """The file at `path` under /console/; `/console` itself redirects to `/console/` so relative links work."""
    if not path:
        if not url_path.endswith("/"):
            return HttpResult(status=308, body=b"", headers={"Location": "/console/", **_SECURITY_HEADERS})
        path = "index.html"
    if ".." in path or not _ASSET_NAME.fullmatch(path) or not (STATIC / path).is_file():
        return HttpResult(status=404, body=b"Not found.",
                          headers={"Content-Type": "text/plain; charset=utf-8", **_SECURITY_HEADERS})
    # index.html is small and names the scripts: never cached, so a deployment's new console is seen at once.
    caching = "no-cache" if path.endswith(".html") else "public, max-age=300"
    return HttpResult(status=200, body=(STATIC / path).read_bytes(),
                      headers={"Content-Type": _CONTENT_TYPES[Path(path).suffix], "Cache-Control": caching,
                               **_SECURITY_HEADERS})
