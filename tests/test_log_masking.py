"""Every phone number masked in every log line: our messages, the storage SDK's exceptions, their tracebacks."""

import json
import logging
import os
import socketserver
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from urllib.parse import quote

import pytest

from conftest import OPTOUT_API_VERSION, HostProcess, service_environment, start_host, stop_host
from optout_core.devhost.azurite import PROJECT_ROOT, free_port, table_connection_string
from optout_core.logs import log_formatter, mask_numbers
from test_inbound_sms import deliver, sms_event


class _BrokenStorage(socketserver.StreamRequestHandler):
    """Tables exist; every other answer has a status line no HTTP client can read, so the SDK's exception quotes
    the request URL, with the sender and recipient in its keys and filter."""

    def handle(self) -> None:
        request_line = self.rfile.readline()
        while self.rfile.readline() not in (b"\r\n", b""):
            pass
        if request_line.startswith(b"POST /devstoreaccount1/Tables"):
            body = b'{"odata.error":{"code":"TableAlreadyExists","message":{"value":"The table already exists."}}}'
            self.wfile.write(b"HTTP/1.1 409 Conflict\r\nx-ms-error-code: TableAlreadyExists\r\n"
                             b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
        else:
            self.wfile.write(b"HTTP/1.1 abc\r\n\r\n")


@pytest.fixture(scope="module")
def broken_storage() -> Iterator[int]:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _BrokenStorage)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def service_on_broken_storage(broken_storage, azurite, acs, tmp_path_factory) -> Iterator[HostProcess]:
    environment = service_environment(azurite, acs,
                                      OPTOUT_STORAGE_CONNECTION_STRING=table_connection_string(broken_storage))
    host = start_host(PROJECT_ROOT, environment, tmp_path_factory.mktemp("broken") / "log")
    yield host
    stop_host(host.process)


def test_storage_errors_are_logged_with_every_number_masked(service_on_broken_storage):
    service = service_on_broken_storage
    sender, recipient = f"+1800{uuid.uuid4().int % 10**7:07d}", f"+1425{uuid.uuid4().int % 10**7:07d}"
    body = {"from": sender, "recipients": [{"to": recipient}]}
    assert service.signed("POST", f"/sms/optouts:check?api-version={OPTOUT_API_VERSION}", body).status == 503
    assert service.signed("POST", f"/sms/optouts:add?api-version={OPTOUT_API_VERSION}", body).status == 503
    assert service.signed("GET", f"/sms/optouts?from={quote(sender)}").status == 503
    assert service.signed("GET", f"/sms/optouts/history?from={quote(sender)}&to={quote(recipient)}").status == 503
    assert deliver(service, [sms_event(sender, recipient, "STOP", plus=False)]).status == 500

    log = service.log()
    assert "url=" in log and "Traceback" in log  # the SDK's exceptions were logged, tracebacks and all ...
    for number in (sender, recipient):
        assert number[2:-2] not in log  # ... with no number in them, in any encoding
    assert f"{sender[1:3]}{'*' * 7}{sender[-2:]}" in log  # masked where the URL had it


@pytest.mark.parametrize("text, masked", [
    ("PartitionKey='%2B18005550100',RowKey='%2B14255550123'", "PartitionKey='%2B18*******00',RowKey='%2B14*******23'"),
    ("from +1 (425) 555-0123 to 18005550100", "from +1 ************23 to 18*******00"),
    ("short code 262966, port 10002, at 2026-01-23T10:00:00+01:00", None),
    ("history key h+1*********23:8226071512345678:0a1b2c", None),
])
def test_numbers_are_masked_in_any_form_and_nothing_else_is(text, masked):
    assert mask_numbers(text) == (masked or text)


def test_json_lines_mask_records_made_past_the_factory_and_their_exceptions():
    try:
        raise ValueError("no entity PartitionKey='%2B18005550100'")
    except ValueError:
        record = logging.makeLogRecord({"name": "azure.core", "levelno": logging.ERROR, "levelname": "ERROR",
                                        "msg": "failed for %s", "args": ("+14255550123",), "exc_info": sys.exc_info()})
    entry = json.loads(log_formatter({"OPTOUT_LOG_FORMAT": "json"}).format(record))
    assert entry["message"] == "failed for +14*******23" and entry["logger"] == "azure.core"
    assert "Traceback" in entry["exception"] and "%2B18*******00" in entry["exception"]
    assert "18005550100" not in json.dumps(entry)


def test_an_unknown_log_format_is_one_line_naming_the_setting():
    run = subprocess.run([sys.executable, "-m", "optout_core.devhost", "--port", str(free_port())], cwd=PROJECT_ROOT,
                         env={**os.environ, "OPTOUT_LOG_FORMAT": "xml"}, capture_output=True, text=True, timeout=60,
                         check=False)
    assert run.returncode == 1
    assert run.stderr.strip() == "The dev host cannot start: OPTOUT_LOG_FORMAT must be text or json, not 'xml'"
