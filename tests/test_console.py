"""The compliance console: served by the function app with a strict policy, and used in a real browser."""

import json
import os
import shutil
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from conftest import PRIMARY_KEY, b64
from optout_core.devhost.azurite import PROJECT_ROOT
from test_send_api import SEND, opt_out, send_body

WALKTHROUGH = Path(__file__).with_name("console") / "console_walkthrough.mjs"


def test_console_redirects_to_its_folder_and_serves_its_files_under_a_strict_policy(service):
    redirect = service.request("GET", "/console")
    assert redirect.status == 308 and redirect.headers["location"] == "/console/"
    page = service.request("GET", "/console/")
    assert page.status == 200 and page.headers["content-type"] == "text/html; charset=utf-8"
    assert b'<script type="module" src="app.js">' in page.body
    policy = page.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert page.headers["x-content-type-options"] == "nosniff"
    for name, media_type in [("app.js", "text/javascript"), ("api.js", "text/javascript"),
                             ("console.css", "text/css")]:
        asset = service.request("GET", f"/console/{name}")
        assert asset.status == 200 and asset.headers["content-type"].startswith(media_type), name


@pytest.mark.parametrize("path", ["/console/../function_app.py", "/console/%2e%2e/function_app.py",
                                  "/console/..%2ffunction_app.py", "/console/%2e%2e%2f%2e%2e%2fauth.py",
                                  "/console/__init__.py", "/console/.hidden.js", "/console/nothing.js",
                                  "/console/static/app.js", "/console/a/../app.js"])
def test_nothing_outside_the_consoles_files_is_served(service, path):
    reply = service.request("GET", path)
    assert reply.status == 404, (path, reply.body[:80])
    assert b"import" not in reply.body


def test_the_consoles_files_change_nothing(service):
    assert service.request("POST", "/console/").status == 405


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@dataclass
class Walkthrough:
    report: dict[str, Any]
    sender: str
    number: str
    refused_by: str  # a sender that refused a send to the number before the browser opened


@pytest.fixture(scope="module")
def walkthrough(service, tmp_path_factory) -> Walkthrough:
    """One browser session through tests/console/console_walkthrough.mjs (a compliance officer's day), whose report
    the tests below read. Before it starts, a send to the number was refused by another sender: evidence to show."""
    chromium, node = _chromium(), shutil.which("node")
    if chromium is None:
        pytest.skip("Chromium is not installed and could not be (make test installs it with apt-get where it can)")
    if node is None or not (PROJECT_ROOT / "node_modules" / "playwright-core").is_dir():
        pytest.skip("playwright-core is not installed: run make setup")
    sender, refused_by = (f"+1800{uuid.uuid4().int % 10**7:07d}" for _ in range(2))
    local = f"{uuid.uuid4().int % 10**7:07d}"
    number = f"+1425{local}"
    opt_out(service, refused_by, number)
    assert service.signed("POST", SEND, send_body(refused_by, number)).json()["value"][0]["httpStatusCode"] == 403
    screenshots = os.environ.get("OPTOUT_CONSOLE_SCREENSHOTS")  # =docs/console retakes docs/console.md's screenshots
    environment = {"BASE_URL": service.base_url, "ACCESS_KEY": b64(PRIMARY_KEY), "SENDER": sender,
                   "NUMBER_TYPED": f"(425) {local[:3]}-{local[3:]}", "CHROMIUM": chromium,
                   "PATH": "/usr/bin:/bin", "HOME": str(tmp_path_factory.mktemp("home")),  # Chromium writes here
                   "SCREENSHOTS": str(PROJECT_ROOT / screenshots) if screenshots else ""}
    run = subprocess.run([node, str(WALKTHROUGH)], capture_output=True, text=True, timeout=300, check=False,
                         cwd=PROJECT_ROOT, env=environment)
    report: dict[str, Any] = json.loads(run.stdout) if run.stdout.startswith("{") else {"failure": run.stderr}
    assert run.returncode == 0 and "failure" not in report, report.get("failure")
    return Walkthrough(report, sender, number, refused_by)


def test_a_compliance_officer_works_a_complaint_in_a_real_browser(service, walkthrough):
    """Sign in (after wrong credentials are refused with a message), search a number typed as a person types it,
    opt it out with a reason and see the reason in the history, list and export, import a file with a bad line, the
    review queue, a program brief with its previews; no serious accessibility violation anywhere."""
    report, sender, number = walkthrough.report, walkthrough.sender, walkthrough.number
    assert report["notBase64"].startswith("This is not an access key")
    assert "refused these credentials" in report["wrongKey"]
    assert "does not accept Microsoft Entra ID tokens" in report["badToken"]
    assert report["accessibility"] and not any(report["accessibility"].values()), report["accessibility"]
    assert report["pageErrors"] == []
    assert report["exported"].splitlines()[1].startswith(f"'{sender},'{number},US,api,")  # spreadsheet-safe
    assert report["imported"].startswith("Done: 2 imported, 0 already opted out") and "1 rejected" in report["imported"]
    assert [line for line, _ in report["importErrors"]] == ["3"] and report["importErrors"][0][1].startswith("to: ")
    assert any("GSM-7, 1 SMS segment" in preview for preview in report["previews"])
    assert any("UCS-2, 2 SMS segments" in preview for preview in report["previews"])
    assert report["keptAfterSignOut"] == 0
    assert report["phoneOverflow"] == [], report["phoneWidth"]

    # What the page showed is what the service holds.
    history = service.signed("GET", f"/sms/optouts/history?from={quote(sender)}&to={quote(number)}").json()
    assert history["value"][0]["evidence"] == {"key": "primary",
                                               "reason": "Complaint #4711: customer says STOP was ignored"}
    brief = service.signed("GET", f"/sms/programs/{quote(sender)}").json()
    assert brief["programName"] == "Contoso Bank Alerts" and set(brief["replies"]) == {"en", "fr"}


def test_the_evidence_shows_the_refused_send(walkthrough):
    evidence = walkthrough.report["evidence"]
    if not evidence["available"]:
        assert "does not offer the evidence report yet" in evidence["note"]
        pytest.skip("this service has no evidence API (GET /sms/optouts/evidence); the page said so")
    assert "refused_send" in evidence["kinds"] and walkthrough.refused_by in evidence["text"], evidence
    assert "opt_out" in evidence["kinds"]
    assert evidence["printable"].lower().startswith("<!doctype html") and walkthrough.number in evidence["printable"]
