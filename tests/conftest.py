"""Shared fixtures: a real Azurite for the session, the dev host serving function_app.py, a signed HTTP client."""

from __future__ import annotations

import base64
import http.client
import json
import os
import signal
import ssl
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from acs_standin import AcsStandIn
from counting import CountingTransport
from optout_core.auth import AccessKey, sign_request
from optout_core.devhost.azurite import PROJECT_ROOT, Azurite, free_port, port_answers
from optout_core.storage import OptOutStore, Tables
from tls import TlsFiles

PRIMARY_KEY = AccessKey("primary", b"tests-primary-key-0123456789abcdef")
SECONDARY_KEY = AccessKey("secondary", b"tests-secondary-key-0123456789abcd")
OPTOUT_API_VERSION = "2026-01-23"
OPTOUT = Path(sys.executable).with_name("optout")  # installed with the project (make: pip install -e .)


def b64(key: AccessKey) -> str:
    return base64.b64encode(key.secret).decode()


@pytest.fixture(scope="session")
def azurite() -> Iterator[Azurite]:
    with Azurite() as emulator:
        yield emulator


@pytest.fixture
async def tables(azurite: Azurite):
    """Fresh, empty tables for one test: Azurite slows down as tables grow, and tests must not see each other."""
    tables = Tables.from_connection_string(azurite.connection_string, prefix=f"t{uuid.uuid4().hex[:12]}")
    yield tables
    await tables.close()


@pytest.fixture
async def counted_tables(azurite: Azurite):
    """Tables whose every request is counted, created, and the count started afresh."""
    transport = CountingTransport()
    tables = Tables.from_connection_string(azurite.connection_string, prefix=f"cost{uuid.uuid4().hex[:8]}",
                                           transport=transport)
    for name in (OptOutStore.TABLE, OptOutStore.SENDERS_TABLE):
        await tables.get(name)
    transport.requests.clear()
    yield tables, transport
    await tables.close()


def optout(service: HostProcess, *arguments: str, **environment: str) -> subprocess.CompletedProcess:
    """The installed `optout` command, run against `service`, as an operator would run it."""
    env = {"OPTOUT_CONNECTION_STRING": f"endpoint={service.base_url}/;accesskey={b64(PRIMARY_KEY)}",
           "PATH": "/usr/bin:/bin", **environment}
    return subprocess.run([str(OPTOUT), *arguments], capture_output=True, text=True, timeout=120, env=env, check=False)


def _encode(body: bytes | str | dict | list | None) -> bytes | None:
    if isinstance(body, (dict, list)):
        body = json.dumps(body)
    return body.encode() if isinstance(body, str) else body


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self):
        return json.loads(self.body)


@dataclass
class HostProcess:
    base_url: str
    process: subprocess.Popen
    log_path: Path | None  # None for a host the test did not start
    environment: dict[str, str]
    tls: ssl.SSLContext | None = None  # trusts the test certificate of an HTTPS host

    def request(self, method: str, path: str, body: bytes | str | dict | list | None = None,
                headers: dict[str, str] | None = None, timeout: float = 60) -> Response:
        body = _encode(body)
        parts = urlsplit(self.base_url)
        connection = (http.client.HTTPSConnection(parts.netloc, timeout=timeout, context=self.tls)
                      if self.tls else http.client.HTTPConnection(parts.netloc, timeout=timeout))
        try:
            connection.request(method, path, body=body, headers=headers or {})
            reply = connection.getresponse()
            return Response(reply.status, {k.lower(): v for k, v in reply.getheaders()}, reply.read())
        finally:
            connection.close()

    def signed(self, method: str, path: str, body: bytes | str | dict | list = b"", key: AccessKey = PRIMARY_KEY,
               timeout: float = 60, headers: dict[str, str] | None = None, **sign_options) -> Response:
        body = _encode(body) or b""
        headers = {**sign_request(method, self.base_url + path, body, key, **sign_options),
                   "Content-Type": "application/json", **(headers or {})}
        return self.request(method, path, body, headers, timeout)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


def start_host(app_dir: Path, environment: dict[str, str], log_path: Path, tls: TlsFiles | None = None) -> HostProcess:
    """The dev host serving `app_dir`; over HTTPS with a test certificate when `tls` is given."""
    port = free_port()
    env = {**os.environ, **environment}
    log_file = log_path.open("wb")
    https = ["--cert", str(tls.cert_path), "--key", str(tls.key_path)] if tls else []
    process = subprocess.Popen(
        [sys.executable, "-m", "optout_core.devhost", "--app-dir", str(app_dir), "--port", str(port), *https],
        cwd=PROJECT_ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not port_answers(port):
        if process.poll() is not None or time.monotonic() > deadline:
            stop_host(process)
            raise RuntimeError(f"dev host did not start:\n{log_path.read_text(errors='replace')}")
        time.sleep(0.1)
    return HostProcess(f"{'https' if tls else 'http'}://127.0.0.1:{port}", process, log_path, environment,
                       ssl.create_default_context(cafile=tls.ca_path) if tls else None)


def stop_host(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def acs() -> Iterator[AcsStandIn]:
    stand_in = AcsStandIn().start()
    yield stand_in
    stand_in.stop()


@pytest.fixture(scope="session")
def service(azurite: Azurite, acs: AcsStandIn, tmp_path_factory) -> Iterator[HostProcess]:
    """The real function_app.py under the dev host, storing in the session's Azurite, with two access keys,
    sending replies to the ACS stand-in."""
    host = start_host(PROJECT_ROOT, service_environment(azurite, acs), tmp_path_factory.mktemp("service") / "log")
    yield host
    stop_host(host.process)


def service_environment(azurite: Azurite, acs: AcsStandIn, **more: str) -> dict[str, str]:
    """The settings of a dev host serving function_app.py in tests: tables of its own in the session's Azurite."""
    return {
        "OPTOUT_STORAGE_CONNECTION_STRING": azurite.connection_string,
        "OPTOUT_TABLE_PREFIX": f"svc{uuid.uuid4().hex[:10]}",
        "OPTOUT_ACCESS_KEY": b64(PRIMARY_KEY),
        "OPTOUT_SECONDARY_ACCESS_KEY": b64(SECONDARY_KEY),
        "COMMUNICATION_SERVICES_CONNECTION_STRING": acs.connection_string,
        "OPTOUT_DEFAULT_PROGRAM_NAME": "Contoso Alerts",
        "OPTOUT_DEFAULT_HELP_CONTACT": "1-800-555-0199",
        **more,
    }


@pytest.fixture
def sender() -> str:
    """A sender number of its own for each test, so that tests sharing the service never share a list."""
    return f"+1800{uuid.uuid4().int % 10**7:07d}"
