"""Compatibility with the client our users have: the official ACS JavaScript SDK, unchanged, against our service."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import PRIMARY_KEY, b64
from optout_core.auth import AccessKey

SCRIPT = Path(__file__).parent / "sdk" / "optouts.mjs"


def run_sdk(service, action: str, sender: str, *recipients: str, key: AccessKey = PRIMARY_KEY):
    node = shutil.which("node")
    assert node, "Node.js is required for the SDK compatibility tests"
    connection_string = f"endpoint={service.base_url}/;accesskey={b64(key)}"
    completed = subprocess.run([node, str(SCRIPT), connection_string, action, sender, *recipients],
                               capture_output=True, text=True, timeout=60, cwd=SCRIPT.parent, check=False)
    assert completed.returncode in (0, 3), completed.stderr
    return json.loads(completed.stdout)


def test_js_sdk_adds_checks_and_removes(service, sender):
    added = run_sdk(service, "add", sender, "+1 (425) 555-0301", "+123", "+14255550302")
    assert [(r["to"], r["httpStatusCode"]) for r in added] == [
        ("+1 (425) 555-0301", 200), ("+123", 400), ("+14255550302", 200)]
    assert added[1]["errorMessage"] == "Invalid recipient phone number format"

    checked = run_sdk(service, "check", sender, "+14255550301", "+14255550302", "+14255550303")
    assert [(r["to"], r["isOptedOut"], r["httpStatusCode"]) for r in checked] == [
        ("+14255550301", True, 200), ("+14255550302", True, 200), ("+14255550303", False, 200)]

    removed = run_sdk(service, "remove", sender, "+14255550301")
    assert [(r["to"], r["httpStatusCode"]) for r in removed] == [("+14255550301", 200)]
    assert [r["isOptedOut"] for r in run_sdk(service, "check", sender, "+14255550301")] == [False]


def test_js_sdk_surfaces_a_wrong_key_as_a_401_rest_error(service, sender):
    outcome = run_sdk(service, "check", sender, "+14255550304", key=AccessKey("wrong", b"w" * 32))
    assert outcome["error"]["name"] == "RestError"
    assert outcome["error"]["statusCode"] == 401


@pytest.mark.parametrize("sender_id", ["262966", "Contoso"])
def test_js_sdk_works_with_short_codes_and_alphanumeric_senders(service, sender_id):
    run_sdk(service, "add", sender_id, "+14255550305")
    assert [r["isOptedOut"] for r in run_sdk(service, "check", sender_id, "+14255550305")] == [True]
    run_sdk(service, "remove", sender_id, "+14255550305")
