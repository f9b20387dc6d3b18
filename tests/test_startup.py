"""Operator mistakes: `make run` and the dev host refuse to start with one line saying what is wrong and what to do;
the deployed app, which cannot refuse, logs that line once and answers every request 503 naming the setting."""

import base64
import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PRIMARY_KEY, b64
from optout_core.devhost import azurite, preflight
from optout_core.devhost.azurite import PROJECT_ROOT, free_port
from optout_core.settings import Settings

GOOD = {"OPTOUT_ACCESS_KEY": b64(PRIMARY_KEY), "OPTOUT_STORAGE_CONNECTION_STRING": "UseDevelopmentStorage=true",
        "OPTOUT_EVENTGRID_TOPIC_KEY": "a-topic-key"}  # unused until a test names a topic


def environment(**settings: str) -> dict[str, str]:
    """This process's environment without any of the app's settings, and then these."""
    inherited = {name: value for name, value in os.environ.items()
                 if not name.startswith(("OPTOUT_", "COMMUNICATION_SERVICES", "AzureWebJobs"))}
    return {**inherited, **settings}


@pytest.fixture
def app_dir(tmp_path: Path) -> Path:
    """The app without a local.settings.json: the environment alone configures it."""
    for name in ("function_app.py", "host.json"):
        shutil.copy(PROJECT_ROOT / name, tmp_path / name)
    return tmp_path


def start_devhost(app_dir: Path, *arguments: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    """A host that starts anyway never returns, and the timeout fails the test."""
    return subprocess.run([sys.executable, "-m", "optout_core.devhost", "--app-dir", str(app_dir), *arguments],
                          cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL, check=False)


def one_line(run: subprocess.CompletedProcess) -> str:
    assert run.returncode == 1, run.stdout + run.stderr
    assert "Traceback" not in run.stdout + run.stderr
    [line] = (run.stdout + run.stderr).splitlines()
    return line


UNUSABLE_SETTINGS = [
    ("OPTOUT_ACCESS_KEY", ""),
    ("OPTOUT_ACCESS_KEY", "not base64 at all!"),
    ("OPTOUT_ACCESS_KEY", base64.b64encode(b"sixteen byte key").decode()),
    ("OPTOUT_SECONDARY_ACCESS_KEY", base64.b64encode(b"thirty-one bytes, one too short").decode()),
    ("OPTOUT_STORAGE_CONNECTION_STRING", "a file name, perhaps"),
    ("OPTOUT_STORAGE_CONNECTION_STRING",
     "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=not*a*key;EndpointSuffix=core.windows.net"),
    ("COMMUNICATION_SERVICES_CONNECTION_STRING", "accesskey=c2VjcmV0"),
    ("COMMUNICATION_SERVICES_CONNECTION_STRING", "endpoint=https://acs.communication.azure.com/;accesskey=not*a*key"),
    ("COMMUNICATION_SERVICES_CONNECTION_STRING", "endpoint=acs.communication.azure.com;accesskey=c2VjcmV0"),
    ("OPTOUT_EVENTGRID_TOPIC_ENDPOINT", "my-topic.westeurope-1"),
]


@pytest.mark.parametrize("setting, value", UNUSABLE_SETTINGS)
def test_the_dev_host_refuses_an_unusable_setting_in_one_line_naming_it(app_dir, setting, value):
    line = one_line(start_devhost(app_dir, "--port", str(free_port()), env=environment(**{**GOOD, setting: value})))
    assert line.startswith("The dev host cannot start: ") and setting in line
    assert not value or value not in line  # nor does it repeat what may be a secret


def test_the_dev_host_refuses_a_local_settings_file_that_is_not_json(app_dir):
    (app_dir / "local.settings.json").write_text('{"Values": {"OPTOUT_ACCESS_KEY": "x",}}')
    line = one_line(start_devhost(app_dir, "--port", str(free_port()), env=environment(**GOOD)))
    assert "local.settings.json is not valid JSON" in line


def test_the_documented_local_development_settings_are_usable():
    values = json.loads((PROJECT_ROOT / "local.settings.sample.json").read_text())["Values"]
    assert Settings.from_environ(values).access_keys[0].name == "primary"


def test_the_dev_host_refuses_a_port_in_use_in_one_line(app_dir):
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        line = one_line(start_devhost(app_dir, "--port", str(port), env=environment(**GOOD)))
    assert f"port {port} on 127.0.0.1 is in use by another process" in line


def test_without_node_the_dev_host_says_node_is_missing_not_azurite(app_dir, tmp_path):
    empty = tmp_path / "empty-path"
    empty.mkdir()
    run = start_devhost(app_dir, "--port", str(free_port()), "--azurite", "--azurite-port", str(free_port()),
                        env=environment(**GOOD, PATH=str(empty)))
    assert "Node.js is not on the PATH" in one_line(run)


def test_without_azurite_installed_the_dev_host_says_what_to_run(monkeypatch, tmp_path):
    monkeypatch.setattr(azurite, "PROJECT_ROOT", tmp_path)  # a checkout where npm ci has not run
    with pytest.raises(azurite.AzuriteError, match=r"^Azurite is not installed: run `make setup`"):
        azurite.Azurite().start()


@pytest.fixture
def fresh_clone(tmp_path: Path) -> Path:
    """What `make run` needs to reach its first check, and nothing installed."""
    clone = tmp_path / "clone"
    (clone / "optout_core" / "devhost").mkdir(parents=True)
    for name in ("Makefile", "local.settings.sample.json", "optout_core/devhost/preflight.py"):
        shutil.copy(PROJECT_ROOT / name, clone / name)
    return clone


MAKE = shutil.which("make") or "/usr/bin/make"  # found on this PATH: the tests run make with another


def make_run(clone: Path, path: str) -> subprocess.CompletedProcess:
    return subprocess.run([MAKE, "--no-print-directory", "run", f"PYTHON={sys.executable}"],
                          cwd=clone, env=environment(PATH=path), capture_output=True, text=True, timeout=120,
                          check=False)


def test_make_run_without_node_says_so_before_installing_anything(fresh_clone, tmp_path):
    empty = tmp_path / "empty-path"
    empty.mkdir()
    run = make_run(fresh_clone, str(empty))
    assert run.returncode != 0
    assert run.stderr.splitlines()[0].startswith("Node.js is not on the PATH: install Node 20 or newer")
    assert not (fresh_clone / ".venv").exists()


def test_make_run_with_its_port_taken_says_so_before_installing_anything(fresh_clone):
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        (fresh_clone / "local.settings.json").write_text(json.dumps({"Values": {}, "Host": {"LocalHttpPort": port}}))
        run = make_run(fresh_clone, os.environ["PATH"])
    assert run.returncode != 0
    assert run.stderr.splitlines()[0].startswith(f"port {port} on 127.0.0.1 is in use by another process")
    assert not (fresh_clone / ".venv").exists()


def test_too_old_a_python_is_named_with_what_to_do(monkeypatch):
    monkeypatch.setattr(sys, "version_info", (3, 9, 18))
    assert "Python 3.11 or newer is required" in (preflight.python_problem() or "")


DEPLOYED = """
import asyncio, json, logging, sys, types
from pathlib import Path
import azure.functions as func
from optout_core.devhost.host import index_function_app

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
functions = {function.get_function_name(): function.get_user_function()
             for function in index_function_app(Path(sys.argv[1]))}

def invocation(name):  # what the worker passes as `context`, as far as the app reads it
    return types.SimpleNamespace(function_name=name, trace_context=None)

async def main():
    answers = []
    for _ in range(3):
        request = func.HttpRequest("POST", "http://localhost/sms/optouts:add?api-version=2026-01-23", body=b"{}")
        response = await functions["OptOutsAdd"](request, context=invocation("OptOutsAdd"))
        answers.append([response.status_code, json.loads(response.get_body())])
    event = func.EventGridEvent(id="1", data={}, topic="t", subject="s", event_type="x", event_time=None,
                                data_version="1")
    try:
        await functions["SmsReceived"](event, context=invocation("SmsReceived"))
        answers.append("acknowledged")
    except Exception as exc:
        answers.append(type(exc).__name__)
    print(json.dumps(answers))

asyncio.run(main())
"""


def test_the_deployed_app_logs_a_misconfiguration_once_and_answers_503_naming_the_setting(app_dir):
    """As the Functions worker runs it: function_app.py imported, its functions called."""
    run = subprocess.run([sys.executable, "-c", DEPLOYED, str(app_dir)], cwd=PROJECT_ROOT, capture_output=True,
                         text=True, timeout=60, env=environment(**{**GOOD, "OPTOUT_ACCESS_KEY": "c2hvcnQ="}),
                         check=False)
    assert run.returncode == 0, run.stderr
    *http, event = json.loads(run.stdout)
    for status, body in http:
        assert status == 503 and body["error"]["code"] == "ServiceUnavailable"
        assert "OPTOUT_ACCESS_KEY" in body["error"]["message"]
    assert event == "ConfigurationError"  # the event fails, so Event Grid delivers it again
    [logged] = [line for line in run.stderr.splitlines() if "OPTOUT_ACCESS_KEY" in line]
    assert logged.startswith("ERROR optout_core.services:") and "Traceback" not in run.stderr
