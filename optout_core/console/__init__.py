"""The compliance console's static files (docs/console.md), served by the function app itself at `/console/`.

The files are public: every call the page makes is signed in the browser like any other client's. A strict
Content-Security-Policy allows only this origin's scripts, styles and API calls, and no framing; where people sign in
with Entra ID, also the calls to the tenant's authority that redeem and renew a sign-in and read its OpenID metadata.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

from ..api.http import HttpResult
from ..entra import EntraSettings

STATIC = Path(__file__).with_name("static")
SIGN_IN_CONFIGURATION = "sign-in.json"
_CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                  ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png",
                  ".ico": "image/x-icon", ".json": "application/json; charset=utf-8"}
# Names the console ships: lower-case words, one optional folder, a known extension. Anything else, including
# "..", encoded slashes and hidden files, is simply not found.
_ASSET_NAME = re.compile(r"(?:[a-z0-9][a-z0-9-]*/)?[a-z0-9][a-z0-9.-]*\.(?:html|js|css|svg|png|ico|json)")


def content_security_policy(token_origin: str | None = None) -> str:
    connect = f"'self' {token_origin}" if token_origin else "'self'"
    return ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            f"connect-src {connect}; object-src 'none'; base-uri 'none'; form-action 'self'; "
            "frame-ancestors 'none'")


def console_sign_in(environ: Mapping[str, str]) -> EntraSettings | None:
    """The Entra settings when people may sign in to the console with Entra ID, else None. Unusable settings turn it
    off here; the API names them in every answer (settings.py), so a sign-in with a key says what is wrong."""
    try:
        entra = EntraSettings.from_environ(environ)
    except ValueError:
        return None
    return entra if entra is not None and entra.console_client_id else None


def _sign_in_configuration(entra: EntraSettings | None) -> bytes:
    """What the page needs to start an Entra sign-in: public values only (a single-page app has no secret)."""
    if entra is None:
        return json.dumps({"entra": None}).encode()
    return json.dumps({"entra": {"authorizeUrl": entra.authorize_url, "tokenUrl": entra.token_url,
                                 "openIdConfigurationUrl": entra.discovery_url,
                                 "clientId": entra.console_client_id, "scope": entra.console_scope}}).encode()


def console_asset(path: str, url_path: str, environ: Mapping[str, str] = os.environ) -> HttpResult:
    """The file at `path` under /console/; `/console` itself redirects to `/console/` so relative links work."""
    entra = console_sign_in(environ)
    token_url = urlsplit(entra.token_url) if entra else None
    security = {"Content-Security-Policy": content_security_policy(
                    f"{token_url.scheme}://{token_url.netloc}" if token_url else None),
                "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY",
                "Cross-Origin-Opener-Policy": "same-origin"}
    if not path:
        if not url_path.endswith("/"):
            return HttpResult(status=308, body=b"", headers={"Location": "/console/", **security})
        path = "index.html"
    if path == SIGN_IN_CONFIGURATION:
        return HttpResult(status=200, body=_sign_in_configuration(entra),
                          headers={"Content-Type": _CONTENT_TYPES[".json"], "Cache-Control": "no-cache", **security})
    if ".." in path or not _ASSET_NAME.fullmatch(path) or not (STATIC / path).is_file():
        return HttpResult(status=404, body=b"Not found.",
                          headers={"Content-Type": "text/plain; charset=utf-8", **security})
    # index.html is small and names the scripts: never cached, so a deployment's new console is seen at once.
    caching = "no-cache" if path.endswith(".html") else "public, max-age=300"
    return HttpResult(status=200, body=(STATIC / path).read_bytes(),
                      headers={"Content-Type": _CONTENT_TYPES[Path(path).suffix], "Cache-Control": caching,
                               **security})
