"""The dev host (optout_core/devhost) serving tests/devhost_app, a fixture app that needs no storage."""

from __future__ import annotations

import http.client
import json
import socket
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from conftest import HostProcess, start_host, stop_host
from optout_core.devhost.eventgrid import MAX_EVENT_GRID_BODY_BYTES

APP_DIR = Path(__file__).resolve().parent / "devhost_app"
WEBHOOK = "/runtime/webhooks/EventGrid?functionName=Recorder"
NOTIFICATION = {"aeg-event-type": "Notification", "Content-Type": "application/json"}
VALIDATION = {"aeg-event-type": "SubscriptionValidation", "Content-Type": "application/json"}


@pytest.fixture(scope="module")
def devhost(tmp_path_factory) -> Iterator[HostProcess]:
    host = start_host(APP_DIR, {"DEVHOST_TEST_OVERRIDDEN": "from-environment"},
                      tmp_path_factory.mktemp("devhost") / "devhost.log")
    yield host
    stop_host(host.process)


def batch_name() -> str:
    return f"batch-{uuid.uuid4().hex[:10]}"


def event_grid_event(batch: str, **data) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "topic": "/subscriptions/x/resourceGroups/y/providers/Microsoft.Storage/storageAccounts/z",
        "subject": f"/things/{batch}", "eventType": "Test.Happened", "eventTime": "2026-01-23T10:00:00Z",
        "dataVersion": "1.0", "data": {"batch": batch, **data},
    }


def cloud_event(batch: str, **data) -> dict:
    return {
        "specversion": "1.0", "id": str(uuid.uuid4()), "source": "/test/source", "type": "Test.CloudHappened",
        "subject": f"/things/{batch}", "time": "2026-01-23T10:00:00Z", "datacontenttype": "application/json",
        "data": {"batch": batch, **data},
    }


def recorded(devhost: HostProcess, batch: str) -> list[dict]:
    response = devhost.request("GET", f"/api/recorded/{batch}")
    assert response.status == 200
    return response.json()


# --- HTTP routing -----------------------------------------------------------------------------------------

def test_route_prefix_is_applied(devhost: HostProcess) -> None:
    assert devhost.request("GET", "/api/plain-text").status == 200
    assert devhost.request("GET", "/plain-text").status == 404


def test_route_parameter_reaches_the_function(devhost: HostProcess) -> None:
    response = devhost.request("GET", "/api/items/abc-123")
    assert response.status == 200
    assert response.json() == {"route_params": {"id": "abc-123"}}


@pytest.mark.parametrize("encoded, value", [("a%0Ab", "a\nb"), ("%0D%0A", "\r\n"), ("tab%09bell%07", "tab\tbell\a")])
def test_route_parameter_may_hold_control_characters(devhost: HostProcess, encoded: str, value: str) -> None:
    # The function decides what such a value means (a 400, say); the host must not answer 404 for it.
    response = devhost.request("GET", f"/api/items/{encoded}")
    assert response.status == 200
    assert response.json() == {"route_params": {"id": value}}


@pytest.mark.parametrize("number", ["42", "-5", "007", "2147483647", "-2147483648"])
def test_int_route_constraint_passes_the_number_as_written(devhost: HostProcess, number: str) -> None:
    # As ASP.NET's int constraint (int.TryParse): signed, 32-bit, and the route value is the text in the URL.
    response = devhost.request("GET", f"/api/numbers/{number}")
    assert response.status == 200
    assert response.json() == {"route_params": {"n": number}}


@pytest.mark.parametrize("not_a_number", ["forty-two", "4.2", "2147483648", "99999999999"])
def test_int_route_constraint_rejects_what_is_not_an_int32(devhost: HostProcess, not_a_number: str) -> None:
    assert devhost.request("GET", f"/api/numbers/{not_a_number}").status == 404


def test_function_without_route_is_served_at_its_name(devhost: HostProcess) -> None:
    response = devhost.request("GET", "/api/NoRoute")
    assert response.status == 200
    assert response.body == b"no route given"


def test_wrong_method_is_405_and_unknown_path_is_404(devhost: HostProcess) -> None:
    assert devhost.request("POST", "/api/only-post").status == 200
    assert devhost.request("GET", "/api/only-post").status == 405
    assert devhost.request("DELETE", "/api/items/1").status == 405


def test_a_405_says_which_methods_are_allowed(devhost: HostProcess) -> None:
    assert devhost.request("GET", "/api/only-post").headers["allow"] == "POST"
    assert devhost.request("GET", "/api/no-such-function").status == 404


@pytest.mark.parametrize("method", ["GET", "POST", "PUT", "PATCH", "DELETE"])
def test_all_methods_allowed_when_none_given(devhost: HostProcess, method: str) -> None:
    response = devhost.request(method, "/api/any-method")
    assert response.status == 200
    assert response.body == method.encode()


def test_query_headers_and_body_reach_the_function(devhost: HostProcess) -> None:
    response = devhost.request("POST", "/api/echo?colour=blue&size=2", body={"hello": "world"},
                               headers={"X-Devhost-Test": "header value", "Content-Type": "application/json"})
    assert response.status == 200
    assert response.json() == {
        "method": "POST",
        "params": {"colour": "blue", "size": "2"},
        "header": "header value",
        "body": '{"hello": "world"}',
        "json": {"hello": "world"},
    }


def test_returned_str_is_a_200(devhost: HostProcess) -> None:
    response = devhost.request("GET", "/api/plain-text")
    assert response.status == 200
    assert response.body == b"just a string"
    assert response.headers["content-type"].startswith("text/plain")


def test_http_response_status_headers_and_body_pass_through(devhost: HostProcess) -> None:
    response = devhost.request("GET", "/api/custom")
    assert response.status == 418
    assert response.headers["x-custom"] == "teapot"
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    assert response.json() == {"made": "here"}

    response = devhost.request("GET", "/api/explicit-content-type")
    assert response.status == 201
    assert response.headers["content-type"] == "text/html; charset=latin-1"
    assert response.body == b"<p>hi</p>"


@pytest.mark.parametrize("path, message", [("/api/boom", "boom on purpose"),
                                           ("/api/sync-boom", "sync boom on purpose")])
def test_exception_in_function_is_500_and_logged(devhost: HostProcess, path: str, message: str) -> None:
    assert devhost.request("GET", path).status == 500
    assert message in devhost.log()
    assert devhost.request("GET", "/api/plain-text").status == 200  # the host carries on


# --- context and settings ---------------------------------------------------------------------------------

def test_context_parameter_receives_function_name(devhost: HostProcess) -> None:
    first = devhost.request("GET", "/api/who-am-i").json()
    second = devhost.request("GET", "/api/who-am-i").json()
    assert first["function_name"] == second["function_name"] == "WhoAmI"
    assert first["invocation_id"] != second["invocation_id"]


def test_local_settings_values_are_in_the_environment(devhost: HostProcess) -> None:
    response = devhost.request("GET", "/api/env/DEVHOST_TEST_FROM_SETTINGS")
    assert response.json() == {"value": "from-local-settings"}


def test_host_environment_wins_over_local_settings(devhost: HostProcess) -> None:
    response = devhost.request("GET", "/api/env/DEVHOST_TEST_OVERRIDDEN")
    assert response.json() == {"value": "from-environment"}


# --- concurrency ------------------------------------------------------------------------------------------
# Each party of a rendezvous completes only once the other has arrived, so both succeed only if the host
# had both requests in flight at once; served one at a time, the first would time out with 504.

@pytest.mark.parametrize("kind", ["rendezvous", "sync-rendezvous"], ids=["async-on-the-loop", "sync-in-threads"])
def test_two_requests_run_concurrently(devhost: HostProcess, kind: str) -> None:
    name = uuid.uuid4().hex
    with ThreadPoolExecutor(max_workers=2) as pool:
        a = pool.submit(devhost.request, "GET", f"/api/{kind}/{name}/a")
        b = pool.submit(devhost.request, "GET", f"/api/{kind}/{name}/b")
        responses = [a.result(timeout=20), b.result(timeout=20)]
    assert [(r.status, r.body) for r in responses] == [(200, b"met"), (200, b"met")]


# --- Event Grid: routing and handshake --------------------------------------------------------------------

@pytest.mark.parametrize("query", ["", "?functionName=Nope"])
def test_event_grid_unknown_function_is_404(devhost: HostProcess, query: str) -> None:
    response = devhost.request("POST", f"/runtime/webhooks/EventGrid{query}", body=[event_grid_event(batch_name())],
                               headers=NOTIFICATION)
    assert response.status == 404
    name = query.partition("=")[2]
    assert response.body.decode() == f"cannot find function: '{name}'"


def test_event_grid_function_name_is_case_insensitive(devhost: HostProcess) -> None:
    batch = batch_name()
    response = devhost.request("POST", "/runtime/webhooks/EventGrid?functionName=rECORDER",
                               body=[event_grid_event(batch)], headers=NOTIFICATION)
    assert response.status == 202
    assert len(recorded(devhost, batch)) == 1


@pytest.mark.parametrize("path", ["/runtime/webhooks/eventgrid", "/runtime/webhooks/EventGrid",
                                  "/Runtime/WebHooks/EVENTGRID"])
def test_event_grid_path_is_case_insensitive(devhost: HostProcess, path: str) -> None:
    batch = batch_name()
    event = event_grid_event(batch)
    response = devhost.request("POST", f"{path}?functionName=Recorder", body=[event], headers=NOTIFICATION)
    assert response.status == 202
    assert [record["id"] for record in recorded(devhost, batch)] == [event["id"]]


@pytest.mark.parametrize("origin, allowed", [
    ("eventgrid.azure.net", "eventgrid.azure.net"),
    ("eventgrid.azure.us", "eventgrid.azure.us"),
    ("eventgrid.azure.eaglex.ic.gov", "eventgrid.azure.eaglex.ic.gov"),
    ("eventgrid.azure.microsoft.scloud", "eventgrid.azure.microsoft.scloud"),
    ("eventgrid.azure.cn", "eventgrid.azure.cn"),
    ("evil.example.com", "eventgrid.azure.net"),
    (None, "eventgrid.azure.net"),
])
def test_event_grid_options_handshake(devhost: HostProcess, origin: str | None, allowed: str) -> None:
    headers = {"WebHook-Request-Origin": origin} if origin else {}
    response = devhost.request("OPTIONS", WEBHOOK, headers=headers)
    assert response.status == 200
    assert response.headers["webhook-allowed-origin"] == allowed


# --- Event Grid: subscription validation ------------------------------------------------------------------

def validation_event(code: str) -> dict:
    return {"id": str(uuid.uuid4()), "topic": "/subscriptions/x", "subject": "", "eventType":
            "Microsoft.EventGrid.SubscriptionValidationEvent", "eventTime": "2026-01-23T10:00:00Z",
            "dataVersion": "2", "data": {"validationCode": code, "validationUrl": "https://example.invalid/v"}}


def cloud_validation_event(code: str) -> dict:
    return {"specversion": "1.0", "id": str(uuid.uuid4()), "source": "/subscriptions/x",
            "type": "Microsoft.EventGrid.SubscriptionValidationEvent", "time": "2026-01-23T10:00:00Z",
            "data": json.dumps({"validationCode": code, "validationUrl": "https://example.invalid/v"})}


@pytest.mark.parametrize("shape", ["array", "single-object", "cloud-event-string-data"])
@pytest.mark.parametrize("event_type", ["SubscriptionValidation", "subscriptionvalidation"])
def test_event_grid_subscription_validation(devhost: HostProcess, shape: str, event_type: str) -> None:
    code = uuid.uuid4().hex
    body: Any = {"array": [validation_event(code)], "single-object": validation_event(code),
            "cloud-event-string-data": cloud_validation_event(code)}[shape]
    response = devhost.request("POST", WEBHOOK, body=body,
                               headers={"aeg-event-type": event_type, "Content-Type": "application/json"})
    assert response.status == 200
    assert response.json() == {"validationResponse": code}
    validation_id = (body[0] if isinstance(body, list) else body)["id"]
    assert validation_id not in [record["id"] for record in recorded(devhost, "_untagged")]


# --- Event Grid: notifications ----------------------------------------------------------------------------

def test_event_grid_batch_runs_the_function_once_per_event(devhost: HostProcess) -> None:
    batch = batch_name()
    events = [event_grid_event(batch, n=n) for n in range(3)]
    response = devhost.request("POST", WEBHOOK, body=events, headers=NOTIFICATION)
    assert response.status == 202
    records = recorded(devhost, batch)
    assert sorted(record["id"] for record in records) == sorted(event["id"] for event in events)
    assert sorted(record["data"]["n"] for record in records) == [0, 1, 2]
    assert {record["function_name"] for record in records} == {"Recorder"}


def test_event_grid_single_object_body_is_one_event(devhost: HostProcess) -> None:
    batch = batch_name()
    event = event_grid_event(batch)
    response = devhost.request("POST", WEBHOOK, body=event, headers=NOTIFICATION)
    assert response.status == 202
    [record] = recorded(devhost, batch)
    assert record == {"id": event["id"], "class": "EventGridEvent", "function_name": "Recorder",
                      "data": event["data"], "event_type": "Test.Happened", "subject": event["subject"],
                      "topic": event["topic"]}


def test_event_grid_cloud_event_is_decoded_as_a_cloud_event(devhost: HostProcess) -> None:
    batch = batch_name()
    event = cloud_event(batch)
    response = devhost.request("POST", WEBHOOK, body=[event], headers=NOTIFICATION)
    assert response.status == 202
    [record] = recorded(devhost, batch)
    assert record == {"id": event["id"], "class": "CloudEvent", "function_name": "Recorder", "data": event["data"],
                      "type": "Test.CloudHappened", "source": "/test/source", "subject": event["subject"],
                      "specversion": "1.0"}


def test_event_grid_notification_header_is_case_insensitive(devhost: HostProcess) -> None:
    batch = batch_name()
    response = devhost.request("POST", WEBHOOK, body=[event_grid_event(batch)],
                               headers={"aeg-event-type": "notification"})
    assert response.status == 202
    assert len(recorded(devhost, batch)) == 1


def test_event_grid_batch_runs_concurrently(devhost: HostProcess) -> None:
    # Each event waits until all three have started: run one at a time, the first would time out and fail.
    batch = batch_name()
    events = [event_grid_event(batch, parties=3) for _ in range(3)]
    response = devhost.request("POST", WEBHOOK, body=events, headers=NOTIFICATION)
    assert response.status == 202, response.body
    assert len(recorded(devhost, batch)) == 3


def test_event_grid_failing_event_is_500_and_the_others_still_run(devhost: HostProcess) -> None:
    # The two good events finish only after the bad one has raised: a host that gave up at the first failure
    # would answer before they were recorded.
    batch = batch_name()
    good = [event_grid_event(batch, parties=3, after_failure=True) for _ in range(2)]
    bad = event_grid_event(batch, parties=3, fail=True)
    response = devhost.request("POST", WEBHOOK, body=[good[0], bad, good[1]], headers=NOTIFICATION)
    assert response.status == 500
    text = response.body.decode()
    assert "ValueError" in text and f"event {bad['id']} failed on purpose" in text
    assert sorted(record["id"] for record in recorded(devhost, batch)) == sorted(event["id"] for event in good)


def test_event_grid_unsubscribe_is_202_without_running_the_function(devhost: HostProcess) -> None:
    batch = batch_name()
    response = devhost.request("POST", WEBHOOK, body=[event_grid_event(batch)],
                               headers={"aeg-event-type": "Unsubscribe"})
    assert response.status == 202
    assert recorded(devhost, batch) == []


@pytest.mark.parametrize("headers", [{}, {"aeg-event-type": "Bogus"}], ids=["missing", "unknown"])
def test_event_grid_bad_event_type_header_is_400(devhost: HostProcess, headers: dict) -> None:
    batch = batch_name()
    response = devhost.request("POST", WEBHOOK, body=[event_grid_event(batch)], headers=headers)
    assert response.status == 400
    assert recorded(devhost, batch) == []


@pytest.mark.parametrize("body", [b"not json", b"", b'"a string"', b"42", b"null"],
                         ids=["not-json", "empty", "string", "number", "null"])
@pytest.mark.parametrize("headers", [NOTIFICATION, VALIDATION], ids=["notification", "validation"])
def test_event_grid_body_not_array_or_object_is_400(devhost: HostProcess, body: bytes, headers: dict) -> None:
    assert devhost.request("POST", WEBHOOK, body=body, headers=headers).status == 400


def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


@pytest.mark.parametrize("depth", [65, 1000, 100_000])
@pytest.mark.parametrize("headers", [NOTIFICATION, VALIDATION], ids=["notification", "validation"])
def test_event_grid_body_nested_too_deep_is_400(devhost: HostProcess, depth: int, headers: dict) -> None:
    batch = batch_name()
    event = event_grid_event(batch)
    body = json.dumps([event]).encode().replace(b'"dataVersion"', b'"deep": ' + nested(depth - 2) + b', "dataVersion"')
    response = devhost.request("POST", WEBHOOK, body=body, headers=headers)
    assert response.status == 400 and b"nested" in response.body
    assert recorded(devhost, batch) == []


def test_event_grid_body_nested_as_deep_as_the_real_host_reads_is_delivered(devhost: HostProcess) -> None:
    batch = batch_name()
    event = event_grid_event(batch)
    event["data"]["deep"] = json.loads(nested(61))  # [event] > event > data > 61 lists: 64 levels
    assert devhost.request("POST", WEBHOOK, body=[event], headers=NOTIFICATION).status == 202
    assert len(recorded(devhost, batch)) == 1


def raw_exchange(devhost: HostProcess, head: bytes, body_parts: list[bytes]) -> tuple[int, bytes]:
    """Send a request head and some body, never the rest, and read the answer the host gives meanwhile."""
    parts = urlsplit(devhost.base_url)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as connection:
        connection.sendall(head)
        for part in body_parts:
            connection.sendall(part)
        reply = http.client.HTTPResponse(connection)
        reply.begin()
        return reply.status, reply.read()


def webhook_head(**headers: str) -> bytes:
    lines = [f"POST {WEBHOOK} HTTP/1.1", "Host: 127.0.0.1", "aeg-event-type: Notification",
             "Content-Type: application/json",
             *(f"{name.replace('_', '-')}: {value}" for name, value in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def test_event_grid_body_declared_too_large_is_413_before_it_is_sent(devhost: HostProcess) -> None:
    status, body = raw_exchange(devhost, webhook_head(Content_Length=str(50 * 1024 * 1024)), [])
    assert status == 413 and b"bytes" in body


def test_event_grid_body_streamed_past_the_limit_is_413_without_waiting_for_its_end(devhost: HostProcess) -> None:
    chunk = b" " * (256 * 1024)
    chunks = [b"%x\r\n%s\r\n" % (len(chunk), chunk)] * ((MAX_EVENT_GRID_BODY_BYTES // len(chunk)) + 1)
    status, _ = raw_exchange(devhost, webhook_head(Transfer_Encoding="chunked"), chunks)
    assert status == 413


def test_event_grid_body_at_the_limit_is_read(devhost: HostProcess) -> None:
    batch = batch_name()
    event = event_grid_event(batch)
    padding = MAX_EVENT_GRID_BODY_BYTES - len(json.dumps([event]).encode()) - len(', "padding": ""')
    event["padding"] = "x" * padding
    body = json.dumps([event]).encode()
    assert len(body) == MAX_EVENT_GRID_BODY_BYTES
    assert devhost.request("POST", WEBHOOK, body=body, headers=NOTIFICATION).status == 202
    assert len(recorded(devhost, batch)) == 1


@pytest.mark.parametrize("spoil", ["null", "number", "time-not-a-date", "time-not-a-string"])
def test_event_grid_event_the_worker_cannot_decode_is_400_and_runs_nothing(devhost: HostProcess, spoil: str) -> None:
    # Event Grid never sends such an event; retrying one could not help, so it is a 400, not a 500. The delivery
    # is refused whole: the good event beside it does not run either.
    batch = batch_name()
    good = event_grid_event(batch)
    bad = {"null": None, "number": 42, "time-not-a-date": {**event_grid_event(batch), "eventTime": "yesterday"},
           "time-not-a-string": {**event_grid_event(batch), "eventTime": 20260123}}[spoil]
    response = devhost.request("POST", WEBHOOK, body=[good, bad], headers=NOTIFICATION)
    assert response.status == 400
    assert "event 1" in response.body.decode()
    assert recorded(devhost, batch) == []
